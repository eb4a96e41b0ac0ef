import type { RoutesFn } from "../../context.js";

/** Hotels, room blocks, stays and the rooming list (issue 14, point 2). */
export const lodgingRoutes: RoutesFn = (_app, _ctx) => {};
