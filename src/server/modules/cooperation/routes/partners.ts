import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { IdParams, errors } from "../../../http/schemas.js";
import { Partner, PartnerBody, PartnerListQuery, PartnerPatch } from "../../../../shared/schemas/cooperation.js";
import { createPartner, getPartner, listPartners, updatePartner } from "../partners.js";

const tags = ["cooperation"];

export const partnerRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/cooperation/partners",
    {
      schema: {
        tags,
        summary:
          "The partner directory: q searches names and short names without diacritics; country (ISO alpha-3), kind; " +
          "only active partners unless all=true",
        querystring: PartnerListQuery,
        response: {
          200: Type.Array(Partner, {
            headers: { "X-Total-Count": { type: "integer", description: "Partners matching, on every page" } },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { partners, total } = await listPartners(ctx, requireActor(req), req.query);
      reply.header("x-total-count", total);
      return partners;
    },
  );

  app.post(
    "/cooperation/partners",
    {
      schema: {
        tags,
        summary: "Adds a partner (ICD officers). Audited.",
        body: PartnerBody,
        response: { 200: Partner, ...errors },
      },
    },
    async (req) => createPartner(ctx, requireActor(req), req.body),
  );

  app.get(
    "/cooperation/partners/:id",
    { schema: { tags, summary: "One partner", params: IdParams, response: { 200: Partner, ...errors } } },
    async (req) => getPartner(ctx, requireActor(req), req.params.id),
  );

  app.patch(
    "/cooperation/partners/:id",
    {
      schema: {
        tags,
        summary: "Changes a partner (ICD officers), with the version read. Audited.",
        params: IdParams,
        body: PartnerPatch,
        response: { 200: Partner, ...errors },
      },
    },
    async (req) => updatePartner(ctx, requireActor(req), req.params.id, req.body),
  );
};
