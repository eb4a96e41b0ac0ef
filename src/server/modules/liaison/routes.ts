import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, Ok, Version, errors } from "../../http/schemas.js";
import {
  AssignBody,
  AttendanceBody,
  DelegationContacts,
  DelegationContactsParams,
  Liaison,
  LiaisonOfficer,
  LiaisonQuery,
  LiaisonTraining,
  MyLiaison,
  NoticeBody,
  NoticeResult,
  OfficerBody,
  OfficerParams,
  OfficerPatch,
  SuggestBody,
  Suggestion,
  TrainingBody,
  TrainingParams,
  TrainingPatch,
} from "../../../shared/schemas/liaison.js";
import {
  assign,
  createOfficer,
  createTraining,
  delegationContacts,
  deleteOfficer,
  deleteTraining,
  getLiaison,
  myLiaison,
  setAttendance,
  suggest,
  updateOfficer,
  updateTraining,
} from "./liaison.js";
import { sendNoticesNow } from "./notices.js";

const tags = ["liaison"];
const KEEPERS = "The ICD and the heads and deputies of the Protocol, Logistics and Communications sub-committee.";

/** Liaison officers and volunteers: roster, languages, trainings, assignments, notices (issue 14, point 1). */
export const liaisonRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/liaison",
    {
      schema: {
        tags,
        summary:
          "The liaison roster (officers with languages, availability and trainings; q searches without diacritics), " +
          "the trainings, the assignments and the delegations with their officer and notice. Logistics readers: the " +
          "ICD, the meeting's committee members and registration managers.",
        params: IdParams,
        querystring: LiaisonQuery,
        response: { 200: Liaison, ...errors },
      },
    },
    async (req) => getLiaison(ctx, requireActor(req), req.params.id, req.query.q),
  );
  app.get(
    "/meetings/:id/liaison/mine",
    {
      schema: {
        tags,
        summary:
          "The caller's own liaison page: the delegations assigned to them with the head's and delegates' contacts, " +
          "flights and hotel (never passport data nor birth dates). The meeting's liaison officers.",
        params: IdParams,
        response: { 200: MyLiaison, ...errors },
      },
    },
    async (req) => myLiaison(ctx, requireActor(req), req.params.id),
  );
  app.get(
    "/meetings/:id/liaison/delegations/:delegationId",
    {
      schema: {
        tags,
        summary:
          "One delegation's contacts and its liaison officer's: logistics readers for any delegation; a liaison " +
          "officer only for a delegation assigned to them (403 otherwise). No passport data.",
        params: DelegationContactsParams,
        response: { 200: DelegationContacts, ...errors },
      },
    },
    async (req) => delegationContacts(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );
  app.post(
    "/meetings/:id/liaison/officers",
    {
      schema: {
        tags,
        summary: `Adds a liaison officer or volunteer to the roster. ${KEEPERS} Audited.`,
        params: IdParams,
        body: OfficerBody,
        response: { 200: LiaisonOfficer, ...errors },
      },
    },
    async (req) => createOfficer(ctx, requireActor(req), req.params.id, req.body),
  );
  app.patch(
    "/meetings/:id/liaison/officers/:officerId",
    {
      schema: {
        tags,
        summary: `Changes an officer, with the version read (an availability that leaves an assigned delegation's arrival day uncovered is refused). ${KEEPERS} Audited.`,
        params: OfficerParams,
        body: OfficerPatch,
        response: { 200: LiaisonOfficer, ...errors },
      },
    },
    async (req) => updateOfficer(ctx, requireActor(req), req.params.id, req.params.officerId, req.body),
  );
  app.delete(
    "/meetings/:id/liaison/officers/:officerId",
    {
      schema: {
        tags,
        summary: `Deletes an officer who accompanies no delegation, with the version read. ${KEEPERS} Audited.`,
        params: OfficerParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteOfficer(ctx, requireActor(req), req.params.id, req.params.officerId, req.query.version);
      return { ok: true as const };
    },
  );
  app.post(
    "/meetings/:id/liaison/trainings",
    {
      schema: {
        tags,
        summary: `Schedules a training (times in the meeting's zone). ${KEEPERS} Audited.`,
        params: IdParams,
        body: TrainingBody,
        response: { 200: LiaisonTraining, ...errors },
      },
    },
    async (req) => createTraining(ctx, requireActor(req), req.params.id, req.body),
  );
  app.patch(
    "/meetings/:id/liaison/trainings/:trainingId",
    {
      schema: {
        tags,
        summary: `Changes a training, with the version read. ${KEEPERS} Audited.`,
        params: TrainingParams,
        body: TrainingPatch,
        response: { 200: LiaisonTraining, ...errors },
      },
    },
    async (req) => updateTraining(ctx, requireActor(req), req.params.id, req.params.trainingId, req.body),
  );
  app.delete(
    "/meetings/:id/liaison/trainings/:trainingId",
    {
      schema: {
        tags,
        summary: `Deletes a training and its attendance, with the version read. ${KEEPERS} Audited.`,
        params: TrainingParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteTraining(ctx, requireActor(req), req.params.id, req.params.trainingId, req.query.version);
      return { ok: true as const };
    },
  );
  app.put(
    "/meetings/:id/liaison/trainings/:trainingId/attendance",
    {
      schema: {
        tags,
        summary: `Replaces who is invited to a training and who attended, with the training's version. ${KEEPERS} Audited.`,
        params: TrainingParams,
        body: AttendanceBody,
        response: { 200: LiaisonTraining, ...errors },
      },
    },
    async (req) => setAttendance(ctx, requireActor(req), req.params.id, req.params.trainingId, req.body),
  );
  app.post(
    "/meetings/:id/liaison/suggest",
    {
      schema: {
        tags,
        summary:
          "Proposed assignments (writes nothing): for each delegation without an officer (all: every delegation), " +
          "the officer who speaks its official language (English counts for all), least loaded, available on its " +
          `arrival day. ${KEEPERS}`,
        params: IdParams,
        body: SuggestBody,
        response: { 200: Suggestion, ...errors },
      },
    },
    async (req) => suggest(ctx, requireActor(req), req.params.id, req.body.all ?? false),
  );
  app.put(
    "/meetings/:id/liaison/assignments",
    {
      schema: {
        tags,
        summary:
          "Sets or clears delegations' liaison officers (accepted proposals or by hand), all or nothing; an officer " +
          `unavailable on the delegation's arrival day is refused. ${KEEPERS} Audited.`,
        params: IdParams,
        body: AssignBody,
        response: { 200: Liaison, ...errors },
      },
    },
    async (req) => assign(ctx, requireActor(req), req.params.id, req.body),
  );
  app.post(
    "/meetings/:id/liaison/notices",
    {
      schema: {
        tags,
        summary:
          "Sends now, in English, the liaison officer's name and phone to the contact of one delegation (or of every " +
          `assigned delegation not yet told of their officer); recorded and audited. ${KEEPERS}`,
        params: IdParams,
        body: NoticeBody,
        response: { 200: NoticeResult, ...errors },
      },
    },
    async (req) => sendNoticesNow(ctx, requireActor(req), req.params.id, req.body.delegationId),
  );
};
