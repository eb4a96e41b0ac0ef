import type { RoutesFn } from "../../context.js";

/** The health log: health officers of the meeting only (issue 14, point 6). */
export const healthRoutes: RoutesFn = (_app, _ctx) => {};
