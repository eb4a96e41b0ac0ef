import type { RoutesFn } from "../../context.js";

/** Security checklists per venue and hotel, sign-off, incidents (issue 14, point 5). */
export const securityRoutes: RoutesFn = (_app, _ctx) => {};
