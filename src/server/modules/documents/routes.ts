import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Int, Offset, StringEnum, errors } from "../../http/schemas.js";
import { IssuedDocument, documentIssuers } from "../../../shared/schemas/documents.js";
import { REGISTER_PAGE_MAX, listRegister } from "./service.js";

const tags = ["documents"];

export const documentsRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/documents/register",
    {
      schema: {
        tags,
        summary:
          "One issuer's numbering register for a year (this year in Hanoi unless given), numbers ascending: ICD " +
          "officers and administrators; the personnel officer for PERSONNEL. One page of at most " +
          `${REGISTER_PAGE_MAX} (offset, limit); X-Total-Count counts the year's numbers`,
        querystring: Type.Object({
          issuer: StringEnum(documentIssuers),
          year: Type.Optional(Int({ minimum: 2000, maximum: 2200 })),
          offset: Type.Optional(Offset),
          limit: Type.Optional(Int({ minimum: 1, maximum: REGISTER_PAGE_MAX })),
        }),
        response: {
          200: Type.Array(IssuedDocument, {
            headers: { "X-Total-Count": { type: "integer", description: "How many numbers the year's register has" } },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { items, total } = await listRegister(ctx, requireActor(req), req.query);
      reply.header("x-total-count", total);
      return items;
    },
  );
};
