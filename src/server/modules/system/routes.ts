import { Type } from "typebox";
import { sql } from "drizzle-orm";
import type { RoutesFn } from "../../context.js";
import { queryRows } from "../../db/client.js";

const Health = Type.Object({
  status: Type.Literal("ok"),
  database: Type.Union([Type.Literal("pglite"), Type.Literal("postgres")]),
  migration: Type.Union([Type.String(), Type.Null()]),
  mail: Type.Union([Type.Literal("smtp"), Type.Literal("outbox")]),
  version: Type.String(),
});

export const systemRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/health",
    {
      config: { auth: "public" },
      schema: { tags: ["system"], summary: "Liveness, database kind and migration version", response: { 200: Health } },
    },
    async () => {
      const [row] = await queryRows<{ hash: string; created_at: string | number }>(
        ctx.db,
        sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
      );
      return {
        status: "ok" as const,
        database: ctx.database.kind,
        migration: row ? String(row.created_at) : null,
        mail: ctx.mailer.mode,
        version: "0.1.0",
      };
    },
  );
};
