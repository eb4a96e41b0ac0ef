import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Nullable, Ok, StringEnum, Uuid, errors } from "../../http/schemas.js";
import { listOutbox, resendMailLink, revokeMailLink } from "./service.js";

const Mail = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  /** The text with any link replaced by "[link hidden]": the outbox never hands out a live token. */
  text: Type.String(),
  status: Type.String(),
  topic: Type.String(),
  error: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
  /** For a message that carried a registration or invitation link: whether it still works, and what may be done. */
  link: Nullable(
    Type.Object({
      kind: StringEnum(["registration_link", "invitation"] as const),
      state: StringEnum(["active", "expired", "revoked", "used"] as const),
      canResend: Type.Boolean(),
      canRevoke: Type.Boolean(),
    }),
  ),
});

export const mailRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/mail",
    {
      schema: {
        tags: ["mail"],
        summary: "Messages Focal has sent or holds in the outbox, without their links (administrators)",
        response: { 200: Type.Object({ mode: Type.String(), messages: Type.Array(Mail) }), ...errors },
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
