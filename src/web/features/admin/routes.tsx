import { Navigate, type RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazyPage";
const AdminLayout = lazyPage(() => import("./components/AdminLayout"), "AdminLayout");
const UsersPage = lazyPage(() => import("./components/UsersPage"), "UsersPage");
const InviteUserPage = lazyPage(() => import("./components/InviteUserPage"), "InviteUserPage");
const UserDetailPage = lazyPage(() => import("./components/UserDetailPage"), "UserDetailPage");
const AuditPage = lazyPage(() => import("./components/AuditPage"), "AuditPage");
const OutboxPage = lazyPage(() => import("./components/OutboxPage"), "OutboxPage");
const SignInsPage = lazyPage(() => import("./components/SignInsPage"), "SignInsPage");
const UnitsPage = lazyPage(() => import("./components/UnitsPage"), "UnitsPage");
const BackupsPage = lazyPage(() => import("./components/BackupsPage"), "BackupsPage");
const CalendarPage = lazyPage(() => import("./components/CalendarPage"), "CalendarPage");

export const adminRoutes: RouteObject[] = [
  {
    path: "admin",
    element: <AdminLayout />,
    children: [
      { index: true, element: <Navigate to="users" replace /> },
      { path: "users", element: <UsersPage /> },
      { path: "users/new", element: <InviteUserPage /> },
      { path: "users/:id", element: <UserDetailPage /> },
      { path: "audit", element: <AuditPage /> },
      { path: "sign-ins", element: <SignInsPage /> },
      { path: "units", element: <UnitsPage /> },
      { path: "backups", element: <BackupsPage /> },
      { path: "mail", element: <OutboxPage /> },
      { path: "calendar", element: <CalendarPage /> },
    ],
  },
];
