import { describe, expect, it } from "vitest";
import { vocabulary, type Words } from "../shared/vocabulary.js";
import { roles, roleScopes } from "../shared/roles.js";
import { activityKinds, activityStatuses, onTrackJudgements } from "../shared/workplans.js";
import {
  attachmentKinds,
  coopKinds,
  coopModes,
  coopStatuses,
  fundingSources,
  leaderRanks,
  partnerKinds,
  planItemProgress,
  planItemStatuses,
  planStatuses,
  routeSteps,
  stepDecisions,
  stepStatuses,
} from "../shared/cooperation.js";
import {
  accreditationStatuses,
  delegateRoles,
  delegationCategories,
  genders,
  meetingStatuses,
  sessionKinds,
} from "./modules/meetings/schema.js";
import { proposalStatuses } from "./modules/registration/schema.js";
import { calendarDayKinds, calendarDaySources } from "../shared/schemas/calendar.js";
import { documentIssuers, documentKinds } from "../shared/schemas/documents.js";
import { messages } from "../web/i18n/index.js";
import { cueNeeds, cueStatuses } from "../shared/committee.js";
import { roleLabels, genderLabels, parseRole } from "./modules/registration/spreadsheet.js";
// health log (issue 14, point 6)
import { healthEntryKinds, healthScreeningFields, rapidTestResults } from "../shared/logistics.js";

/*
 * One vocabulary (issue 10, item 6): the words of every role, kind, status and category live in
 * src/shared/vocabulary.ts, and both the web's translation keys and the server's documents read them.
 */

/** Every value each table names, as the schemas and routes define them. */
const enums: Record<keyof typeof vocabulary, readonly string[]> = {
  userRole: roles,
  scopeKind: [...new Set(Object.values(roleScopes))],
  meetingStatus: meetingStatuses,
  sessionKind: sessionKinds,
  delegationCategory: delegationCategories,
  delegateRole: delegateRoles,
  gender: genders,
  accreditation: accreditationStatuses,
  proposalStatus: proposalStatuses,
  // The values of the route schemas (registration/routes.ts, targets/routes.ts) and of the mailer.
  registrationLinkStatus: ["active", "expired", "revoked"],
  activityStatus: activityStatuses,
  activityKind: activityKinds,
  onTrackJudgement: onTrackJudgements,
  targetReportStatus: ["missing", "draft", "submitted", "returned", "accepted"],
  targetProgress: ["achieved", "on_track", "lagging", "no_data"],
  agencyKind: ["ministry", "province"],
  mailStatus: ["outbox", "queued", "sent", "failed"],
  calendarDayKind: calendarDayKinds,
  calendarDaySource: calendarDaySources,
  coopKind: coopKinds,
  coopStatus: coopStatuses,
  leaderRank: leaderRanks,
  coopMode: coopModes,
  fundingSource: fundingSources,
  partnerKind: partnerKinds,
  routeStep: routeSteps,
  stepStatus: stepStatuses,
  stepDecision: stepDecisions,
  planItemStatus: planItemStatuses,
  coopPlanStatus: planStatuses,
  planItemProgress,
  attachmentKind: attachmentKinds,
  cueNeed: cueNeeds,
  cueStatus: cueStatuses,
  documentIssuer: documentIssuers,
  documentKind: documentKinds,
  // health log (issue 14, point 6)
  healthEntryKind: healthEntryKinds,
  healthScreeningField: healthScreeningFields,
  rapidTestResult: rapidTestResults,
};

/** The web's translation keys built from each table (what pages and journeys look up). */
const webPrefixes: Partial<Record<keyof typeof vocabulary, string[]>> = {
  userRole: ["role"],
  scopeKind: ["scope"],
  meetingStatus: ["meetings.status"],
  sessionKind: ["meetings.kind"],
  delegationCategory: ["meetings.category"],
  delegateRole: ["meetings.role", "registration.role"],
  gender: ["meetings.gender", "registration.gender"],
  accreditation: ["status.accreditation"],
  proposalStatus: ["registration.proposal.status"],
  registrationLinkStatus: ["registration.link.status"],
  activityStatus: ["workplans.status"],
  activityKind: ["workplans.kind"],
  onTrackJudgement: ["workplans.review.judgement"],
  targetReportStatus: ["targets.periodStatus"],
  targetProgress: ["targets.status"],
  agencyKind: ["targets.kind"],
  mailStatus: ["admin.mail.status"],
  calendarDayKind: ["calendar.kind"],
  calendarDaySource: ["calendar.source"],
  // The cooperation pages (coop-web) add their translation keys from these tables.
  coopKind: [],
  coopStatus: [],
  leaderRank: [],
  coopMode: [],
  fundingSource: [],
  partnerKind: [],
  routeStep: [],
  stepStatus: [],
  stepDecision: [],
  planItemStatus: [],
  coopPlanStatus: [],
  planItemProgress: [],
  attachmentKind: [],
  cueNeed: ["scripts.need"],
  cueStatus: ["scripts.status"],
  documentIssuer: ["cooperation.register.issuer"],
  documentKind: ["cooperation.register.kind"],
  // health log (issue 14, point 6)
  healthEntryKind: ["health.kind"],
  healthScreeningField: ["health.field"],
  rapidTestResult: ["health.rapid"],
};

const tables = Object.entries(vocabulary) as [keyof typeof vocabulary, Record<string, Words>][];

describe("one vocabulary", () => {
  for (const [name, table] of tables) {
    describe(name, () => {
      it("labels every value of the enum, and nothing else, in Vietnamese and English", () => {
        expect(Object.keys(table).sort()).toEqual([...enums[name]].sort());
        for (const v of enums[name]) {
          expect(table[v]?.vi.trim(), `${name}.${v} vi`).toBeTruthy();
          expect(table[v]?.en.trim(), `${name}.${v} en`).toBeTruthy();
        }
      });

      it("labels different values differently", () => {
        for (const lang of ["vi", "en"] as const) {
          const words = Object.values(table).map((w) => w[lang]);
          expect(new Set(words).size, lang).toBe(words.length);
        }
      });

      it("is what the web's translation keys say", () => {
        for (const prefix of webPrefixes[name] ?? [])
          for (const [v, w] of Object.entries(table)) {
            expect(messages.vi[`${prefix}.${v}`], `${prefix}.${v}`).toBe(w.vi);
            expect(messages.en[`${prefix}.${v}`], `${prefix}.${v}`).toBe(w.en);
          }
      });
    });
  }

  it("every table has its web keys", () => {
    expect(Object.keys(webPrefixes).sort()).toEqual(Object.keys(vocabulary).sort());
  });

  it("gives the upload template the same words, and still reads the words earlier templates used", () => {
    expect(roleLabels).toBe(vocabulary.delegateRole);
    expect(genderLabels).toBe(vocabulary.gender);
    expect(parseRole("Phó trưởng đoàn")).toBe("alternate_head");
    expect(parseRole("Trưởng đoàn thay thế")).toBe("alternate_head");
    expect(parseRole("Trưởng đoàn SOM")).toBe("som_leader");
    expect(parseRole("SOM leader")).toBe("som_leader");
  });
});
