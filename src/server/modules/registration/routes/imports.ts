/**
 * Bulk upload: the template, uploading a filled-in sheet, fixing its rows, storing or abandoning it. Registered by
 * ../routes.ts.
 */
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { Uuid, errors } from "../../../http/schemas.js";
import { PHOTO_MAX_BYTES } from "../../meetings/delegates.js";
import { DelegationParams } from "../../meetings/api-schemas.js";
import {
  IMPORT_MAX_FILE_BYTES,
  IMPORT_MAX_PHOTOS,
  commitImport,
  discardImport,
  downloadTemplate,
  editImportRow,
  getImport,
  listImports,
  startImport,
} from "../imports.js";
import { Binary, Import, ImportParams, RowValues, Version, VersionQuery, base64, tags } from "./schemas.js";

export const importRoutes: RoutesFn = (app, ctx) => {
  // ------------------------------------------------------------ bulk upload
  for (const format of ["xlsx", "csv"] as const) {
    app.get(
      `/meetings/:id/delegations/:delegationId/registration/template.${format}`,
      {
        schema: {
          tags,
          summary:
            format === "xlsx"
              ? "The meeting's spreadsheet template for this delegation: English headers, Vietnamese second row, drop-down lists, instructions"
              : "The same template as CSV (UTF-8, a header row in English and one in Vietnamese)",
          params: DelegationParams,
          response: { 200: Binary, ...errors },
        },
      },
      async (req, reply) => {
        const f = await downloadTemplate(ctx, requireActor(req), req.params.id, req.params.delegationId, format);
        return reply
          .type(f.contentType)
          .header("content-disposition", `attachment; filename="${f.name}"`)
          .header("cache-control", "no-store")
          .send(f.bytes);
      },
    );
  }

  app.get(
    "/meetings/:id/delegations/:delegationId/imports",
    {
      schema: {
        tags,
        summary: "The delegation's recent uploads, without their rows",
        params: DelegationParams,
        response: { 200: Type.Array(Import), ...errors },
      },
    },
    async (req) => listImports(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/imports",
    {
      // The file and its photos travel as base64 in JSON: a larger limit than the API's default.
      bodyLimit: Math.ceil(((IMPORT_MAX_FILE_BYTES + 60 * 1024 * 1024) * 4) / 3),
      schema: {
        tags,
        summary:
          "Upload a filled-in template (xlsx or CSV, base64) with the photos its Photo column names. Answers 202 at once; poll the upload for progress. Nothing is stored until it is confirmed",
        params: DelegationParams,
        body: Type.Object({
          fileName: Type.String({ minLength: 1, maxLength: 255 }),
          data: base64(IMPORT_MAX_FILE_BYTES),
          photos: Type.Optional(
            Type.Array(
              Type.Object({ name: Type.String({ minLength: 1, maxLength: 255 }), data: base64(PHOTO_MAX_BYTES * 3) }),
              { maxItems: IMPORT_MAX_PHOTOS },
            ),
          ),
        }),
        response: { 202: Import, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(await startImport(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/imports/:importId",
    {
      schema: {
        tags,
        summary: "An upload: progress while it is checked, then every row with its problems",
        params: ImportParams,
        response: { 200: Import, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return getImport(ctx, requireActor(req), p.id, p.delegationId, p.importId);
    },
  );

  app.patch(
    "/meetings/:id/delegations/:delegationId/imports/:importId/rows/:row",
    {
      schema: {
        tags,
        summary:
          "Fix a row's cells (as typed in the sheet) or sessions, or drop / restore it; the row is checked again",
        params: Type.Object({ id: Uuid, delegationId: Uuid, importId: Uuid, row: Type.Integer({ minimum: 1 }) }),
        body: Type.Object({
          version: Version,
          values: Type.Optional(RowValues),
          sessionIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
          dropped: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Import, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return editImportRow(ctx, requireActor(req), p.id, p.delegationId, p.importId, p.row, req.body);
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/imports/:importId/commit",
    {
      schema: {
        tags,
        summary:
          "Store the upload: all rows not dropped in one transaction, only when none has a problem (400 IMPORT_HAS_PROBLEMS lists them; nothing is stored)",
        params: ImportParams,
        body: Type.Object({ version: Version }),
        response: { 200: Type.Object({ ...Import.properties, created: Type.Integer() }), ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return commitImport(ctx, requireActor(req), p.id, p.delegationId, p.importId, req.body.version);
    },
  );

  app.delete(
    "/meetings/:id/delegations/:delegationId/imports/:importId",
    {
      schema: {
        tags,
        summary: "Abandon an upload; nothing of it is stored",
        params: ImportParams,
        querystring: VersionQuery,
        response: { 200: Import, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return discardImport(ctx, requireActor(req), p.id, p.delegationId, p.importId, req.query.version);
    },
  );
};
