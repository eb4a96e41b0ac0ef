import { Type, type Static } from "typebox";
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
} from "../cooperation.js";
import { Nullable, OptText, StringEnum, Uuid } from "./common.js";
import { LeadTime, Route } from "./cooperation-route.js";
import { documentIssuers } from "./documents.js";

/**
 * The cooperation register's records (issue 12): activities, partners, the annual plan. One definition for the
 * server's routes and the web (decision 013). Routes and lead time are in `cooperation-route.ts`.
 */

export const CoopKindT = StringEnum(coopKinds);
export const CoopStatusT = StringEnum(coopStatuses);
export const LeaderRankT = StringEnum(leaderRanks);
export const FundingSourceT = StringEnum(fundingSources);
export const PartnerKindT = StringEnum(partnerKinds);
export const CoopModeT = StringEnum(coopModes);
export const AttachmentKindT = StringEnum(attachmentKinds);
/** ISO 3166-1 alpha-3, upper case. */
export const CountryCode = Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 3166-1 alpha-3" });
/** YYYY-MM-DD. */
const Day = Type.String({ format: "date", description: "YYYY-MM-DD" });
/** A day in a body: YYYY-MM-DD, or "" / null for none. */
const OptDay = Type.Optional(Nullable(Type.Union([Day, Type.Literal("")])));

export const UnitRef = Type.Object({
  id: Type.String(),
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
});
export type UnitRef = Static<typeof UnitRef>;

// ---------------------------------------------------------------- partners

export const PartnerPermissions = Type.Object({
  /** Sees the directory (everyone working in the cooperation area). */
  read: Type.Boolean(),
  /** Edits the partner (ICD officers). */
  edit: Type.Boolean(),
});
export const Partner = Type.Object({
  id: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  shortName: Nullable(Type.String()),
  kind: PartnerKindT,
  /** ISO alpha-3; null for an international organisation without a seat country. */
  country: Nullable(Type.String()),
  active: Type.Boolean(),
  version: Type.Integer(),
  permissions: PartnerPermissions,
});
export type Partner = Static<typeof Partner>;
/** A partner as named inside an activity or a plan item. */
export const PartnerRef = Type.Object({
  id: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  shortName: Nullable(Type.String()),
  kind: PartnerKindT,
  country: Nullable(Type.String()),
});
export type PartnerRef = Static<typeof PartnerRef>;
export const PartnerFields = {
  nameVi: Type.String({ minLength: 1, maxLength: 300 }),
  nameEn: Type.String({ minLength: 1, maxLength: 300 }),
  shortName: OptText(50),
  kind: PartnerKindT,
  country: Type.Optional(Nullable(Type.Union([CountryCode, Type.Literal("")]))),
  active: Type.Optional(Type.Boolean()),
};
export const PartnerBody = Type.Object(PartnerFields, { additionalProperties: false });
export type PartnerBody = Static<typeof PartnerBody>;
export const PartnerPatch = Type.Object(
  {
    nameVi: Type.Optional(PartnerFields.nameVi),
    nameEn: Type.Optional(PartnerFields.nameEn),
    shortName: PartnerFields.shortName,
    kind: Type.Optional(PartnerKindT),
    country: PartnerFields.country,
    active: PartnerFields.active,
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type PartnerPatch = Static<typeof PartnerPatch>;
export const PartnerListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  country: Type.Optional(CountryCode),
  kind: Type.Optional(PartnerKindT),
  /** Include inactive partners (default: only active ones). */
  all: Type.Optional(Type.Boolean()),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});
export type PartnerListQuery = Static<typeof PartnerListQuery>;

// ---------------------------------------------------------------- activities

/** A person of the ministry in a delegation: from the user directory (`userId`) or typed. */
export const Member = Type.Object({
  id: Type.String(),
  name: Type.String(),
  unitId: Nullable(Type.String()),
  unitNameVi: Nullable(Type.String()),
  unitNameEn: Nullable(Type.String()),
  position: Nullable(Type.String()),
  userId: Nullable(Type.String()),
});
export type Member = Static<typeof Member>;
export const MemberBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    unitId: Type.Optional(Nullable(Uuid)),
    position: OptText(200),
    userId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type MemberBody = Static<typeof MemberBody>;

/** Kind-specific facts; which of them a kind takes is checked by the server (`activities.ts`, `detailsByKind`). */
export const Details = Type.Object(
  {
    /** conference, guests, inbound: foreign participants / guests; total participants. */
    foreignParticipants: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100000 }))),
    totalParticipants: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100000 }))),
    /** agreement: its type (memorandum of understanding, cooperation agreement…) and the counterpart signing. */
    agreementType: OptText(200),
    counterpart: OptText(300),
    /** project: the donor, the project's code and its duration. */
    donor: OptText(300),
    projectCode: OptText(100),
    durationMonths: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 600 }))),
    /** A free note (the demo marks sample data here). */
    note: OptText(2000),
  },
  { additionalProperties: false },
);
export type Details = Static<typeof Details>;

export const Attachment = Type.Object({
  id: Type.String(),
  kind: AttachmentKindT,
  fileName: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  uploadedBy: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type Attachment = Static<typeof Attachment>;

export const PlanItemRef = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  titleVi: Type.String(),
  titleEn: Nullable(Type.String()),
  pmApproved: Type.Boolean(),
  status: StringEnum(planItemStatuses),
});
export type PlanItemRef = Static<typeof PlanItemRef>;

/** What the caller may do with one activity now (policy.ts `activityPermissions`). */
export const ActivityPermissions = Type.Object({
  read: Type.Boolean(),
  /** Changes the fields, members, partners and attachments (its unit, while draft or returned). */
  edit: Type.Boolean(),
  /** Sends it on its route (its unit, while draft or returned). */
  submit: Type.Boolean(),
  /** Withdraws it before a decision (its unit). */
  cancel: Type.Boolean(),
  /** Decides the current step of its route (the holder of that step). */
  decide: Type.Boolean(),
  /** Reports the results after the end (its unit, once approved). */
  reportResults: Type.Boolean(),
  /** Issues the decision sending the delegation (the personnel officer, at the personnel step). */
  issueDecision: Type.Boolean(),
  /** Downloads the submission and decision documents (the ICD, the route's holders, the unit). */
  downloadDocuments: Type.Boolean(),
});
export type ActivityPermissions = Static<typeof ActivityPermissions>;

export const ActivitySummaryFields = {
  id: Type.String(),
  code: Type.String(),
  unit: UnitRef,
  kind: CoopKindT,
  status: CoopStatusT,
  titleVi: Type.String(),
  titleEn: Nullable(Type.String()),
  countries: Type.Array(Type.String()),
  partners: Type.Array(PartnerRef),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
  place: Nullable(Type.String()),
  mode: CoopModeT,
  leaderName: Nullable(Type.String()),
  leaderRank: Nullable(LeaderRankT),
  /** True when it fulfils an item of the year's plan. */
  inPlan: Type.Boolean(),
  /** The step its route waits on; null when none does. */
  waitingFor: Nullable(StringEnum(routeSteps)),
  /** Lead time was short at the last submission (fewer working days than the rule requires). */
  leadShort: Type.Boolean(),
  resultsDueOn: Nullable(Type.String()),
  resultsReportedAt: Nullable(Type.String()),
  /** Results due and not reported by today. */
  resultsOverdue: Type.Boolean(),
  version: Type.Integer(),
  permissions: ActivityPermissions,
};
/** An activity in a list or a calendar. */
export const ActivitySummary = Type.Object(ActivitySummaryFields);
export type ActivitySummary = Static<typeof ActivitySummary>;

export const Activity = Type.Object({
  ...ActivitySummaryFields,
  fundingSource: Nullable(FundingSourceT),
  fundingEstimate: Nullable(Type.Integer({ description: "VND" })),
  purpose: Nullable(Type.String()),
  expectedResults: Nullable(Type.String()),
  planItem: Nullable(PlanItemRef),
  outOfPlanReason: Nullable(Type.String()),
  details: Details,
  members: Type.Array(Member),
  attachments: Type.Array(Attachment),
  route: Nullable(Route),
  leadTime: Nullable(LeadTime),
  submittedAt: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  results: Nullable(Type.String()),
  followUp: Nullable(Type.String()),
  resultsReminderSentAt: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Activity = Static<typeof Activity>;

/** Every field of an activity a unit writes. Only unit and title are needed to save a draft. */
export const ActivityFields = {
  unitId: Uuid,
  /** Defaults to `outbound` when a draft is created without one. */
  kind: Type.Optional(CoopKindT),
  titleVi: Type.String({ minLength: 1, maxLength: 500 }),
  titleEn: OptText(500),
  countries: Type.Optional(Type.Array(CountryCode, { maxItems: 50 })),
  partnerIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
  startDate: OptDay,
  endDate: OptDay,
  place: OptText(300),
  mode: Type.Optional(CoopModeT),
  leaderName: OptText(200),
  leaderRank: Type.Optional(Nullable(LeaderRankT)),
  fundingSource: Type.Optional(Nullable(FundingSourceT)),
  fundingEstimate: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1e15 }))),
  purpose: OptText(5000),
  expectedResults: OptText(5000),
  planItemId: Type.Optional(Nullable(Uuid)),
  outOfPlanReason: OptText(2000),
  details: Type.Optional(Details),
  members: Type.Optional(Type.Array(MemberBody, { maxItems: 100 })),
};
export const ActivityBody = Type.Object(ActivityFields, { additionalProperties: false });
export type ActivityBody = Static<typeof ActivityBody>;
/** A change to a draft or returned activity: any field, with the `version` read. */
export const ActivityPatch = Type.Object(
  {
    ...ActivityFields,
    unitId: Type.Optional(Uuid),
    titleVi: Type.Optional(ActivityFields.titleVi),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ActivityPatch = Static<typeof ActivityPatch>;

export const ResultsBody = Type.Object(
  {
    results: Type.String({ minLength: 1, maxLength: 10000 }),
    followUp: OptText(5000),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ResultsBody = Static<typeof ResultsBody>;

export const CancelBody = Type.Object({ version: Type.Integer() }, { additionalProperties: false });

export const ActivityListQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  unitId: Type.Optional(Uuid),
  kind: Type.Optional(CoopKindT),
  status: Type.Optional(CoopStatusT),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  country: Type.Optional(CountryCode),
  partnerId: Type.Optional(Uuid),
  inPlan: Type.Optional(Type.Boolean()),
  /** Activities whose route waits on this step. */
  waitingFor: Type.Optional(StringEnum(routeSteps)),
  leadShort: Type.Optional(Type.Boolean()),
  resultsOverdue: Type.Optional(Type.Boolean()),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});
export type ActivityListQuery = Static<typeof ActivityListQuery>;

/** `GET /api/cooperation/activities/calendar?month=YYYY-MM`: activities overlapping the month (readable ones). */
export const CalendarQuery = Type.Object({ month: Type.String({ pattern: "^\\d{4}-(0[1-9]|1[0-2])$" }) });
export const CalendarMonth = Type.Object({ month: Type.String(), activities: Type.Array(ActivitySummary) });
export type CalendarMonth = Static<typeof CalendarMonth>;

/** What the caller may do in the register as a whole (`GET /api/cooperation/access`). */
export const CoopAccess = Type.Object({
  /** Sees the register (any cooperation role). */
  read: Type.Boolean(),
  /** Sees every unit's activities (ICD, admin). */
  readAll: Type.Boolean(),
  /** Creates activities; `units` lists the units it may create them for. */
  createActivity: Type.Boolean(),
  units: Type.Array(UnitRef),
  /** Proposes plan items for `units`. */
  proposePlanItems: Type.Boolean(),
  /** Includes / leaves out plan items, consolidates the plan (ICD). */
  consolidatePlan: Type.Boolean(),
  /** Approves the plan (the Minister). */
  approvePlan: Type.Boolean(),
  /** Adds and edits partners (ICD). */
  editPartners: Type.Boolean(),
  /** The documents registers the caller may read (ICD, admin: all; the personnel officer: PERSONNEL). */
  registers: Type.Array(StringEnum(documentIssuers)),
});
export type CoopAccess = Static<typeof CoopAccess>;

// ---------------------------------------------------------------- annual plan

export const PlanItemPermissions = Type.Object({
  /** Changes the item (its unit while the plan is open; the ICD until it is approved). */
  edit: Type.Boolean(),
  /** Includes it in / leaves it out of the ministry's plan (ICD, until approved). */
  consolidate: Type.Boolean(),
});
export const ActivityRefT = Type.Object({
  id: Type.String(),
  code: Type.String(),
  titleVi: Type.String(),
  status: CoopStatusT,
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
});
export const PlanItem = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  year: Type.Integer(),
  unit: UnitRef,
  kind: CoopKindT,
  titleVi: Type.String(),
  titleEn: Nullable(Type.String()),
  countries: Type.Array(Type.String()),
  partners: Type.Array(PartnerRef),
  monthFrom: Nullable(Type.Integer()),
  monthTo: Nullable(Type.Integer()),
  leaderRank: Nullable(LeaderRankT),
  memberCount: Nullable(Type.Integer()),
  fundingSource: Nullable(FundingSourceT),
  fundingEstimate: Nullable(Type.Integer()),
  pmApproved: Type.Boolean(),
  status: StringEnum(planItemStatuses),
  note: Nullable(Type.String()),
  /** From the linked activities: none started / one on its way / one carried out (approved and ended). */
  progress: StringEnum(planItemProgress),
  activities: Type.Array(ActivityRefT),
  version: Type.Integer(),
  permissions: PlanItemPermissions,
});
export type PlanItem = Static<typeof PlanItem>;
export const PlanPermissions = Type.Object({
  read: Type.Boolean(),
  /** Proposes items (unit officers for their units, the ICD for any), while the plan is not approved. */
  propose: Type.Boolean(),
  /** Includes / leaves out items and marks the plan consolidated (ICD). */
  consolidate: Type.Boolean(),
  /** Approves the consolidated plan with the decision's number and date (the Minister). */
  approve: Type.Boolean(),
});
export const Plan = Type.Object({
  /** Null when nothing has been proposed for the year yet. */
  id: Nullable(Type.String()),
  year: Type.Integer(),
  status: StringEnum(planStatuses),
  decisionNumber: Nullable(Type.String()),
  decisionDate: Nullable(Type.String()),
  approvedBy: Nullable(Type.String()),
  note: Nullable(Type.String()),
  version: Type.Integer(),
  items: Type.Array(PlanItem),
  /** Activities of the year that fulfil no plan item (readable ones). */
  outOfPlan: Type.Array(ActivityRefT),
  permissions: PlanPermissions,
});
export type Plan = Static<typeof Plan>;
export const PlanItemFields = {
  unitId: Uuid,
  kind: CoopKindT,
  titleVi: Type.String({ minLength: 1, maxLength: 500 }),
  titleEn: OptText(500),
  countries: Type.Optional(Type.Array(CountryCode, { maxItems: 50 })),
  partnerIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
  monthFrom: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 12 }))),
  monthTo: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 12 }))),
  leaderRank: Type.Optional(Nullable(LeaderRankT)),
  memberCount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000 }))),
  fundingSource: Type.Optional(Nullable(FundingSourceT)),
  fundingEstimate: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1e15 }))),
  /** Outbound items of the ministry-level plan approved by the Prime Minister (set by the ICD). */
  pmApproved: Type.Optional(Type.Boolean()),
  note: OptText(2000),
};
export const PlanItemBody = Type.Object(PlanItemFields, { additionalProperties: false });
export type PlanItemBody = Static<typeof PlanItemBody>;
export const PlanItemPatch = Type.Object(
  {
    kind: Type.Optional(CoopKindT),
    titleVi: Type.Optional(PlanItemFields.titleVi),
    titleEn: PlanItemFields.titleEn,
    countries: PlanItemFields.countries,
    partnerIds: PlanItemFields.partnerIds,
    monthFrom: PlanItemFields.monthFrom,
    monthTo: PlanItemFields.monthTo,
    leaderRank: PlanItemFields.leaderRank,
    memberCount: PlanItemFields.memberCount,
    fundingSource: PlanItemFields.fundingSource,
    fundingEstimate: PlanItemFields.fundingEstimate,
    pmApproved: PlanItemFields.pmApproved,
    note: PlanItemFields.note,
    /** The ICD's consolidation: include in or leave out of the ministry's plan. */
    status: Type.Optional(StringEnum(planItemStatuses)),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type PlanItemPatch = Static<typeof PlanItemPatch>;
/** The ICD marks the plan consolidated; the Minister approves it with the decision's number and date. */
export const PlanConsolidateBody = Type.Object({ version: Type.Integer() }, { additionalProperties: false });
export const PlanApproveBody = Type.Object(
  {
    decisionNumber: Type.String({ minLength: 1, maxLength: 100 }),
    decisionDate: Day,
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type PlanApproveBody = Static<typeof PlanApproveBody>;
