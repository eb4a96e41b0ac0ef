import type { RoutesFn } from "../../context.js";
import { activityRoutes } from "./routes/activities.js";
import { planRoutes } from "./routes/plans.js";
import { partnerRoutes } from "./routes/partners.js";
import { routeRoutes } from "./routes/route.js";
import { rulesRoutes } from "./routes/rules.js";

/** The cooperation register's routes (issue 12), one file per area; the route module adds its own line. */
export const cooperationRoutes: RoutesFn = async (app, ctx) => {
  await activityRoutes(app, ctx);
  await planRoutes(app, ctx);
  await partnerRoutes(app, ctx);
  await routeRoutes(app, ctx);
  await rulesRoutes(app, ctx);
};
