import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { ensure, isAdmin } from "../../auth/actor.js";
import { Nullable, Uuid, errors } from "../../http/schemas.js";
import { auditEntityLabels, listAudit } from "./service.js";

const Entry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  entityLabel: Nullable(Type.String({ description: "The record's name, in the caller's language where it has two" })),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export const auditRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "The audit trail, newest first (administrators). Filter by entity and id for a record's history.",
        querystring: Type.Object({
          entity: Type.Optional(Type.String({ maxLength: 60 })),
          entityId: Type.Optional(Type.String({ maxLength: 100 })),
          actorId: Type.Optional(Uuid),
          beforeId: Type.Optional(Type.Integer({ minimum: 1 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
        }),
        response: { 200: Type.Array(Entry), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      ensure(isAdmin(actor));
      const rows = await listAudit(ctx.db, { ...req.query, limit: req.query.limit ?? 50 });
      const labels = await auditEntityLabels(ctx.db, rows, actor.language);
      return rows.map((r, i) => ({ ...r, at: r.at.toISOString(), entityLabel: labels[i] ?? null }));
    },
  );
};
