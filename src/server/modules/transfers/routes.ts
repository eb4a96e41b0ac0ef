import type { RoutesFn } from "../../context.js";

/** Airport transfers from the flights, vehicles, manifests, hotel–venue shuttles (issue 14, point 3). */
export const transfersRoutes: RoutesFn = (_app, _ctx) => {};
