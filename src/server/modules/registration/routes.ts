/**
 * The registration module's routes, one file per sub-resource under ./routes/, registered here in this order:
 * links, the contact's portal (delegates and accreditation), photos, versions, proposals, bulk upload.
 */
import type { RoutesFn } from "../../context.js";
import { linkRoutes } from "./routes/links.js";
import { delegateRoutes } from "./routes/delegates.js";
import { photoRoutes } from "./routes/photos.js";
import { versionRoutes } from "./routes/versions.js";
import { proposalRoutes } from "./routes/proposals.js";
import { importRoutes } from "./routes/imports.js";

const parts: RoutesFn[] = [linkRoutes, delegateRoutes, photoRoutes, versionRoutes, proposalRoutes, importRoutes];

export const registrationRoutes: RoutesFn = async (app, ctx) => {
  for (const register of parts) await register(app, ctx);
};
