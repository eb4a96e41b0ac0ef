import { Navigate, type RouteObject } from "react-router";
import { AdminLayout } from "./components/AdminLayout";
import { UsersPage } from "./components/UsersPage";
import { InviteUserPage } from "./components/InviteUserPage";
import { UserDetailPage } from "./components/UserDetailPage";
import { AuditPage } from "./components/AuditPage";
import { OutboxPage } from "./components/OutboxPage";
import { SignInsPage } from "./components/SignInsPage";
import { UnitsPage } from "./components/UnitsPage";
import { BackupsPage } from "./components/BackupsPage";

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
    ],
  },
];
