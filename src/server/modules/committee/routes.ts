import type { RoutesFn } from "../../context.js";
import { committeeMembersRoutes } from "./routes/committee.js";
import { taskRoutes } from "./routes/tasks.js";

/**
 * The organising committee's routes (issue 13), one file per area under `routes/`; each area adds its own line:
 * committee (members, sub-committees, seats, invitations), tasks (and their checklist, comments, files, links,
 * templates), readiness, scripts (cues, PDF, prints), contingencies and the live view.
 */
export const committeeRoutes: RoutesFn = async (app, ctx) => {
  await committeeMembersRoutes(app, ctx);
  await taskRoutes(app, ctx);
};
