/**
 * A delegate's photo, uploaded by the delegation's contact before the deadline, or the host. Registered by
 * ../routes.ts.
 */
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { errors } from "../../../http/schemas.js";
import { PHOTO_MAX_BYTES } from "../../meetings/delegates.js";
import { DelegateParams } from "../../meetings/api-schemas.js";
import { Delegate } from "../../../../shared/schemas/meetings.js";
import { putDelegatePhoto } from "../service.js";
import { base64, tags } from "./schemas.js";

export const photoRoutes: RoutesFn = (app, ctx) => {
  app.put(
    "/meetings/:id/delegations/:delegationId/registration/delegates/:delegateId/photo",
    {
      schema: {
        tags,
        summary: `Upload a delegate's photo as base64 (JPEG, PNG, WebP…, stored as the badge's JPEG; at most ${PHOTO_MAX_BYTES / 1024} KB; contact before the deadline, or host)`,
        params: DelegateParams,
        body: Type.Object({ data: base64(PHOTO_MAX_BYTES) }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      const bytes = Buffer.from(req.body.data.replace(/^data:[^,]*,/, ""), "base64");
      return putDelegatePhoto(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, bytes);
    },
  );
};
