import { Type } from "typebox";
import { NAME_MAX } from "../../../shared/text.js";
import type { RoutesFn } from "../../context.js";
import { CSRF_COOKIE, SESSION_COOKIE, requireActor } from "../../http/plugin.js";
import { ErrorBody, Nullable, StringEnum, Uuid, errors, Version } from "../../http/schemas.js";
import { accreditationStatuses, delegationCategories, meetingStatuses, sessionKinds } from "../meetings/schema.js";
import { PHOTO_MAX_BYTES } from "../meetings/delegates.js";
import { getMe } from "../people/service.js";
import { diffFields } from "./diff.js";
import { LINK_MAX_DAYS, createLink, listLinks, meetingRegistrationOverview, openLink, revokeLink } from "./links.js";
import {
  accredit,
  addDelegate,
  editDelegate,
  myDelegations,
  putDelegatePhoto,
  registrationOverview,
  removeDelegate,
} from "./service.js";
import { diffVersions, getVersion, listVersions, submitVersion, unsubmittedChanges } from "./versions.js";
import { acceptProposal, createProposal, listProposals, refuseProposal, withdrawProposal } from "./proposals.js";
import {
  IMPORT_MAX_FILE_BYTES,
  IMPORT_MAX_PHOTOS,
  commitImport,
  discardImport,
  downloadTemplate,
  editImportRow,
  getImport,
  listImports,
  startImport,
} from "./imports.js";
import { importStatuses } from "./schema.js";
import { importFields } from "./spreadsheet.js";
import {
  Delegate,
  DelegateBody as DelegateFields,
  DelegateParams,
  DelegationParams,
  OptText,
} from "../meetings/api-schemas.js";

const tags = ["registration"];
const Lang = StringEnum(["vi", "en"] as const);
const base64 = (maxBytes: number) => Type.String({ minLength: 1, maxLength: Math.ceil((maxBytes * 4) / 3) + 64 });

const DelegatePatch = Type.Object({ ...DelegateFields, fullName: Type.Optional(DelegateFields.fullName) });

const SnapshotDelegate = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  honorific: Nullable(Type.String()),
  gender: Nullable(Type.String()),
  position: Nullable(Type.String()),
  organisation: Nullable(Type.String()),
  role: Type.String(),
  nationality: Nullable(Type.String()),
  passportNumber: Nullable(Type.String()),
  passportExpiry: Nullable(Type.String()),
  dateOfBirth: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  arrivalDate: Nullable(Type.String()),
  arrivalTime: Nullable(Type.String()),
  arrivalFlight: Nullable(Type.String()),
  arrivalAirport: Nullable(Type.String()),
  departureDate: Nullable(Type.String()),
  departureTime: Nullable(Type.String()),
  departureFlight: Nullable(Type.String()),
  departureAirport: Nullable(Type.String()),
  hotel: Nullable(Type.String()),
  dietary: Nullable(Type.String()),
  accessibility: Nullable(Type.String()),
  sessionIds: Type.Array(Type.String()),
  photo: Nullable(Type.String({ description: "Fingerprint of the photo at the time; a change means a new photo" })),
  accreditationStatus: Type.String(),
});
const VersionSummary = Type.Object({
  number: Type.Integer({ minimum: 1 }),
  submittedAt: Type.String({ format: "date-time" }),
  submittedById: Nullable(Type.String()),
  submittedByName: Type.String(),
  note: Nullable(Type.String()),
  delegateCount: Type.Integer(),
});
const FieldValue = Nullable(Type.Union([Type.String(), Type.Array(Type.String())]));
const DiffBody = {
  added: Type.Array(SnapshotDelegate),
  removed: Type.Array(SnapshotDelegate),
  changed: Type.Array(
    Type.Object({
      id: Type.String(),
      fullName: Type.String(),
      changes: Type.Array(Type.Object({ field: StringEnum(diffFields), before: FieldValue, after: FieldValue })),
    }),
  ),
  unchanged: Type.Integer({ description: "Delegates in both versions with no field changed" }),
};
const PurgeNotice = Nullable(
  Type.Object(
    {
      at: Type.String({ format: "date-time", description: "When the meeting's personal data was purged" }),
      erasedFields: Type.Array(Type.String(), { description: "The delegate fields the purge erased (now null)" }),
    },
    { description: "Set once the meeting's personal data has been purged: what the versions no longer hold" },
  ),
);
const Diff = Type.Object({ from: VersionSummary, to: VersionSummary, purged: PurgeNotice, ...DiffBody });

const Mail = Type.Object({
  status: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  sentAt: Nullable(Type.String()),
  error: Nullable(Type.String()),
});
const Link = Type.Object({
  id: Type.String(),
  delegationId: Type.String(),
  email: Type.String(),
  name: Nullable(Type.String()),
  language: Lang,
  status: StringEnum(["active", "expired", "revoked"] as const),
  expiresAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  createdByName: Type.String(),
  openCount: Type.Integer(),
  lastOpenedAt: Nullable(Type.String()),
  mail: Nullable(Mail),
  version: Type.Integer(),
});
const Counts = Type.Object({
  total: Type.Integer(),
  pending: Type.Integer(),
  accredited: Type.Integer(),
  rejected: Type.Integer(),
});
const SessionBrief = Type.Object({
  id: Type.String(),
  kind: StringEnum(sessionKinds),
  titleVi: Type.String(),
  titleEn: Type.String(),
  start: Type.String(),
  end: Type.String(),
});
const Overview = Type.Object({
  meeting: Type.Object({
    id: Type.String(),
    code: Type.String(),
    titleVi: Type.String(),
    titleEn: Type.String(),
    startDate: Type.String(),
    endDate: Type.String(),
    cityVi: Type.String(),
    cityEn: Type.String(),
    timeZone: Type.String(),
    status: StringEnum(meetingStatuses),
    registrationDeadline: Nullable(Type.String()),
  }),
  delegation: Type.Object({
    id: Type.String(),
    nameVi: Type.String(),
    nameEn: Type.String(),
    country: Nullable(Type.String()),
    category: StringEnum(delegationCategories),
    contactName: Nullable(Type.String()),
    contactEmail: Nullable(Type.String()),
  }),
  role: StringEnum(["host", "contact", "reader"] as const),
  closed: Type.Boolean({ description: "The deadline has passed: the contact may only propose changes" }),
  meetingClosed: Type.Boolean({ description: "The meeting is over: the list can no longer change, even by proposal" }),
  deadlineText: Nullable(Type.String()),
  canEdit: Type.Boolean(),
  canPropose: Type.Boolean(),
  purged: Type.Boolean(),
  delegateCount: Type.Integer(),
  latestVersion: Nullable(
    Type.Object({ number: Type.Integer(), submittedAt: Type.String(), submittedByName: Type.String() }),
  ),
  unsubmitted: Type.Object({ added: Type.Integer(), removed: Type.Integer(), changed: Type.Integer() }),
  pendingProposals: Type.Integer(),
  sessions: Type.Array(SessionBrief),
});
const MyDelegation = Type.Object({
  meetingId: Type.String(),
  delegationId: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  country: Nullable(Type.String()),
  meetingCode: Type.String(),
  meetingTitleVi: Type.String(),
  meetingTitleEn: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  registrationDeadline: Nullable(Type.String()),
  closed: Type.Boolean(),
  latestVersion: Nullable(Type.Integer()),
});
const MeetingRow = Type.Object({
  delegationId: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  country: Nullable(Type.String()),
  category: StringEnum(delegationCategories),
  contactName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  counts: Counts,
  link: Nullable(Link),
  latestVersion: Nullable(Type.Integer()),
  lastSubmittedAt: Nullable(Type.String()),
  pendingProposals: Type.Integer(),
});
const Proposal = Type.Object({
  id: Type.String(),
  delegationId: Type.String(),
  kind: StringEnum(["add", "edit", "remove"] as const),
  delegateId: Nullable(Type.String()),
  delegateVersion: Nullable(Type.Integer()),
  delegateName: Type.String(),
  changes: Type.Record(Type.String(), Type.Unknown(), { description: "add: the delegate; edit: the changed fields" }),
  before: Nullable(SnapshotDelegate),
  hasPhoto: Type.Boolean(),
  note: Nullable(Type.String()),
  status: StringEnum(["pending", "accepted", "refused", "withdrawn"] as const),
  reason: Nullable(Type.String()),
  proposedByName: Type.String(),
  proposedAt: Type.String(),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  resultDelegateId: Nullable(Type.String()),
  version: Type.Integer(),
});
const RowValues = Type.Partial(
  Type.Object(Object.fromEntries(importFields.map((f) => [f, Type.String({ maxLength: 1000 })]))),
);
const ImportRow = Type.Object({
  row: Type.Integer(),
  values: Type.Record(Type.String(), Type.String()),
  sessionIds: Type.Array(Type.String()),
  unknownSessions: Type.Array(Type.String()),
  dropped: Type.Boolean(),
  problems: Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })),
});
const Import = Type.Object({
  id: Type.String(),
  delegationId: Type.String(),
  fileName: Type.String(),
  format: StringEnum(["xlsx", "csv"] as const),
  status: StringEnum(importStatuses),
  progress: Type.Object({ done: Type.Integer(), total: Type.Integer() }),
  error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
  createdAt: Type.String(),
  createdByName: Type.String(),
  committedAt: Nullable(Type.String()),
  summary: Type.Object({
    rows: Type.Integer(),
    ok: Type.Integer(),
    withProblems: Type.Integer(),
    dropped: Type.Integer(),
  }),
  rows: Type.Array(ImportRow),
  version: Type.Integer(),
});
const ImportParams = Type.Object({ id: Uuid, delegationId: Uuid, importId: Uuid });
const VersionQuery = Type.Object({ version: Version });
const Binary = Type.Unsafe({ type: "string", format: "binary" });

export const registrationRoutes: RoutesFn = (app, ctx) => {
  // ------------------------------------------------------------ links (host) and opening one (public)
  app.get(
    "/meetings/:id/registration",
    {
      schema: {
        tags,
        summary:
          "Registration at a glance for the host: every delegation with its latest link, submissions and open proposals",
        params: Type.Object({ id: Uuid }),
        response: { 200: Type.Array(MeetingRow), ...errors },
      },
    },
    async (req) => meetingRegistrationOverview(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/invitations",
    {
      schema: {
        tags,
        summary:
          "The registration links sent to the delegation's contact, newest first, with the e-mail as sent (host)",
        params: DelegationParams,
        response: { 200: Type.Array(Link), ...errors },
      },
    },
    async (req) => listLinks(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/invitations",
    {
      schema: {
        tags,
        summary:
          "Invite the delegation's contact: e-mails a personal link (SMTP, or the outbox without it). E-mail and name default to the delegation's contact; an earlier active link to the same address is withdrawn",
        params: DelegationParams,
        body: Type.Object({
          email: Type.Optional(
            Nullable(Type.Union([Type.String({ format: "email", maxLength: 320 }), Type.Literal("")])),
          ),
          name: OptText(NAME_MAX),
          language: Type.Optional(Lang),
          days: Type.Optional(
            Type.Integer({ minimum: 1, maximum: LINK_MAX_DAYS, description: "Days the link works (default 30)" }),
          ),
        }),
        response: { 201: Type.Object({ link: Link, url: Type.String() }), ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createLink(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/invitations/:linkId/revoke",
    {
      schema: {
        tags,
        summary: "Withdraw a registration link: it stops working and the access it gave is taken back (host)",
        params: Type.Object({ id: Uuid, delegationId: Uuid, linkId: Uuid }),
        body: Type.Object({ version: Version }),
        response: { 200: Link, ...errors },
      },
    },
    async (req) =>
      revokeLink(ctx, requireActor(req), req.params.id, req.params.delegationId, req.params.linkId, req.body.version),
  );

  app.post(
    "/registration/links/open",
    {
      config: { auth: "public" },
      schema: {
        tags,
        summary:
          "Open a registration link: signs the delegation's contact in (session cookie) without a password. Unknown → 400, expired or withdrawn → 410",
        security: [],
        body: Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) }),
        response: {
          200: Type.Object({
            meetingId: Type.String(),
            delegationId: Type.String(),
            csrfToken: Type.String(),
            language: Lang,
          }),
          400: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          410: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const res = await openLink(ctx, req.body.token, req.headers["user-agent"] ?? null);
      // The same cookies as a sign-in (modules/auth/routes.ts).
      const opts = {
        path: "/",
        sameSite: "lax" as const,
        secure: ctx.config.secureCookies,
        expires: res.session.expiresAt,
      };
      reply.setCookie(SESSION_COOKIE, res.session.token, { ...opts, httpOnly: true });
      reply.setCookie(CSRF_COOKIE, res.session.csrfToken, { ...opts, httpOnly: false });
      const me = await getMe(ctx, res.session.userId);
      return {
        meetingId: res.meetingId,
        delegationId: res.delegationId,
        csrfToken: res.session.csrfToken,
        language: me.language,
      };
    },
  );

  // ------------------------------------------------------------ the contact's portal
  app.get(
    "/registration/delegations",
    {
      schema: {
        tags,
        summary: "The delegations the signed-in person registers as their contact (empty for anyone else)",
        response: { 200: Type.Array(MyDelegation), ...errors },
      },
    },
    async (req) => myDelegations(ctx, requireActor(req)),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/registration",
    {
      schema: {
        tags,
        summary:
          "Where the delegation's registration stands: deadline, what the reader may do, last submission, unsubmitted changes",
        params: DelegationParams,
        response: { 200: Overview, ...errors },
      },
    },
    async (req) => registrationOverview(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/registration/delegates",
    {
      schema: {
        tags,
        summary: "Add a delegate (the delegation's contact before the deadline, or the host)",
        params: DelegationParams,
        body: Type.Object(DelegateFields),
        response: { 201: Delegate, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addDelegate(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  app.patch(
    "/meetings/:id/delegations/:delegationId/registration/delegates/:delegateId",
    {
      schema: {
        tags,
        summary:
          "Edit a delegate (contact before the deadline, or host); send the version you read. An identity change sends an accredited delegate back to pending",
        params: DelegateParams,
        body: Type.Object({ ...DelegatePatch.properties, version: Version }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return editDelegate(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, req.body);
    },
  );

  app.delete(
    "/meetings/:id/delegations/:delegationId/registration/delegates/:delegateId",
    {
      schema: {
        tags,
        summary: "Remove a delegate (contact before the deadline, or host)",
        params: DelegateParams,
        querystring: VersionQuery,
        response: { 200: Type.Object({ ok: Type.Literal(true) }), ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      await removeDelegate(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, req.query.version);
      return { ok: true as const };
    },
  );

  app.put(
    "/meetings/:id/delegations/:delegationId/registration/delegates/:delegateId/photo",
    {
      schema: {
        tags,
        summary: `Upload a delegate's photo as base64 (JPEG or PNG, at most ${PHOTO_MAX_BYTES / 1024} KB; contact before the deadline, or host)`,
        params: DelegateParams,
        body: Type.Object({ data: base64(PHOTO_MAX_BYTES) }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      const bytes = Buffer.from(req.body.data.replace(/^data:[^,]*,/, ""), "base64");
      return putDelegatePhoto(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, bytes);
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/delegates/:delegateId/accreditation",
    {
      schema: {
        tags,
        summary: "Accredit or reject a delegate (a rejection needs a reason), or set them back to pending (host)",
        params: DelegateParams,
        body: Type.Object({
          status: StringEnum(accreditationStatuses),
          reason: OptText(500),
          version: Version,
        }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return accredit(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, req.body);
    },
  );

  // ------------------------------------------------------------ versions (stable contract)
  app.get(
    "/meetings/:id/delegations/:delegationId/versions",
    {
      schema: {
        tags,
        summary: "Every submission of the delegation's list, oldest first (host, the contact, committee members)",
        params: DelegationParams,
        response: { 200: Type.Array(VersionSummary), ...errors },
      },
    },
    async (req) => listVersions(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/versions",
    {
      schema: {
        tags,
        summary:
          "Submit the list: freezes the delegation's delegates as the next version (contact, or host on its behalf)",
        params: DelegationParams,
        body: Type.Object({ note: OptText(1000) }),
        response: {
          201: Type.Object({
            ...VersionSummary.properties,
            purged: PurgeNotice,
            delegates: Type.Array(SnapshotDelegate),
          }),
          ...errors,
        },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await submitVersion(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body.note ?? null),
        ),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/versions/:number",
    {
      schema: {
        tags,
        summary: "One submission with its delegates as they were (personal data only in the full view)",
        params: Type.Object({ id: Uuid, delegationId: Uuid, number: Type.Integer({ minimum: 1 }) }),
        response: {
          200: Type.Object({
            ...VersionSummary.properties,
            purged: PurgeNotice,
            delegates: Type.Array(SnapshotDelegate),
          }),
          ...errors,
        },
      },
    },
    async (req) => getVersion(ctx, requireActor(req), req.params.id, req.params.delegationId, req.params.number),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/versions/:a/diff/:b",
    {
      schema: {
        tags,
        summary:
          "What changed from submission a to submission b: delegates added, removed, and changed fields with before/after, matched by delegate id",
        params: Type.Object({
          id: Uuid,
          delegationId: Uuid,
          a: Type.Integer({ minimum: 1 }),
          b: Type.Integer({ minimum: 1 }),
        }),
        response: { 200: Diff, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return diffVersions(ctx, requireActor(req), p.id, p.delegationId, p.a, p.b);
    },
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/registration/unsubmitted",
    {
      schema: {
        tags,
        summary: "What changed since the last submission (everything is new before the first)",
        params: DelegationParams,
        response: { 200: Type.Object({ from: Nullable(VersionSummary), ...DiffBody }), ...errors },
      },
    },
    async (req) => unsubmittedChanges(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  // ------------------------------------------------------------ change proposals (after the deadline)
  app.get(
    "/meetings/:id/delegations/:delegationId/proposals",
    {
      schema: {
        tags,
        summary: "The delegation's change proposals and their outcome, newest first (host and the contact)",
        params: DelegationParams,
        response: { 200: Type.Array(Proposal), ...errors },
      },
    },
    async (req) => listProposals(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/proposals",
    {
      schema: {
        tags,
        summary:
          "Propose a change (the contact, after the deadline): add a delegate, edit one (the changed fields, against the version read) or remove one",
        params: DelegationParams,
        body: Type.Object({
          kind: StringEnum(["add", "edit", "remove"] as const),
          delegateId: Type.Optional(Uuid),
          delegateVersion: Type.Optional(Version),
          changes: Type.Optional(DelegatePatch),
          photo: Type.Optional(Nullable(base64(PHOTO_MAX_BYTES))),
          note: OptText(1000),
        }),
        response: { 201: Proposal, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createProposal(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  const ProposalParams = Type.Object({ id: Uuid, delegationId: Uuid, proposalId: Uuid });
  app.post(
    "/meetings/:id/delegations/:delegationId/proposals/:proposalId/accept",
    {
      schema: {
        tags,
        summary: "Accept a proposal: the change is applied in one transaction (host)",
        params: ProposalParams,
        body: Type.Object({ version: Version }),
        response: { 200: Proposal, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return acceptProposal(ctx, requireActor(req), p.id, p.delegationId, p.proposalId, req.body.version);
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/proposals/:proposalId/refuse",
    {
      schema: {
        tags,
        summary: "Refuse a proposal, with the reason the contact will read (host)",
        params: ProposalParams,
        body: Type.Object({ version: Version, reason: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 200: Proposal, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return refuseProposal(
        ctx,
        requireActor(req),
        p.id,
        p.delegationId,
        p.proposalId,
        req.body.version,
        req.body.reason,
      );
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/proposals/:proposalId/withdraw",
    {
      schema: {
        tags,
        summary: "Withdraw one's own pending proposal (the contact)",
        params: ProposalParams,
        body: Type.Object({ version: Version }),
        response: { 200: Proposal, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return withdrawProposal(ctx, requireActor(req), p.id, p.delegationId, p.proposalId, req.body.version);
    },
  );

  // ------------------------------------------------------------ bulk upload
  for (const format of ["xlsx", "csv"] as const) {
    app.get(
      `/meetings/:id/delegations/:delegationId/registration/template.${format}`,
      {
        schema: {
          tags,
          summary:
            format === "xlsx"
              ? "The meeting's spreadsheet template for this delegation: English headers, Vietnamese second row, drop-down lists, instructions"
              : "The same template as CSV (UTF-8, a header row in English and one in Vietnamese)",
          params: DelegationParams,
          response: { 200: Binary, ...errors },
        },
      },
      async (req, reply) => {
        const f = await downloadTemplate(ctx, requireActor(req), req.params.id, req.params.delegationId, format);
        return reply
          .type(f.contentType)
          .header("content-disposition", `attachment; filename="${f.name}"`)
          .header("cache-control", "no-store")
          .send(f.bytes);
      },
    );
  }

  app.get(
    "/meetings/:id/delegations/:delegationId/imports",
    {
      schema: {
        tags,
        summary: "The delegation's recent uploads, without their rows",
        params: DelegationParams,
        response: { 200: Type.Array(Import), ...errors },
      },
    },
    async (req) => listImports(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/imports",
    {
      // The file and its photos travel as base64 in JSON: a larger limit than the API's default.
      bodyLimit: Math.ceil(((IMPORT_MAX_FILE_BYTES + 60 * 1024 * 1024) * 4) / 3),
      schema: {
        tags,
        summary:
          "Upload a filled-in template (xlsx or CSV, base64) with the photos its Photo column names. Answers 202 at once; poll the upload for progress. Nothing is stored until it is confirmed",
        params: DelegationParams,
        body: Type.Object({
          fileName: Type.String({ minLength: 1, maxLength: 255 }),
          data: base64(IMPORT_MAX_FILE_BYTES),
          photos: Type.Optional(
            Type.Array(
              Type.Object({ name: Type.String({ minLength: 1, maxLength: 255 }), data: base64(PHOTO_MAX_BYTES * 3) }),
              { maxItems: IMPORT_MAX_PHOTOS },
            ),
          ),
        }),
        response: { 202: Import, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(await startImport(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/imports/:importId",
    {
      schema: {
        tags,
        summary: "An upload: progress while it is checked, then every row with its problems",
        params: ImportParams,
        response: { 200: Import, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return getImport(ctx, requireActor(req), p.id, p.delegationId, p.importId);
    },
  );

  app.patch(
    "/meetings/:id/delegations/:delegationId/imports/:importId/rows/:row",
    {
      schema: {
        tags,
        summary:
          "Fix a row's cells (as typed in the sheet) or sessions, or drop / restore it; the row is checked again",
        params: Type.Object({ id: Uuid, delegationId: Uuid, importId: Uuid, row: Type.Integer({ minimum: 1 }) }),
        body: Type.Object({
          version: Version,
          values: Type.Optional(RowValues),
          sessionIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
          dropped: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Import, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return editImportRow(ctx, requireActor(req), p.id, p.delegationId, p.importId, p.row, req.body);
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/imports/:importId/commit",
    {
      schema: {
        tags,
        summary:
          "Store the upload: all rows not dropped in one transaction, only when none has a problem (400 IMPORT_HAS_PROBLEMS lists them; nothing is stored)",
        params: ImportParams,
        body: Type.Object({ version: Version }),
        response: { 200: Type.Object({ ...Import.properties, created: Type.Integer() }), ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return commitImport(ctx, requireActor(req), p.id, p.delegationId, p.importId, req.body.version);
    },
  );

  app.delete(
    "/meetings/:id/delegations/:delegationId/imports/:importId",
    {
      schema: {
        tags,
        summary: "Abandon an upload; nothing of it is stored",
        params: ImportParams,
        querystring: VersionQuery,
        response: { 200: Import, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return discardImport(ctx, requireActor(req), p.id, p.delegationId, p.importId, req.query.version);
    },
  );
};
