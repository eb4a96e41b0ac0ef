import { Type, type Static } from "typebox";
import { badgeJobStatuses, badgeSizes, badgeStatuses, scanReasons } from "../badges.js";
import { Nullable, StringEnum } from "./common.js";
import { accreditationStatuses, delegationCategories } from "./meetings.js";

/**
 * The badges and check-in records (badge list, print jobs, the offline pack, scan answers, attendance): one
 * definition for the server's routes and the check-in pages (decision 013).
 */

const Category = StringEnum(delegationCategories);

export const BadgeRef = Type.Object({
  id: Type.String(),
  issueNumber: Type.Integer(),
  status: StringEnum(badgeStatuses),
  issuedAt: Type.String(),
});
export const BadgeListItem = Type.Object({
  delegateId: Type.String(),
  fullName: Type.String(),
  honorific: Nullable(Type.String()),
  position: Nullable(Type.String()),
  delegationId: Type.String(),
  delegationNameVi: Type.String(),
  delegationNameEn: Type.String(),
  category: Category,
  accreditationStatus: StringEnum(accreditationStatuses),
  hasPhoto: Type.Boolean(),
  badge: Nullable(BadgeRef),
  revokedCount: Type.Integer(),
  /** The badge was printed before the delegate's current accreditation (identity or photo changed since). */
  needsReissue: Type.Boolean(),
});
const Skipped = Type.Object({ delegateId: Type.String(), fullName: Type.String(), reason: Type.String() });
export const Job = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  size: StringEnum(badgeSizes),
  status: StringEnum(badgeJobStatuses),
  total: Type.Integer(),
  done: Type.Integer(),
  skipped: Type.Array(Skipped),
  error: Nullable(Type.String()),
  fileName: Nullable(Type.String()),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
  downloadUrl: Nullable(Type.String()),
});

export const ScanPerson = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  delegationId: Type.String(),
  fullName: Type.String(),
  photoUrl: Nullable(Type.String()),
  delegationNameVi: Type.String(),
  delegationNameEn: Type.String(),
  country: Nullable(Type.String()),
  category: Nullable(Category),
});
export const ScanAnswer = Type.Object({
  scanId: Type.String(),
  nonce: Type.String(),
  result: StringEnum(["admitted", "refused"] as const),
  reason: Nullable(StringEnum(scanReasons)),
  message: Type.String({ description: "The verdict in the officer's language" }),
  duplicate: Type.Boolean({ description: "True when this nonce was seen before: the first answer, counted once" }),
  meetingId: Type.String(),
  sessionId: Nullable(Type.String()),
  scannedAt: Type.String(),
  receivedAt: Type.String(),
  officerName: Type.String(),
  badge: Nullable(Type.Object({ id: Type.String() })),
  delegate: Nullable(ScanPerson),
  admittedBefore: Nullable(Type.String({ description: "When this person was first admitted here, if before" })),
});

export const PackBadge = Type.Object({
  id: Type.String(),
  delegateId: Type.String(),
  issue: Type.Integer(),
  codeHash: Type.String({ description: "SHA-256 of the short code, base64url" }),
});
export const Pack = Type.Object({
  meetingId: Type.String(),
  code: Type.String(),
  titleVi: Type.String(),
  titleEn: Type.String(),
  timeZone: Type.String(),
  generatedAt: Type.String(),
  purged: Type.Boolean(),
  keyId: Type.String(),
  publicKey: Type.String({ description: "Ed25519 public key, raw 32 bytes, base64url" }),
  sessions: Type.Array(
    Type.Object({
      id: Type.String(),
      titleVi: Type.String(),
      titleEn: Type.String(),
      start: Type.String(),
      end: Type.String(),
      roomVi: Nullable(Type.String()),
      roomEn: Nullable(Type.String()),
    }),
  ),
  delegations: Type.Array(
    Type.Object({
      id: Type.String(),
      nameVi: Type.String(),
      nameEn: Type.String(),
      country: Nullable(Type.String()),
      category: Category,
    }),
  ),
  badges: Type.Array(PackBadge, { description: "Active badges" }),
  revoked: Type.Array(PackBadge, { description: "Revoked badges (reissued): refused everywhere" }),
  people: Type.Array(
    Type.Object({
      delegateId: Type.String(),
      fullName: Type.String(),
      delegationId: Type.String(),
      photoUrl: Nullable(Type.String()),
      accredited: Type.Boolean(),
      sessionIds: Type.Array(Type.String()),
    }),
  ),
});

const Counts = { expected: Type.Integer(), admitted: Type.Integer(), refused: Type.Integer() };
export const Summary = Type.Object({
  meetingId: Type.String(),
  door: Type.Object(Counts),
  sessions: Type.Array(
    Type.Object({
      sessionId: Type.String(),
      kind: Type.String(),
      titleVi: Type.String(),
      titleEn: Type.String(),
      start: Type.String(),
      end: Type.String(),
      ...Counts,
    }),
  ),
});
const AttendeePerson = {
  delegateId: Type.String(),
  fullName: Type.String(),
  delegationId: Type.String(),
  delegationNameVi: Type.String(),
  delegationNameEn: Type.String(),
  photoUrl: Nullable(Type.String()),
};
export const AttendanceList = Type.Object({
  meetingId: Type.String(),
  sessionId: Nullable(Type.String()),
  admittedTotal: Type.Integer({ description: "How many people match, on every page together" }),
  admitted: Type.Array(
    Type.Object({
      ...AttendeePerson,
      firstAdmittedAt: Type.String(),
      officerName: Type.String(),
      scans: Type.Integer(),
    }),
  ),
  refused: Type.Array(
    Type.Object({
      scanId: Type.String(),
      scannedAt: Type.String(),
      reason: StringEnum(scanReasons),
      officerName: Type.String(),
      person: Nullable(Type.Object(AttendeePerson)),
    }),
  ),
});

export type BadgeItem = Static<typeof BadgeListItem>;
export type BadgeJob = Static<typeof Job>;
export type ScanAnswer = Static<typeof ScanAnswer>;
export type PackBadge = Static<typeof PackBadge>;
export type Pack = Static<typeof Pack>;
export type AttendanceSummary = Static<typeof Summary>;
export type AttendanceList = Static<typeof AttendanceList>;
export type Attendee = NonNullable<AttendanceList["refused"][number]["person"]>;
