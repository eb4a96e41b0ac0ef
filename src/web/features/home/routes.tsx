import type { RouteObject } from "react-router";
import { HomePage } from "./components/HomePage";

export const homeRoutes: RouteObject[] = [{ index: true, element: <HomePage /> }];
