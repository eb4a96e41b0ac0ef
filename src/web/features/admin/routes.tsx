import { Navigate, type RouteObject } from "react-router";
import { AdminLayout } from "./components/AdminLayout";
import { UsersPage } from "./components/UsersPage";
import { InviteUserPage } from "./components/InviteUserPage";
import { UserDetailPage } from "./components/UserDetailPage";
import { AuditPage } from "./components/AuditPage";
import { OutboxPage } from "./components/OutboxPage";

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
      { path: "mail", element: <OutboxPage /> },
    ],
  },
];
