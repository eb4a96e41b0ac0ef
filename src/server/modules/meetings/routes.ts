import { Type } from "typebox";
import { NAME_MAX } from "../../../shared/text.js";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Nullable, StringEnum, Uuid, errors, Version } from "../../http/schemas.js";
import {
  Delegate,
  DelegateBody,
  Delegation,
  DelegationDetail,
  Meeting,
  MeetingSummary,
  Session,
  Venue,
  accreditationStatuses,
  delegationCategories,
  meetingStatuses,
  sessionKinds,
} from "../../../shared/schemas/meetings.js";
import { DateStr, OptDate, OptText } from "../../../shared/schemas/common.js";
import {
  createMeeting,
  createRoom,
  createVenue,
  deleteRoom,
  deleteVenue,
  getMeeting,
  listMeetings,
  listVenues,
  updateMeeting,
  updateRoom,
  updateVenue,
} from "./service.js";
import { DelegateParams, DelegationParams } from "./api-schemas.js";
import { createSession, deleteSession, getSession, listSessions, updateSession } from "./programme.js";
import {
  createDelegate,
  createDelegation,
  deleteDelegate,
  deleteDelegation,
  getDelegate,
  getDelegation,
  listDelegates,
  listDelegations,
  readDelegatePhoto,
  searchMeetingDelegates,
  updateDelegate,
  updateDelegation,
  uploadDelegatePhoto,
  DELEGATE_PAGE_MAX,
  PHOTO_MAX_BYTES,
} from "./delegates.js";

const tags = ["meetings"];
const Text = (max = 500) => Type.String({ minLength: 1, maxLength: max });
const VersionQuery = Type.Object({ version: Version });
const Ok = Type.Object({ ok: Type.Literal(true) });
const Country = Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 3166-1 alpha-3" });
/** ISO 8601 with an offset, or wall-clock time in the meeting's zone. */
const DateTimeIn = Type.String({
  pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?$",
  description: "ISO 8601 with an offset (2022-08-05T08:30:00+07:00), or wall-clock time in the meeting's zone",
});
const MeetingParams = Type.Object({ id: Uuid });

const MeetingBody = {
  code: Type.String({ minLength: 1, maxLength: 40, pattern: "^[A-Za-z0-9+._-]+$" }),
  titleVi: Text(),
  titleEn: Text(),
  themeVi: OptText(1000),
  themeEn: OptText(1000),
  startDate: DateStr,
  endDate: DateStr,
  cityVi: Text(200),
  cityEn: Text(200),
  timeZone: Text(64),
  registrationDeadline: Type.Optional(Nullable(DateTimeIn)),
  status: Type.Optional(StringEnum(meetingStatuses)),
  purgeAt: OptDate,
};

const AgendaIn = Type.Object({
  titleVi: Text(),
  titleEn: Text(),
  presenter: OptText(300),
  documents: OptText(4000),
});
const SessionBody = {
  kind: StringEnum(sessionKinds),
  titleVi: Text(),
  titleEn: Text(),
  start: DateTimeIn,
  end: DateTimeIn,
  roomId: Type.Optional(Nullable(Uuid)),
  chair: OptText(300),
  chairEn: OptText(300),
  notesVi: OptText(4000),
  notesEn: OptText(4000),
  agenda: Type.Optional(Type.Array(AgendaIn, { maxItems: 100 })),
  delegationIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
};

const DelegationBody = {
  country: Type.Optional(Nullable(Country)),
  nameVi: OptText(300),
  nameEn: OptText(300),
  category: StringEnum(delegationCategories),
  headDelegateId: Type.Optional(Nullable(Uuid)),
  contactName: OptText(NAME_MAX),
  contactEmail: Type.Optional(
    Nullable(Type.Union([Type.String({ format: "email", maxLength: 320 }), Type.Literal("")])),
  ),
};

const Search = Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })) });
/** Search, filters and paging of a delegates list. */
const DelegateListFilters = {
  q: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(StringEnum(accreditationStatuses)),
  photo: Type.Optional(
    StringEnum(["missing", "present"] as const, { description: "Only delegates without / with a photo" }),
  ),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: DELEGATE_PAGE_MAX })),
};
const DelegatePage = Type.Array(Delegate, {
  headers: { "X-Total-Count": { type: "integer", description: "How many delegates match, on every page together" } },
});

export const meetingsRoutes: RoutesFn = (app, ctx) => {
  // ------------------------------------------------------------ meetings
  app.get(
    "/meetings",
    {
      schema: {
        tags,
        summary: "Meetings the caller may see (ICD: all; others: those their grants name)",
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          status: Type.Optional(StringEnum(meetingStatuses)),
        }),
        response: { 200: Type.Array(MeetingSummary), ...errors },
      },
    },
    async (req) => listMeetings(ctx, requireActor(req), req.query),
  );

  app.post(
    "/meetings",
    {
      schema: {
        tags,
        summary: "Create a meeting (ICD officers)",
        body: Type.Object(MeetingBody),
        response: { 201: Meeting, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createMeeting(ctx, requireActor(req), req.body)),
  );

  app.get(
    "/meetings/:id",
    {
      schema: {
        tags,
        summary: "One meeting with counts",
        params: MeetingParams,
        response: { 200: Meeting, ...errors },
      },
    },
    async (req) => getMeeting(ctx, requireActor(req), req.params.id),
  );

  app.patch(
    "/meetings/:id",
    {
      schema: {
        tags,
        summary: "Edit a meeting (ICD officers); send the version you read (409 when stale)",
        params: MeetingParams,
        body: Type.Object({ ...Type.Partial(Type.Object(MeetingBody)).properties, version: Version }),
        response: { 200: Meeting, ...errors },
      },
    },
    async (req) => updateMeeting(ctx, requireActor(req), req.params.id, req.body),
  );

  // ------------------------------------------------------------ venues and rooms
  app.get(
    "/meetings/:id/venues",
    {
      schema: {
        tags,
        summary: "The meeting's venues and their rooms",
        params: MeetingParams,
        response: { 200: Type.Array(Venue), ...errors },
      },
    },
    async (req) => listVenues(ctx, requireActor(req), req.params.id),
  );

  const VenueBody = { nameVi: Text(300), nameEn: Text(300), address: OptText(500) };
  app.post(
    "/meetings/:id/venues",
    {
      schema: {
        tags,
        summary: "Add a venue (ICD officers)",
        params: MeetingParams,
        body: Type.Object(VenueBody),
        response: { 201: Venue, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createVenue(ctx, requireActor(req), req.params.id, req.body)),
  );

  const VenueParams = Type.Object({ id: Uuid, venueId: Uuid });
  app.patch(
    "/meetings/:id/venues/:venueId",
    {
      schema: {
        tags,
        summary: "Edit a venue (ICD officers)",
        params: VenueParams,
        body: Type.Object({
          version: Version,
          nameVi: Type.Optional(Text(300)),
          nameEn: Type.Optional(Text(300)),
          address: OptText(500),
        }),
        response: { 200: Venue, ...errors },
      },
    },
    async (req) => updateVenue(ctx, requireActor(req), req.params.id, req.params.venueId, req.body),
  );

  app.delete(
    "/meetings/:id/venues/:venueId",
    {
      schema: {
        tags,
        summary: "Delete a venue without rooms (ICD officers)",
        params: VenueParams,
        querystring: VersionQuery,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteVenue(ctx, requireActor(req), req.params.id, req.params.venueId, req.query.version);
      return { ok: true as const };
    },
  );

  const RoomBody = {
    venueId: Uuid,
    nameVi: Text(300),
    nameEn: Text(300),
    capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100000 }))),
  };
  app.post(
    "/meetings/:id/rooms",
    {
      schema: {
        tags,
        summary: "Add a room to a venue (ICD officers); answers the venues",
        params: MeetingParams,
        body: Type.Object(RoomBody),
        response: { 201: Type.Array(Venue), ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createRoom(ctx, requireActor(req), req.params.id, req.body)),
  );

  const RoomParams = Type.Object({ id: Uuid, roomId: Uuid });
  app.patch(
    "/meetings/:id/rooms/:roomId",
    {
      schema: {
        tags,
        summary: "Edit a room (ICD officers); answers the venues",
        params: RoomParams,
        body: Type.Object({
          version: Version,
          venueId: Type.Optional(Uuid),
          nameVi: Type.Optional(Text(300)),
          nameEn: Type.Optional(Text(300)),
          capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100000 }))),
        }),
        response: { 200: Type.Array(Venue), ...errors },
      },
    },
    async (req) => updateRoom(ctx, requireActor(req), req.params.id, req.params.roomId, req.body),
  );

  app.delete(
    "/meetings/:id/rooms/:roomId",
    {
      schema: {
        tags,
        summary: "Delete a room no session uses (ICD officers); answers the venues",
        params: RoomParams,
        querystring: VersionQuery,
        response: { 200: Type.Array(Venue), ...errors },
      },
    },
    async (req) => deleteRoom(ctx, requireActor(req), req.params.id, req.params.roomId, req.query.version),
  );

  // ------------------------------------------------------------ programme
  app.get(
    "/meetings/:id/sessions",
    {
      schema: {
        tags,
        summary: "The programme in time order; start/end in ISO 8601 with the meeting's offset; clashes flagged",
        params: MeetingParams,
        response: { 200: Type.Array(Session), ...errors },
      },
    },
    async (req) => listSessions(ctx, requireActor(req), req.params.id),
  );

  const SessionParams = Type.Object({ id: Uuid, sessionId: Uuid });
  app.get(
    "/meetings/:id/sessions/:sessionId",
    {
      schema: {
        tags,
        summary: "One session with its agenda, attending delegations and clashes",
        params: SessionParams,
        response: { 200: Session, ...errors },
      },
    },
    async (req) => getSession(ctx, requireActor(req), req.params.id, req.params.sessionId),
  );

  app.post(
    "/meetings/:id/sessions",
    {
      schema: {
        tags,
        summary: "Add a session (ICD officers). A clash is reported in `clashes`, not refused",
        params: MeetingParams,
        body: Type.Object(SessionBody),
        response: { 201: Session, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createSession(ctx, requireActor(req), req.params.id, req.body)),
  );

  app.patch(
    "/meetings/:id/sessions/:sessionId",
    {
      schema: {
        tags,
        summary: "Edit a session (ICD officers); agenda and delegationIds, when sent, replace the lists",
        params: SessionParams,
        body: Type.Object({
          version: Version,
          kind: Type.Optional(SessionBody.kind),
          titleVi: Type.Optional(Text()),
          titleEn: Type.Optional(Text()),
          start: Type.Optional(DateTimeIn),
          end: Type.Optional(DateTimeIn),
          roomId: SessionBody.roomId,
          chair: SessionBody.chair,
          chairEn: SessionBody.chairEn,
          notesVi: SessionBody.notesVi,
          notesEn: SessionBody.notesEn,
          agenda: SessionBody.agenda,
          delegationIds: SessionBody.delegationIds,
        }),
        response: { 200: Session, ...errors },
      },
    },
    async (req) => updateSession(ctx, requireActor(req), req.params.id, req.params.sessionId, req.body),
  );

  app.delete(
    "/meetings/:id/sessions/:sessionId",
    {
      schema: {
        tags,
        summary: "Remove a session (ICD officers)",
        params: SessionParams,
        querystring: VersionQuery,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteSession(ctx, requireActor(req), req.params.id, req.params.sessionId, req.query.version);
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------ delegations
  app.get(
    "/meetings/:id/delegations",
    {
      schema: {
        tags,
        summary: "Delegations (host roles: all; a delegation contact: their own), with counts by accreditation status",
        params: MeetingParams,
        querystring: Search,
        response: { 200: Type.Array(Delegation), ...errors },
      },
    },
    async (req) => listDelegations(ctx, requireActor(req), req.params.id, req.query.q),
  );

  app.post(
    "/meetings/:id/delegations",
    {
      schema: {
        tags,
        summary: "Add a delegation (ICD, registration managers); names default to the country's",
        params: MeetingParams,
        body: Type.Object(DelegationBody),
        response: { 201: DelegationDetail, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createDelegation(ctx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId",
    {
      schema: {
        tags,
        summary: "One delegation",
        params: DelegationParams,
        response: { 200: DelegationDetail, ...errors },
      },
    },
    async (req) => getDelegation(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.patch(
    "/meetings/:id/delegations/:delegationId",
    {
      schema: {
        tags,
        summary: "Edit a delegation (ICD, registration managers); send the version you read",
        params: DelegationParams,
        body: Type.Object({
          version: Version,
          country: DelegationBody.country,
          nameVi: DelegationBody.nameVi,
          nameEn: DelegationBody.nameEn,
          category: Type.Optional(DelegationBody.category),
          headDelegateId: DelegationBody.headDelegateId,
          contactName: DelegationBody.contactName,
          contactEmail: DelegationBody.contactEmail,
        }),
        response: { 200: DelegationDetail, ...errors },
      },
    },
    async (req) => updateDelegation(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body),
  );

  app.delete(
    "/meetings/:id/delegations/:delegationId",
    {
      schema: {
        tags,
        summary: "Delete a delegation without delegates (ICD, registration managers)",
        params: DelegationParams,
        querystring: VersionQuery,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteDelegation(ctx, requireActor(req), req.params.id, req.params.delegationId, req.query.version);
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------ delegates
  app.get(
    "/meetings/:id/delegates",
    {
      schema: {
        tags,
        summary:
          "Everyone registered for the meeting (host roles), in Vietnamese name order: q searches names, titles and " +
          `organisations ignoring diacritics; status, photo and delegationId filter. One page of at most ${DELEGATE_PAGE_MAX} ` +
          "(offset, limit); the X-Total-Count header counts every match",
        params: MeetingParams,
        querystring: Type.Object({ ...DelegateListFilters, delegationId: Type.Optional(Uuid) }),
        response: { 200: DelegatePage, ...errors },
      },
    },
    async (req, reply) => {
      const { delegates, total } = await searchMeetingDelegates(ctx, requireActor(req), req.params.id, req.query);
      reply.header("x-total-count", total);
      return delegates;
    },
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/delegates",
    {
      schema: {
        tags,
        summary:
          "A delegation's delegates in Vietnamese name order. Passport data and date of birth only for registration " +
          "managers, the ICD and the delegation's own contact; security officers get name, photo and delegation only. " +
          "q searches names, titles and organisations ignoring diacritics; status and photo filter. One page of at " +
          `most ${DELEGATE_PAGE_MAX} (offset, limit); the X-Total-Count header counts every match`,
        params: DelegationParams,
        querystring: Type.Object(DelegateListFilters),
        response: { 200: DelegatePage, ...errors },
      },
    },
    async (req, reply) => {
      const p = req.params;
      const { delegates, total } = await listDelegates(ctx, requireActor(req), p.id, p.delegationId, req.query);
      reply.header("x-total-count", total);
      return delegates;
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/delegates",
    {
      schema: {
        tags,
        summary: "Add a delegate (ICD, registration managers)",
        params: DelegationParams,
        body: Type.Object(DelegateBody),
        response: { 201: Delegate, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createDelegate(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/delegates/:delegateId",
    {
      schema: { tags, summary: "One delegate", params: DelegateParams, response: { 200: Delegate, ...errors } },
    },
    async (req) => getDelegate(ctx, requireActor(req), req.params.id, req.params.delegationId, req.params.delegateId),
  );

  app.patch(
    "/meetings/:id/delegations/:delegationId/delegates/:delegateId",
    {
      schema: {
        tags,
        summary:
          "Edit a delegate (ICD, registration managers); a change of identity fields sends an accredited delegate back to pending",
        params: DelegateParams,
        body: Type.Object({ ...DelegateBody, fullName: Type.Optional(Text(NAME_MAX)), version: Version }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) =>
      updateDelegate(ctx, requireActor(req), req.params.id, req.params.delegationId, req.params.delegateId, req.body),
  );

  app.delete(
    "/meetings/:id/delegations/:delegationId/delegates/:delegateId",
    {
      schema: {
        tags,
        summary: "Remove a delegate (ICD, registration managers)",
        params: DelegateParams,
        querystring: VersionQuery,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      await deleteDelegate(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, req.query.version);
      return { ok: true as const };
    },
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/delegates/:delegateId/photo",
    {
      schema: {
        tags,
        summary: "The delegate's photo (a JPEG of the badge's photo box), for anyone who may see the delegate",
        params: DelegateParams,
        response: { 200: Type.Unsafe({ type: "string", format: "binary" }), ...errors },
      },
    },
    async (req, reply) => {
      const p = req.params;
      const photo = await readDelegatePhoto(ctx, requireActor(req), p.id, p.delegationId, p.delegateId);
      return reply
        .type(photo.contentType)
        .header("cache-control", "no-store")
        .header("etag", `"${photo.etag}"`)
        .send(photo.bytes);
    },
  );

  app.put(
    "/meetings/:id/delegations/:delegationId/delegates/:delegateId/photo",
    {
      schema: {
        tags,
        summary: `Upload the delegate's photo as base64 (JPEG, PNG, WebP…, at most ${PHOTO_MAX_BYTES / 1024} KB; stored as the badge's JPEG)`,
        params: DelegateParams,
        body: Type.Object({ data: Type.String({ minLength: 1, maxLength: Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 8 }) }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      const bytes = Buffer.from(req.body.data.replace(/^data:[^,]*,/, ""), "base64");
      return uploadDelegatePhoto(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, bytes);
    },
  );
};
