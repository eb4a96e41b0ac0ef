import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Nullable, StringEnum, errors } from "../../http/schemas.js";
import { inboxKinds } from "../../../shared/inbox.js";
import { homeInbox } from "./service.js";

const InboxItem = Type.Object({
  kind: StringEnum(inboxKinds),
  count: Type.Integer({ minimum: 0 }),
  link: Type.String({ description: "the web path of the filtered list" }),
  scopeVi: Type.String(),
  scopeEn: Type.String(),
  deadline: Nullable(Type.String({ description: "a registration deadline, ISO 8601 with offset" })),
  year: Nullable(Type.Integer({ description: "a reporting year" })),
});

export const homeRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/home",
    {
      schema: {
        tags: ["home"],
        summary: "What waits for the signed-in person: counts and links, each checked by its module's policy",
        response: { 200: Type.Object({ items: Type.Array(InboxItem) }), ...errors },
      },
    },
    async (req) => ({ items: await homeInbox(ctx, requireActor(req)) }),
  );
};
