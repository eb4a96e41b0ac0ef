import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Nullable, Uuid, errors } from "../../http/schemas.js";
import { privacyStatus, purgeMeeting } from "./purge.js";

const tags = ["privacy"];
const Counts = Type.Object({
  delegations: Type.Integer(),
  delegates: Type.Integer(),
  accredited: Type.Integer(),
  pending: Type.Integer(),
  rejected: Type.Integer(),
  badgesActive: Type.Integer(),
  badgesRevoked: Type.Integer(),
  badgesVoidedByPurge: Type.Integer({ description: "Badges that were active when the purge made every badge void" }),
  scans: Type.Integer(),
  admissions: Type.Integer(),
  peopleAdmitted: Type.Integer(),
});

export const privacyRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/privacy",
    {
      schema: {
        tags,
        summary: "The meeting's personal-data purge: its date, whether it is due (and why not), and the counts kept",
        params: Type.Object({ id: Uuid }),
        response: {
          200: Type.Object({
            meetingId: Type.String(),
            status: Type.String(),
            purgeAt: Nullable(Type.String()),
            purgedAt: Nullable(Type.String()),
            today: Type.String({ description: "Today in the meeting's time zone" }),
            canPurge: Type.Boolean(),
            blockedBy: Nullable(Type.String({ description: "The error code a purge would get now" })),
            counts: Counts,
          }),
          ...errors,
        },
      },
    },
    async (req) => privacyStatus(ctx, requireActor(req), req.params.id),
  );

  app.post(
    "/meetings/:id/purge",
    {
      schema: {
        tags,
        summary:
          "Purge the meeting's personal data now (ICD; the meeting closed and its purge date reached). Confirm with the meeting's code.",
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ confirm: Type.String({ minLength: 1, maxLength: 40, description: "The meeting's code" }) }),
        response: {
          200: Type.Object({
            purgedAt: Type.String(),
            purgeAt: Nullable(Type.String()),
            erased: Type.Record(Type.String(), Type.Record(Type.String(), Type.Integer())),
            auditRowsRedacted: Type.Integer(),
            counts: Counts,
          }),
          ...errors,
        },
      },
    },
    async (req) => purgeMeeting(ctx, requireActor(req), req.params.id, req.body.confirm),
  );
};
