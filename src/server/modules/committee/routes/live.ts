import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { Uuid, errors } from "../../../http/schemas.js";
import { CueMarkBody, LiveRevision, LiveView, Script } from "../../../../shared/schemas/committee.js";
import { liveRevision, liveView, markCue } from "../live.js";

const tags = ["committee"];

/** The live "now / next" view (issue 13, point 6). */
export const liveRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/live",
    {
      schema: {
        tags,
        summary: "The live view's frame: the meeting's sessions and rooms, the live revision and the time now",
        params: Type.Object({ id: Uuid }),
        response: { 200: LiveView, ...errors },
      },
    },
    async (req) => liveView(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/meetings/:id/live/revision",
    {
      schema: {
        tags,
        summary: "The meeting's live revision (bumped by every cue change): open pages poll it every two seconds",
        params: Type.Object({ id: Uuid }),
        response: { 200: LiveRevision, ...errors },
      },
    },
    async (req, reply) => {
      reply.header("cache-control", "no-store");
      return liveRevision(ctx, requireActor(req), req.params.id);
    },
  );

  app.post(
    "/meetings/:id/sessions/:sessionId/script/cues/:cueId/mark",
    {
      schema: {
        tags,
        summary:
          "Marks a cue done, delayed (with minutes) or pending (cueLive: the ICD, heads and deputies, the member responsible). Audited; bumps the live revision.",
        params: Type.Object({ id: Uuid, sessionId: Uuid, cueId: Uuid }),
        body: CueMarkBody,
        response: { 200: Script, ...errors },
      },
    },
    async (req) => markCue(ctx, requireActor(req), req.params.id, req.params.sessionId, req.params.cueId, req.body),
  );
};
