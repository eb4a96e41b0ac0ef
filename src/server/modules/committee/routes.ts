import type { RoutesFn } from "../../context.js";
import { committeeMembersRoutes } from "./routes/committee.js";
import { taskRoutes } from "./routes/tasks.js";
import { scriptRoutes } from "./routes/scripts.js";
import { liveRoutes } from "./routes/live.js";
// readiness, contingency plans, templates (helper D)
import { readinessRoutes } from "./routes/readiness.js";
import { contingencyRoutes } from "./routes/contingencies.js";
import { templateRoutes } from "./routes/templates.js";

/**
 * The organising committee's routes (issue 13), one file per area under `routes/`; each area adds its own line:
 * committee (members, sub-committees, seats, invitations), tasks (and their checklist, comments, files, links,
 * templates), readiness, scripts (cues, PDF, prints), contingencies and the live view.
 */
export const committeeRoutes: RoutesFn = async (app, ctx) => {
  await committeeMembersRoutes(app, ctx);
  await taskRoutes(app, ctx);
  // scripts and the live view
  await scriptRoutes(app, ctx);
  await liveRoutes(app, ctx);
  // readiness, contingency plans, templates (helper D)
  await readinessRoutes(app, ctx);
  await contingencyRoutes(app, ctx);
  await templateRoutes(app, ctx);
};
