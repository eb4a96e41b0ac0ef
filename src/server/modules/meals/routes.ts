import type { RoutesFn } from "../../context.js";

/** Meal events, counts by dietary need, kitchen sheets (issue 14, point 4). */
export const mealsRoutes: RoutesFn = (_app, _ctx) => {};
