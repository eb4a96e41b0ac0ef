import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { StringEnum, errors } from "../../http/schemas.js";
import { attachment } from "../../lib/pdf.js";
import { listBackups, openBackup, takeBackup } from "./service.js";

const tags = ["backups"];
const Backup = Type.Object({
  name: Type.String(),
  size: Type.Integer({ description: "Bytes" }),
  createdAt: Type.String(),
});
const Binary = Type.Unsafe<NodeJS.ReadableStream>({ type: "string", format: "binary" });

export const backupsRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/backups",
    {
      schema: {
        tags,
        summary:
          "The backup files, newest first (administrators). engine 'postgres': Focal runs on PostgreSQL and is backed " +
          "up with pg_dump, not from here",
        response: {
          200: Type.Object({ engine: StringEnum(["pglite", "postgres"] as const), items: Type.Array(Backup) }),
          ...errors,
        },
      },
    },
    async (req) => listBackups(ctx, requireActor(req)),
  );

  app.post(
    "/backups",
    {
      schema: {
        tags,
        summary: "Take a backup now (administrators; embedded database only); audited",
        response: { 201: Backup, ...errors },
      },
    },
    async (req, reply) => {
      const made = await takeBackup(ctx, requireActor(req));
      reply.code(201);
      return made;
    },
  );

  app.get(
    "/backups/:name",
    {
      schema: {
        tags,
        summary: "Download one backup file (a gzip tar of the data directory; administrators); audited",
        params: Type.Object({ name: Type.String({ minLength: 1, maxLength: 220 }) }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => {
      const file = await openBackup(ctx, requireActor(req), req.params.name);
      return reply
        .header("content-type", file.name.endsWith(".gz") ? "application/gzip" : "application/x-tar")
        .header("content-length", file.size)
        .header("content-disposition", attachment(file.name))
        .header("cache-control", "no-store")
        .send(file.stream);
    },
  );
};
