import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { sendFile } from "../../../http/files.js";
import { requireActor } from "../../../http/plugin.js";
import { StringEnum, Uuid, Version, errors } from "../../../http/schemas.js";
import { CueBody, CuePatchBody, CueReorderBody, Script } from "../../../../shared/schemas/committee.js";
import { createCue, deleteCue, getScript, reorderCues, updateCue } from "../scripts.js";
import { scriptPdf } from "../scriptPdf.js";

const tags = ["committee"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });
const SessionParams = Type.Object({ id: Uuid, sessionId: Uuid });
const CueParams = Type.Object({ id: Uuid, sessionId: Uuid, cueId: Uuid });

/** The detailed script of a session (issue 13, point 4): cues, warnings, the PDF and what changed since it. */
export const scriptRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/sessions/:sessionId/script",
    {
      schema: {
        tags,
        summary:
          "A session's detailed script: its cues in order, warnings (overlaps, outside the slot, total), what changed since the last print",
        params: SessionParams,
        response: { 200: Script, ...errors },
      },
    },
    async (req) => getScript(ctx, requireActor(req), req.params.id, req.params.sessionId),
  );

  app.post(
    "/meetings/:id/sessions/:sessionId/script/cues",
    {
      schema: {
        tags,
        summary: "Adds a cue at the end of the script (editScripts). Audited; returns the script.",
        params: SessionParams,
        body: CueBody,
        response: { 200: Script, ...errors },
      },
    },
    async (req) => createCue(ctx, requireActor(req), req.params.id, req.params.sessionId, req.body),
  );

  app.patch(
    "/meetings/:id/sessions/:sessionId/script/cues/:cueId",
    {
      schema: {
        tags,
        summary: "Changes a cue with the version read (editScripts). Audited; returns the script.",
        params: CueParams,
        body: CuePatchBody,
        response: { 200: Script, ...errors },
      },
    },
    async (req) => updateCue(ctx, requireActor(req), req.params.id, req.params.sessionId, req.params.cueId, req.body),
  );

  app.delete(
    "/meetings/:id/sessions/:sessionId/script/cues/:cueId",
    {
      schema: {
        tags,
        summary: "Deletes a cue with the version read (editScripts). Audited; returns the script.",
        params: CueParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Script, ...errors },
      },
    },
    async (req) =>
      deleteCue(ctx, requireActor(req), req.params.id, req.params.sessionId, req.params.cueId, req.query.version),
  );

  app.put(
    "/meetings/:id/sessions/:sessionId/script/order",
    {
      schema: {
        tags,
        summary: "Puts the cues in the order given (every cue once; else 409). Audited; returns the script.",
        params: SessionParams,
        body: CueReorderBody,
        response: { 200: Script, ...errors },
      },
    },
    async (req) => reorderCues(ctx, requireActor(req), req.params.id, req.params.sessionId, req.body),
  );

  app.get(
    "/meetings/:id/sessions/:sessionId/script.pdf",
    {
      schema: {
        tags,
        summary: "The script as a PDF in Vietnamese or English; each print is recorded (revision n). Audited.",
        params: SessionParams,
        querystring: Type.Object({
          lang: Type.Optional(StringEnum(["vi", "en"] as const, { description: "The user's own by default" })),
        }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return sendFile(
        reply,
        await scriptPdf(ctx, actor, req.params.id, req.params.sessionId, req.query.lang ?? actor.language),
      );
    },
  );
};
