import { sendFile } from "../../http/files.js";
import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { StringEnum, Uuid, errors } from "../../http/schemas.js";
import { exportInfoPack, exportParticipants, exportProgrammeIcs, exportProgrammePdf } from "./service.js";

const tags = ["exports"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });
const Lang = Type.Optional(
  StringEnum(["vi", "en"] as const, { description: "Language of the file; the user's own by default" }),
);

export const exportsRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/programme.ics",
    {
      schema: {
        tags,
        summary: "The programme as iCalendar: one event per session, in the meeting's time zone (TZID with VTIMEZONE)",
        params: Type.Object({ id: Uuid }),
        querystring: Type.Object({ lang: Lang }),
        response: { 200: Type.String({ description: "text/calendar" }), ...errors },
      },
    },
    async (req, reply) =>
      sendFile(reply, await exportProgrammeIcs(ctx, requireActor(req), req.params.id, req.query.lang)),
  );

  app.get(
    "/meetings/:id/programme.pdf",
    {
      schema: {
        tags,
        summary: "The programme by day as a bilingual PDF",
        params: Type.Object({ id: Uuid }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => sendFile(reply, await exportProgrammePdf(ctx, requireActor(req), req.params.id)),
  );

  app.get(
    "/meetings/:id/participants.xlsx",
    {
      schema: {
        tags,
        summary:
          "Participants to Excel: all, one delegation (delegationId) or one session (sessionId); personal=true adds contact and travel columns, and passport columns for the full view. Audited.",
        params: Type.Object({ id: Uuid }),
        querystring: Type.Object({
          delegationId: Type.Optional(Uuid),
          sessionId: Type.Optional(Uuid),
          personal: Type.Optional(Type.Boolean()),
          lang: Lang,
        }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => sendFile(reply, await exportParticipants(ctx, requireActor(req), req.params.id, req.query)),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/information-pack.pdf",
    {
      schema: {
        tags,
        summary:
          "A delegation's information pack (programme, members and their sessions, hotel and transfers). Audited.",
        params: Type.Object({ id: Uuid, delegationId: Uuid }),
        querystring: Type.Object({ lang: Lang }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await exportInfoPack(ctx, requireActor(req), req.params.id, req.params.delegationId, req.query.lang),
      ),
  );
};
