import { Type, type Static } from "typebox";
import { Nullable, StringEnum } from "./common.js";

/**
 * The audit trail's records as the server sends them and the web reads them (decision 013); `audit/present.ts`
 * builds the changes.
 */

/** One changed field, worded in the reader's language (personal fields: `hidden`, no values). */
export const AuditChange = Type.Object({
  field: Type.String(),
  label: Type.String({ description: "The field's label in the caller's language" }),
  before: Nullable(Type.String({ description: "The value before, in words (dates dd/MM/yyyy in Vietnamese)" })),
  after: Nullable(Type.String()),
  hidden: Type.Boolean({ description: "A personal field: it changed, its values are not shown" }),
});

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  actionText: Type.String({ description: "The action in the caller's language" }),
  module: Type.String(),
  moduleText: Type.String(),
  entity: Type.String(),
  entityText: Type.String({ description: "The kind of record in the caller's language" }),
  entityId: Type.String(),
  entityLabel: Nullable(Type.String({ description: "The record's name, in the caller's language where it has two" })),
  summary: Type.String({ description: "One sentence: who did what to which record" }),
  changes: Type.Array(AuditChange),
  ip: Nullable(Type.String()),
  before: Type.Unknown({ description: "As recorded, without personal fields" }),
  after: Type.Unknown({ description: "As recorded, without personal fields" }),
});

export const signInOutcomes = ["success", "failure", "lockout", "signout"] as const;

export const SignIn = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  action: Type.String(),
  actionText: Type.String(),
  outcome: StringEnum(signInOutcomes),
  userId: Type.String(),
  userLabel: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  userAgent: Nullable(Type.String()),
});

/** A record the trail names, for the browser's picker. */
export const AuditRecordOption = Type.Object({ id: Type.String(), label: Type.String() });
export const AuditRecords = Type.Object({ items: Type.Array(AuditRecordOption), more: Type.Boolean() });

export type AuditChange = Static<typeof AuditChange>;
export type AuditEntry = Static<typeof AuditEntry>;
export type SignIn = Static<typeof SignIn>;
export type SignInOutcome = (typeof signInOutcomes)[number];
export type AuditRecordOption = Static<typeof AuditRecordOption>;
export type AuditRecords = Static<typeof AuditRecords>;
