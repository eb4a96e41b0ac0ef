import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { sendFile } from "../../http/files.js";
import { IdParams, Ok, StringEnum, Version, errors } from "../../http/schemas.js";
import {
  HealthAttention,
  HealthDelegateParams,
  HealthEntry,
  HealthEntryBody,
  HealthEntryParams,
  HealthEntryPatch,
  HealthListQuery,
  HealthOptions,
  HealthScenario,
  HealthScenarioParams,
  HealthScenarioPatch,
} from "../../../shared/schemas/health.js";
import {
  createHealthEntry,
  delegateHealth,
  deleteHealthEntry,
  healthOptions,
  listAttention,
  listHealth,
  setHealthScenario,
  updateHealthEntry,
} from "./service.js";
import { exportHealth } from "./export.js";

const tags = ["health"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });
const only = "The meeting's health officers only; everyone else 403.";

/** The health log: health officers of the meeting only (issue 14, point 6). */
export const healthRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/health",
    {
      schema: {
        tags,
        summary: `The meeting's health log, newest first: q (a name, without diacritics), kind, delegateId, attention. ${only}`,
        params: IdParams,
        querystring: HealthListQuery,
        response: { 200: Type.Array(HealthEntry), ...errors },
      },
    },
    async (req) => listHealth(ctx, requireActor(req), req.params.id, req.query),
  );
  app.get(
    "/meetings/:id/health/options",
    {
      schema: {
        tags,
        summary: `What the health form needs: the epidemic scenarios, the meeting's delegates, its days and zone. ${only}`,
        params: IdParams,
        response: { 200: HealthOptions, ...errors },
      },
    },
    async (req) => healthOptions(ctx, requireActor(req), req.params.id),
  );
  app.get(
    "/meetings/:id/health/attention",
    {
      schema: {
        tags,
        summary:
          "The delegates the health officer shared as 'needs medical attention: yes' — names and the flag only, no " +
          "content. Whoever opens the meeting's logistics (ICD, committee members, registration managers, liaison " +
          "and security officers) and the health officers.",
        params: IdParams,
        response: { 200: Type.Array(HealthAttention), ...errors },
      },
    },
    async (req) => listAttention(ctx, requireActor(req), req.params.id),
  );
  app.get(
    "/meetings/:id/health.xlsx",
    {
      schema: {
        tags,
        summary: `The meeting's health log to Excel. ${only} Audited as a read of personal data.`,
        params: IdParams,
        querystring: Type.Object({ lang: Type.Optional(StringEnum(["vi", "en"] as const)) }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => sendFile(reply, await exportHealth(ctx, requireActor(req), req.params.id, req.query)),
  );
  app.post(
    "/meetings/:id/health",
    {
      schema: {
        tags,
        summary: `Adds an entry: a health event, or a screening while a scenario is active. ${only} Audited (ids and kind only).`,
        params: IdParams,
        body: HealthEntryBody,
        response: { 200: HealthEntry, ...errors },
      },
    },
    async (req) => createHealthEntry(ctx, requireActor(req), req.params.id, req.body),
  );
  app.patch(
    "/meetings/:id/health/:entryId",
    {
      schema: {
        tags,
        summary: `Changes an entry, with the version read. ${only} Audited (ids and kind only).`,
        params: HealthEntryParams,
        body: HealthEntryPatch,
        response: { 200: HealthEntry, ...errors },
      },
    },
    async (req) => updateHealthEntry(ctx, requireActor(req), req.params.id, req.params.entryId, req.body),
  );
  app.delete(
    "/meetings/:id/health/:entryId",
    {
      schema: {
        tags,
        summary: `Deletes an entry, with the version read. ${only} Audited (ids and kind only).`,
        params: HealthEntryParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteHealthEntry(ctx, requireActor(req), req.params.id, req.params.entryId, req.query.version);
      return { ok: true as const };
    },
  );
  app.patch(
    "/meetings/:id/health/scenarios/:scenarioId",
    {
      schema: {
        tags,
        summary: `Activates or deactivates an epidemic scenario, with the version read. ${only} Audited.`,
        params: HealthScenarioParams,
        body: HealthScenarioPatch,
        response: { 200: HealthScenario, ...errors },
      },
    },
    async (req) => setHealthScenario(ctx, requireActor(req), req.params.id, req.params.scenarioId, req.body),
  );
  app.get(
    "/meetings/:id/delegates/:delegateId/health",
    {
      schema: {
        tags,
        summary: `One delegate's health log, newest first. ${only} The read is recorded in the audit trail.`,
        params: HealthDelegateParams,
        response: { 200: Type.Array(HealthEntry), ...errors },
      },
    },
    async (req) => delegateHealth(ctx, requireActor(req), req.params.id, req.params.delegateId),
  );
};
