import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazyPage";
const CooperationPage = lazyPage(() => import("./components/CooperationPage"), "CooperationPage");

export const cooperationRoutes: RouteObject[] = [{ path: "cooperation", element: <CooperationPage /> }];
