import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { ensure, isAdmin } from "../../auth/actor.js";
import { Nullable, errors } from "../../http/schemas.js";
import { recentMail } from "./repo.js";

const Mail = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  status: Type.String(),
  topic: Type.String(),
  error: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
});

export const mailRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/mail",
    {
      schema: {
        tags: ["mail"],
        summary: "Messages Focal has sent or holds in the outbox (administrators)",
        response: { 200: Type.Object({ mode: Type.String(), messages: Type.Array(Mail) }), ...errors },
      },
    },
    async (req) => {
      ensure(isAdmin(requireActor(req)));
      const rows = await recentMail(ctx.db, 200);
      return {
        mode: ctx.mailer.mode,
        messages: rows.map((m) => ({
          ...m,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
      };
    },
  );
};
