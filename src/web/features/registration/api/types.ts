/**
 * Shapes of the registration API: the server's schemas (src/shared/schemas/registration.ts and meetings.ts) are the
 * one definition; these are their `Static<>` types (decision 013), not copies.
 */
import type { FullDelegate, DelegateInput as DelegateInputRecord } from "../../../../shared/schemas/meetings";
import type { Diff as DiffRecord, ListDiff } from "../../../../shared/schemas/registration";

export { delegateRoles, genders } from "../../../../shared/schemas/meetings";
export type { AccreditationStatus, DelegateRole, Gender } from "../../../../shared/schemas/meetings";
export { importFields, type ImportField } from "../../../../shared/personalData";
export type {
  DelegateChange,
  FieldChange,
  FieldValue,
  ImportJob,
  ImportRow,
  Lang,
  Link,
  MeetingRegistrationRow,
  MyDelegation,
  Overview,
  Proposal,
  SessionBrief,
  SnapshotDelegate,
  Version,
  VersionSummary,
} from "../../../../shared/schemas/registration";

export const registrationKey = (meetingId: string, delegationId: string) =>
  ["registration", meetingId, delegationId] as const;

/** A delegate in the full view (the contact's own delegation, the host): every field present. */
export type Delegate = FullDelegate;
/** A delegate's fields as a form holds them: every field present (null when empty). */
export type DelegateInput = Required<DelegateInputRecord>;

/** Once the meeting's personal data is purged: when, and which delegate fields the versions no longer hold. */
export type PurgeNotice = NonNullable<DiffRecord["purged"]>;
export type DiffBody = ListDiff;
export type Diff = DiffRecord;
