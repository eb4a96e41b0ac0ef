import type { RouteObject } from "react-router";
import { SignInPage } from "./components/SignInPage";
import { InvitationPage } from "./components/InvitationPage";

export const authRoutes: RouteObject[] = [
  { path: "sign-in", element: <SignInPage /> },
  { path: "invitation/:token", element: <InvitationPage /> },
];
