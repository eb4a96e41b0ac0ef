import { Type } from "typebox";
import type { Ctx, RoutesFn } from "../../context.js";
import { CSRF_COOKIE, SESSION_COOKIE, requireActor } from "../../http/plugin.js";
import { ErrorBody, Nullable, Ok, StringEnum, errors } from "../../http/schemas.js";
import { AppError } from "../../http/errors.js";
import { login, logout } from "./service.js";
import { acceptInvitation, getMe, updateMe } from "../people/service.js";
import { roles } from "../../../shared/roles.js";
import { MeetingsPermissions } from "../../../shared/schemas/meetings.js";
import { meetingsPermissions } from "../meetings/policy.js";
import { authCaches } from "./cache.js";
import { keys } from "../../db/notify.js";

const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  title: Nullable(Type.String()),
  language: Type.Union([Type.Literal("vi"), Type.Literal("en")]),
  unit: Nullable(Type.Object({ id: Type.String(), nameVi: Type.String(), nameEn: Type.String() })),
  grants: Type.Array(
    Type.Object({
      id: Type.String(),
      role: StringEnum(roles),
      scopeKind: Type.String(),
      scopeId: Nullable(Type.String()),
      scopeLabel: Nullable(Type.String()),
    }),
  ),
  nav: Type.Array(Type.String()),
  permissions: Type.Object(
    { meetings: MeetingsPermissions },
    { description: "What the user may do where no record exists yet (create a meeting), computed by the policies" },
  ),
  csrfToken: Type.String(),
});

type MeAnswer = Awaited<ReturnType<typeof getMe>> & { permissions: { meetings: MeetingsPermissions } };

/** The user's answer read from the database: profile, grants with their scopes' names, abilities from the policies. */
async function readMe(ctx: Ctx, userId: string): Promise<MeAnswer> {
  const me = await getMe(ctx, userId);
  return { ...me, permissions: { meetings: meetingsPermissions(me) } };
}

const isMeAnswer = (x: unknown): x is MeAnswer => typeof x === "object" && x !== null && "permissions" in x;

/**
 * The user as the Me schema answers, with the session's CSRF token. Held in memory per user (decision 027), dropped
 * with the user's cached session (any change of the user or their grants) and when a scope or unit is renamed.
 */
async function meAnswer(ctx: Ctx, userId: string, csrfToken: string) {
  const cache = authCaches(ctx.database.notices).me;
  const generation = cache.generation;
  const cached = cache.get(userId);
  if (isMeAnswer(cached)) return { ...cached, csrfToken };
  const me = await readMe(ctx, userId);
  cache.set(userId, me, [keys.user(userId), keys.labels], generation);
  return { ...me, csrfToken };
}

export const authRoutes: RoutesFn = (app, ctx) => {
  const cookieOpts = (expires: Date) => ({
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: ctx.config.secureCookies,
    expires,
  });

  app.post(
    "/auth/login",
    {
      config: { auth: "public" },
      schema: {
        tags: ["auth"],
        summary: "Sign in with e-mail and password; sets the session cookie",
        security: [],
        body: Type.Object({
          email: Type.String({ minLength: 3, maxLength: 320 }),
          password: Type.String({ minLength: 1, maxLength: 1024 }),
        }),
        response: { 200: Me, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const res = await login(ctx, req.body.email, req.body.password, req.headers["user-agent"] ?? null, req.ip).catch(
        (err: unknown) => {
          // A pause says when to come back, like the rate limit's 429.
          if (err instanceof AppError && err.code === "SIGNIN_PAUSED") reply.header("retry-after", err.params.seconds);
          throw err;
        },
      );
      reply.setCookie(SESSION_COOKIE, res.token, cookieOpts(res.expiresAt));
      reply.setCookie(CSRF_COOKIE, res.csrfToken, { ...cookieOpts(res.expiresAt), httpOnly: false });
      return meAnswer(ctx, res.userId, res.csrfToken);
    },
  );

  app.post(
    "/auth/logout",
    { schema: { tags: ["auth"], summary: "Sign out", response: { 200: Ok, ...errors } } },
    async (req, reply) => {
      await logout(ctx, requireActor(req));
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      reply.clearCookie(CSRF_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  app.get(
    "/me",
    {
      schema: { tags: ["auth"], summary: "The signed-in user, language and grants", response: { 200: Me, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      return meAnswer(ctx, actor.id, req.csrfToken ?? "");
    },
  );

  app.patch(
    "/me",
    {
      schema: {
        tags: ["auth"],
        summary: "Change the signed-in user's language",
        body: Type.Object({ language: Type.Union([Type.Literal("vi"), Type.Literal("en")]) }),
        response: { 200: Me, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updateMe(ctx, actor, req.body);
      return meAnswer(ctx, actor.id, req.csrfToken ?? "");
    },
  );

  app.post(
    "/auth/invitations/accept",
    {
      config: { auth: "public" },
      schema: {
        tags: ["auth"],
        summary: "Set a password through an invitation link",
        security: [],
        body: Type.Object({ token: Type.String({ minLength: 10 }), password: Type.String({ maxLength: 1024 }) }),
        response: { 200: Ok, 400: ErrorBody },
      },
    },
    async (req) => {
      await acceptInvitation(ctx, req.body.token, req.body.password);
      return { ok: true as const };
    },
  );
};
