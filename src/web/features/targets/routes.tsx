import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazyPage";
const TargetsIndex = lazyPage(() => import("./components/TargetsIndex"), "TargetsIndex");
const SchemeLayout = lazyPage(() => import("./components/SchemeLayout"), "SchemeLayout");
const DashboardPage = lazyPage(() => import("./components/DashboardPage"), "DashboardPage");
const ReviewPage = lazyPage(() => import("./components/ReviewPage"), "ReviewPage");
const AgencyReportsPage = lazyPage(() => import("./components/AgencyReportsPage"), "AgencyReportsPage");

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
