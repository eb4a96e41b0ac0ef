import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazyPage";
const CooperationLayout = lazyPage(() => import("./components/CooperationLayout"), "CooperationLayout");
const ActivitiesPage = lazyPage(() => import("./components/ActivitiesPage"), "ActivitiesPage");
const ActivityFormPage = lazyPage(() => import("./components/ActivityFormPage"), "ActivityFormPage");
const ActivityPage = lazyPage(() => import("./components/ActivityPage"), "ActivityPage");
const QueuePage = lazyPage(() => import("./components/QueuePage"), "QueuePage");
const PlanPage = lazyPage(() => import("./components/PlanPage"), "PlanPage");
const RulesPage = lazyPage(() => import("./components/RulesPage"), "RulesPage");
const PartnersPage = lazyPage(() => import("./components/PartnersPage"), "PartnersPage");
const RegisterPage = lazyPage(() => import("./components/RegisterPage"), "RegisterPage");

export const cooperationRoutes: RouteObject[] = [
  {
    path: "cooperation",
    element: <CooperationLayout />,
    children: [
      { index: true, element: <ActivitiesPage /> },
      { path: "new", element: <ActivityFormPage /> },
      { path: "activities/:id", element: <ActivityPage /> },
      { path: "activities/:id/edit", element: <ActivityFormPage /> },
      { path: "queue", element: <QueuePage /> },
      { path: "plan", element: <PlanPage /> },
      { path: "plan/:year", element: <PlanPage /> },
      { path: "rules", element: <RulesPage /> },
      { path: "partners", element: <PartnersPage /> },
      { path: "register", element: <RegisterPage /> },
    ],
  },
];
