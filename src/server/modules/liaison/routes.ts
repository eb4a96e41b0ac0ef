import type { RoutesFn } from "../../context.js";

/** Liaison officers and volunteers: roster, languages, trainings, assignments, notices (issue 14, point 1). */
export const liaisonRoutes: RoutesFn = (_app, _ctx) => {};
