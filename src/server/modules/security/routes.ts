import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, Ok, Version, errors } from "../../http/schemas.js";
import { sendFile } from "../../http/files.js";
import { Uuid } from "../../../shared/schemas/common.js";
import {
  ChecklistBody,
  IncidentBody,
  IncidentPatch,
  ItemBody,
  ItemPatch,
  ItemStatusBody,
  SecurityChecklist,
  SecurityIncident,
  SecurityItem,
  SecurityOverview,
} from "../../../shared/schemas/security.js";
import {
  EVIDENCE_PHOTO_MAX_BYTES,
  addItem,
  createChecklist,
  createIncident,
  deleteChecklist,
  deleteItem,
  deleteItemPhoto,
  getItemPhoto,
  getSecurity,
  listIncidents,
  putItemPhoto,
  setItemStatus,
  updateIncident,
  updateItem,
} from "./service.js";

const tags = ["security"];
const ChecklistParams = Type.Object({ id: Uuid, checklistId: Uuid });
const ItemParams = Type.Object({ id: Uuid, itemId: Uuid });
const IncidentParams = Type.Object({ id: Uuid, incidentId: Uuid });
const VersionQuery = Type.Object({ version: Version });
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });
const READERS = "Those who read security: the ICD, the meeting's security officers and committee members.";
const KEEPERS =
  "Those who keep security: the ICD, the meeting's security officers, the Security and Health sub-committee's head and deputy.";

/** Security checklists per venue and hotel, sign-off, incidents (issue 14, point 5). */
export const securityRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/security",
    {
      schema: {
        tags,
        summary: `Each venue's and hotel's security readiness, their checklists with items, the templates. ${READERS}`,
        params: IdParams,
        response: { 200: SecurityOverview, ...errors },
      },
    },
    async (req) => getSecurity(ctx, requireActor(req), req.params.id),
  );
  app.post(
    "/meetings/:id/security/checklists",
    {
      schema: {
        tags,
        summary: `Makes a checklist for a venue or hotel, from a template or by hand. ${KEEPERS} Audited.`,
        params: IdParams,
        body: ChecklistBody,
        response: { 200: SecurityChecklist, ...errors },
      },
    },
    async (req) => createChecklist(ctx, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    "/meetings/:id/security/checklists/:checklistId",
    {
      schema: {
        tags,
        summary: `Deletes a checklist and its items, with the version read. ${KEEPERS} Audited.`,
        params: ChecklistParams,
        querystring: VersionQuery,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteChecklist(ctx, requireActor(req), req.params.id, req.params.checklistId, req.query.version);
      return { ok: true as const };
    },
  );
  app.post(
    "/meetings/:id/security/checklists/:checklistId/items",
    {
      schema: {
        tags,
        summary: `Adds an item to a checklist (due time in the meeting's zone). ${KEEPERS} Audited.`,
        params: ChecklistParams,
        body: ItemBody,
        response: { 200: SecurityItem, ...errors },
      },
    },
    async (req) => addItem(ctx, requireActor(req), req.params.id, req.params.checklistId, req.body),
  );
  app.patch(
    "/meetings/:id/security/items/:itemId",
    {
      schema: {
        tags,
        summary: `Changes an item's text, responsible person, due time or evidence note (not once signed off). ${KEEPERS} Audited.`,
        params: ItemParams,
        body: ItemPatch,
        response: { 200: SecurityItem, ...errors },
      },
    },
    async (req) => updateItem(ctx, requireActor(req), req.params.id, req.params.itemId, req.body),
  );
  app.delete(
    "/meetings/:id/security/items/:itemId",
    {
      schema: {
        tags,
        summary: `Deletes an item that is not signed off, with the version read. ${KEEPERS} Audited.`,
        params: ItemParams,
        querystring: VersionQuery,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteItem(ctx, requireActor(req), req.params.id, req.params.itemId, req.query.version);
      return { ok: true as const };
    },
  );
  app.post(
    "/meetings/:id/security/items/:itemId/status",
    {
      schema: {
        tags,
        summary:
          "Marks an item done or open again (those who keep security), signs it off or undoes a sign-off (the " +
          "meeting's security officers only); evidence is needed first. Audited.",
        params: ItemParams,
        body: ItemStatusBody,
        response: { 200: SecurityItem, ...errors },
      },
    },
    async (req) => setItemStatus(ctx, requireActor(req), req.params.id, req.params.itemId, req.body),
  );
  app.put(
    "/meetings/:id/security/items/:itemId/photo",
    {
      schema: {
        tags,
        summary: `Attaches an evidence photo as base64 (JPEG or PNG by its content, at most ${EVIDENCE_PHOTO_MAX_BYTES / 1024 / 1024} MB), with the version read. ${KEEPERS} Audited.`,
        params: ItemParams,
        body: Type.Object(
          {
            data: Type.String({ minLength: 1, maxLength: Math.ceil((EVIDENCE_PHOTO_MAX_BYTES * 4) / 3) + 64 }),
            version: Version,
          },
          { additionalProperties: false },
        ),
        response: { 200: SecurityItem, ...errors },
      },
    },
    async (req) =>
      putItemPhoto(ctx, requireActor(req), req.params.id, req.params.itemId, {
        bytes: Buffer.from(req.body.data.replace(/^data:[^,]*,/, ""), "base64"),
        version: req.body.version,
      }),
  );
  app.get(
    "/meetings/:id/security/items/:itemId/photo",
    {
      schema: {
        tags,
        summary: `An item's evidence photo. ${READERS}`,
        params: ItemParams,
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => sendFile(reply, await getItemPhoto(ctx, requireActor(req), req.params.id, req.params.itemId)),
  );
  app.delete(
    "/meetings/:id/security/items/:itemId/photo",
    {
      schema: {
        tags,
        summary: `Removes an item's evidence photo, with the version read. ${KEEPERS} Audited.`,
        params: ItemParams,
        querystring: VersionQuery,
        response: { 200: SecurityItem, ...errors },
      },
    },
    async (req) => deleteItemPhoto(ctx, requireActor(req), req.params.id, req.params.itemId, req.query.version),
  );
  app.get(
    "/meetings/:id/security/incidents",
    {
      schema: {
        tags,
        summary: `The incident log, newest first. ${READERS}`,
        params: IdParams,
        response: { 200: Type.Array(SecurityIncident), ...errors },
      },
    },
    async (req) => listIncidents(ctx, requireActor(req), req.params.id),
  );
  app.post(
    "/meetings/:id/security/incidents",
    {
      schema: {
        tags,
        summary: `Logs an incident: time (in the meeting's zone, not in the future), place, what happened, action taken, reported by. ${KEEPERS} Audited.`,
        params: IdParams,
        body: IncidentBody,
        response: { 200: SecurityIncident, ...errors },
      },
    },
    async (req) => createIncident(ctx, requireActor(req), req.params.id, req.body),
  );
  app.patch(
    "/meetings/:id/security/incidents/:incidentId",
    {
      schema: {
        tags,
        summary: `Changes an incident, with the version read. ${KEEPERS} Audited.`,
        params: IncidentParams,
        body: IncidentPatch,
        response: { 200: SecurityIncident, ...errors },
      },
    },
    async (req) => updateIncident(ctx, requireActor(req), req.params.id, req.params.incidentId, req.body),
  );
};
