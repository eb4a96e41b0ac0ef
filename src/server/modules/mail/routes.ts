import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Ok, Uuid, errors } from "../../http/schemas.js";
import { Outbox } from "../../../shared/schemas/mail.js";
import { listOutbox, resendMailLink, revokeMailLink } from "./service.js";

export const mailRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/mail",
    {
      schema: {
        tags: ["mail"],
        summary: "Messages Focal has sent or holds in the outbox, without their links (administrators)",
        response: { 200: Outbox, ...errors },
      },
    },
    async (req) => listOutbox(ctx, requireActor(req), req.lang),
  );

  app.post(
    "/mail/:id/revoke",
    {
      schema: {
        tags: ["mail"],
        summary: "Withdraw the registration or invitation link a message carried (administrators)",
        params: Type.Object({ id: Uuid }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await revokeMailLink(ctx, requireActor(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    "/mail/:id/resend",
    {
      schema: {
        tags: ["mail"],
        summary:
          "Send the same person a fresh link; the old one stops working (administrators). Never returns the link",
        params: Type.Object({ id: Uuid }),
        response: { 200: Type.Object({ mailId: Type.String() }), ...errors },
      },
    },
    async (req) => resendMailLink(ctx, requireActor(req), req.params.id),
  );
};
