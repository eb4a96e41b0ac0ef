import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazyPage";
const WorkplansPage = lazyPage(() => import("./components/WorkplansPage"), "WorkplansPage");
const WorkplanLayout = lazyPage(() => import("./components/WorkplanLayout"), "WorkplanLayout");
const ActivitiesPage = lazyPage(() => import("./components/ActivitiesPage"), "ActivitiesPage");
const ActivityPage = lazyPage(() => import("./components/ActivityPage"), "ActivityPage");
const ReviewPage = lazyPage(() => import("./components/ReviewPage"), "ReviewPage");
const ProposalsPage = lazyPage(() => import("./components/ProposalsPage"), "ProposalsPage");
const ChangesPage = lazyPage(() => import("./components/ChangesPage"), "ChangesPage");

export const workplansRoutes: RouteObject[] = [
  { path: "workplans", element: <WorkplansPage /> },
  {
    path: "workplans/:id",
    element: <WorkplanLayout />,
    children: [
      { index: true, element: <ActivitiesPage /> },
      { path: "activities/:activityId", element: <ActivityPage /> },
      { path: "review", element: <ReviewPage /> },
      { path: "proposals", element: <ProposalsPage /> },
      { path: "changes", element: <ChangesPage /> },
    ],
  },
];
