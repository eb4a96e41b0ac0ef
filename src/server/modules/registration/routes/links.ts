/**
 * Registration links: the host's overview, sending and withdrawing links, and opening one (public). Registered by
 * ../routes.ts.
 */
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { CSRF_COOKIE, SESSION_COOKIE, requireActor } from "../../../http/plugin.js";
import { ErrorBody, Nullable, Uuid, errors } from "../../../http/schemas.js";
import { NAME_MAX } from "../../../../shared/text.js";
import { getMe } from "../../people/service.js";
import { DelegationParams } from "../../meetings/api-schemas.js";
import { OptText } from "../../../../shared/schemas/common.js";
import { LINK_MAX_DAYS, createLink, listLinks, meetingRegistrationOverview, openLink, revokeLink } from "../links.js";
import { Lang, Link, MeetingRow, Version, tags } from "./schemas.js";

export const linkRoutes: RoutesFn = (app, ctx) => {
  // ------------------------------------------------------------ links (host) and opening one (public)
  app.get(
    "/meetings/:id/registration",
    {
      schema: {
        tags,
        summary:
          "Registration at a glance for the host: every delegation with its latest link, submissions and open proposals",
        params: Type.Object({ id: Uuid }),
        response: { 200: Type.Array(MeetingRow), ...errors },
      },
    },
    async (req) => meetingRegistrationOverview(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/invitations",
    {
      schema: {
        tags,
        summary:
          "The registration links sent to the delegation's contact, newest first, with the e-mail as sent (host)",
        params: DelegationParams,
        response: { 200: Type.Array(Link), ...errors },
      },
    },
    async (req) => listLinks(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/invitations",
    {
      schema: {
        tags,
        summary:
          "Invite the delegation's contact: e-mails a personal link (SMTP, or the outbox without it). E-mail and name default to the delegation's contact; an earlier active link to the same address is withdrawn",
        params: DelegationParams,
        body: Type.Object({
          email: Type.Optional(
            Nullable(Type.Union([Type.String({ format: "email", maxLength: 320 }), Type.Literal("")])),
          ),
          name: OptText(NAME_MAX),
          language: Type.Optional(Lang),
          days: Type.Optional(
            Type.Integer({ minimum: 1, maximum: LINK_MAX_DAYS, description: "Days the link works (default 30)" }),
          ),
        }),
        response: { 201: Type.Object({ link: Link, url: Type.String() }), ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createLink(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/invitations/:linkId/revoke",
    {
      schema: {
        tags,
        summary: "Withdraw a registration link: it stops working and the access it gave is taken back (host)",
        params: Type.Object({ id: Uuid, delegationId: Uuid, linkId: Uuid }),
        body: Type.Object({ version: Version }),
        response: { 200: Link, ...errors },
      },
    },
    async (req) =>
      revokeLink(ctx, requireActor(req), req.params.id, req.params.delegationId, req.params.linkId, req.body.version),
  );

  app.post(
    "/registration/links/open",
    {
      config: { auth: "public" },
      schema: {
        tags,
        summary:
          "Open a registration link: signs the delegation's contact in (session cookie) without a password. Unknown → 400, expired or withdrawn → 410",
        security: [],
        body: Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) }),
        response: {
          200: Type.Object({
            meetingId: Type.String(),
            delegationId: Type.String(),
            csrfToken: Type.String(),
            language: Lang,
          }),
          400: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          410: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const res = await openLink(ctx, req.body.token, req.headers["user-agent"] ?? null);
      // The same cookies as a sign-in (modules/auth/routes.ts).
      const opts = {
        path: "/",
        sameSite: "lax" as const,
        secure: ctx.config.secureCookies,
        expires: res.session.expiresAt,
      };
      reply.setCookie(SESSION_COOKIE, res.session.token, { ...opts, httpOnly: true });
      reply.setCookie(CSRF_COOKIE, res.session.csrfToken, { ...opts, httpOnly: false });
      const me = await getMe(ctx, res.session.userId);
      return {
        meetingId: res.meetingId,
        delegationId: res.delegationId,
        csrfToken: res.session.csrfToken,
        language: me.language,
      };
    },
  );
};
