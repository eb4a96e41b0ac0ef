import { createBrowserRouter } from "react-router";
import { featureRoutes, publicRoutes } from "../routes";
import { Layout } from "./Layout";
import { NotFound } from "./NotFound";
import { RequireAuth } from "./RequireAuth";
import { RouteError } from "./RouteError";

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        ...publicRoutes,
        {
          element: (
            <RequireAuth>
              <Layout />
            </RequireAuth>
          ),
          children: [
            { errorElement: <RouteError />, children: [...featureRoutes, { path: "*", element: <NotFound /> }] },
          ],
        },
      ],
    },
  ]);
}
