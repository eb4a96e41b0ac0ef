import type { RouteObject } from "react-router";
import { CooperationPage } from "./components/CooperationPage";

export const cooperationRoutes: RouteObject[] = [{ path: "cooperation", element: <CooperationPage /> }];
