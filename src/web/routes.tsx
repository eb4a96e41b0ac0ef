/**
 * The route list. Each feature exports `export const <feature>Routes: RouteObject[]` from
 * `src/web/features/<feature>/routes.tsx` and adds it here with one import and one line.
 *
 * - `featureRoutes`: pages for signed-in users, rendered inside the layout. Paths are relative to "/"
 *   (`{ path: "workplans", element: <WorkplansPage /> }`, `{ path: "workplans/:id", … }`). The layout's navigation
 *   links to /meetings, /cooperation, /workplans, /targets and /admin; an address no route claims shows the 404 page.
 * - `publicRoutes`: pages reachable without signing in (sign-in, invitation links).
 */
import type { RouteObject } from "react-router";
import { authRoutes } from "./features/auth/routes";
import { homeRoutes } from "./features/home/routes";
import { adminRoutes } from "./features/admin/routes";
import { meetingsRoutes } from "./features/meetings/routes";
import { workplansRoutes } from "./features/workplans/routes";
import { registrationPublicRoutes, registrationRoutes } from "./features/registration/routes";
import { targetsRoutes } from "./features/targets/routes";
import { checkinRoutes } from "./features/checkin/routes";
import { exportsRoutes } from "./features/exports/routes";
import { cooperationRoutes } from "./features/cooperation/routes";
import { committeeRoutes } from "./features/committee/routes";
import { logisticsRoutes } from "./features/logistics/routes";

export const publicRoutes: RouteObject[] = [...authRoutes, ...registrationPublicRoutes];

export const featureRoutes: RouteObject[] = [
  ...homeRoutes,
  ...adminRoutes,
  ...meetingsRoutes,
  ...workplansRoutes,
  ...registrationRoutes,
  ...targetsRoutes,
  ...checkinRoutes,
  ...exportsRoutes,
  ...cooperationRoutes,
  ...committeeRoutes,
  ...logisticsRoutes,
];
