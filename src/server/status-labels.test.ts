import { describe, expect, it } from "vitest";
import { statusLabels } from "../web/lib/statusLabels.js";
import { dictionaries, languages, messages } from "../web/i18n/index.js";
import { accreditationStatuses, meetingStatuses } from "./modules/meetings/schema.js";
import { proposalStatuses } from "./modules/registration/schema.js";
import { activityStatuses } from "../shared/workplans.js";
import { coopStatuses } from "../shared/cooperation.js";
import { cueStatuses, taskStatuses } from "../shared/committee.js";
import { accreditationWords, activityStatusWords } from "../shared/vocabulary.js";
// security checklists (issue 14, point 5)
import { checkItemStatuses, placeReadinessStatuses } from "../shared/logistics.js";

/*
 * One word for one status (issue 9): every status of every kind of record has exactly one label key in the web
 * (src/web/lib/statusLabels.ts), and the documents the server writes use the same words. Lives on the server side
 * because it reads the server's enums and document words.
 */

/** The statuses each kind of record can have, as the server defines them. */
const enums: Record<keyof typeof statusLabels, readonly string[]> = {
  accreditation: accreditationStatuses,
  meeting: meetingStatuses,
  proposal: proposalStatuses,
  registrationLink: ["active", "expired", "revoked"],
  report: ["missing", "draft", "submitted", "returned", "accepted"],
  activity: activityStatuses,
  coopActivity: coopStatuses,
  task: taskStatuses,
  cue: cueStatuses,
  // security checklists (issue 14, point 5)
  checkItem: checkItemStatuses,
  placeReadiness: placeReadinessStatuses,
};

/** Keys that would be a second label for a status of that kind, wherever a dictionary defined one. */
const competing: Record<keyof typeof statusLabels, RegExp> = {
  accreditation: /\.accreditation\.(filter\.)?(pending|accredited|rejected)$/,
  meeting: /\.(meeting\.)?status\.(planning|registration_open|closed)$/,
  proposal: /\.proposal\.(status\.)?(accepted|refused|withdrawn)$/,
  registrationLink: /\.link\.(status\.)?(active|expired|revoked)$/,
  report: /\.(period|report)Status\./,
  activity: /^(?!cooperation\.|tasks\.).*\.(activity\.)?status\.(proposed|planned|completed|cancelled)$/,
  coopActivity: /\.(coop|cooperation)\.?(activity\.)?[sS]tatus\.(draft|submitted|returned|approved|refused|cancelled)$/,
  task: /^(?!scripts\.).*\.(task\.?)?[sS]tatus\.(not_started|in_progress|blocked|done)$/,
  cue: /^(?!tasks\.|registration\.).*\.(cue\.?)?[sS]tatus\.(pending|done|delayed)$/,
  // security checklists (issue 14, point 5)
  checkItem: /^security\.[a-zA-Z]*[sS]tat\w*\.(open|done|signed_off)$/,
  placeReadiness: /^security\.readiness\.(word|status)\.(none|overdue|in_progress|ready)$/,
};

const allKeys = Object.values(dictionaries).flatMap((d) => Object.keys(d.vi));

describe("status labels", () => {
  for (const [kind, map] of Object.entries(statusLabels) as [keyof typeof statusLabels, Record<string, string>][]) {
    describe(kind, () => {
      it("gives every status exactly one label key, present in both languages", () => {
        expect(Object.keys(map).sort()).toEqual([...enums[kind]].sort());
        for (const key of Object.values(map))
          for (const lang of languages) expect(messages[lang][key], key).toBeTruthy();
      });

      it("labels different statuses differently", () => {
        for (const lang of languages) {
          const labels = Object.values(map).map((k) => messages[lang][k]);
          expect(new Set(labels).size, lang).toBe(labels.length);
        }
      });

      it("is the only label of these statuses in any dictionary", () => {
        const own = new Set(Object.values(map));
        expect(allKeys.filter((k) => competing[kind].test(k) && !own.has(k))).toEqual([]);
      });
    });
  }

  it("says 'duyệt' for accreditation everywhere, never 'công nhận'", () => {
    const other = Object.entries(messages.vi).filter(([, v]) => /công nhận/i.test(v));
    expect(other.map(([k]) => k)).toEqual([]);
    expect(messages.vi[statusLabels.accreditation.accredited]).toBe("Đã duyệt");
  });

  it("uses the words of the one vocabulary, which the documents the server writes read too", () => {
    for (const s of accreditationStatuses) {
      for (const lang of languages)
        expect(accreditationWords[s][lang]).toBe(messages[lang][statusLabels.accreditation[s]]);
    }
    for (const s of activityStatuses) {
      for (const lang of languages) expect(activityStatusWords[s][lang]).toBe(messages[lang][statusLabels.activity[s]]);
    }
  });
});
