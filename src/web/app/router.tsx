import { createBrowserRouter } from "react-router";
import { featureRoutes, publicRoutes } from "../routes";
import { preloadMatching } from "../lib/lazyPage";
import { Layout } from "./Layout";
import { NotFound } from "./NotFound";
import { RequireAuth } from "./RequireAuth";
import { RouteError } from "./RouteError";

export function createRouter() {
  // The area of the address being opened loads while the app asks who is signed in, not after.
  preloadMatching([...publicRoutes, ...featureRoutes], window.location.pathname);
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
