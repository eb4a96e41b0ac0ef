/**
 * The registration API's shapes, shared by its route files (links, delegates, photos, versions, proposals,
 * imports). The records themselves are defined once in src/shared/schemas/registration.ts (the web's types are
 * `Static<>` of them); what is here is only the routes' own: tags, parameters, upload encodings.
 */
import { Type } from "typebox";
import { Uuid, Version } from "../../../http/schemas.js";
import { DelegateBody as DelegateFields } from "../../../../shared/schemas/meetings.js";

export {
  Diff,
  DiffBody,
  FieldValue,
  ImportJob as Import,
  ImportRow,
  Lang,
  Link,
  Mail,
  MeetingRegistrationRow as MeetingRow,
  MyDelegation,
  Overview,
  Proposal,
  PurgeNotice,
  RowValues,
  SessionBrief,
  SnapshotDelegate,
  Version as VersionRecord,
  VersionSummary,
} from "../../../../shared/schemas/registration.js";

export const tags = ["registration"];
export { Version };
export const base64 = (maxBytes: number) =>
  Type.String({ minLength: 1, maxLength: Math.ceil((maxBytes * 4) / 3) + 64 });

export const DelegatePatch = Type.Object({ ...DelegateFields, fullName: Type.Optional(DelegateFields.fullName) });

export const ImportParams = Type.Object({ id: Uuid, delegationId: Uuid, importId: Uuid });
export const VersionQuery = Type.Object({ version: Version });
export const Binary = Type.Unsafe({ type: "string", format: "binary" });
