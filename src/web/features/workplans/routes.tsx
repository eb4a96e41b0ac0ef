import type { RouteObject } from "react-router";
import { WorkplansPage } from "./components/WorkplansPage";
import { WorkplanLayout } from "./components/WorkplanLayout";
import { ActivitiesPage } from "./components/ActivitiesPage";
import { ActivityPage } from "./components/ActivityPage";
import { ReviewPage } from "./components/ReviewPage";
import { ProposalsPage } from "./components/ProposalsPage";
import { ChangesPage } from "./components/ChangesPage";

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
