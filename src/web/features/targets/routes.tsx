import type { RouteObject } from "react-router";
import { TargetsIndex } from "./components/TargetsIndex";
import { SchemeLayout } from "./components/SchemeLayout";
import { DashboardPage } from "./components/DashboardPage";
import { ReviewPage } from "./components/ReviewPage";
import { AgencyReportsPage } from "./components/AgencyReportsPage";

export const targetsRoutes: RouteObject[] = [
  { path: "targets", element: <TargetsIndex /> },
  {
    path: "targets/:id",
    element: <SchemeLayout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: "review", element: <ReviewPage /> },
      { path: "reports", element: <AgencyReportsPage /> },
    ],
  },
];
