/**
 * Pages loaded when first opened, so the first load (the sign-in page) downloads only the shell and not every area:
 *
 * ```tsx
 * const ProgrammeTab = lazyPage(() => import("./components/ProgrammeTab"), "ProgrammeTab");
 * { path: "programme", element: <ProgrammeTab /> }
 * ```
 *
 * The module is fetched on first render (the area's chunk, hashed and cached immutably by the server) while the
 * page shows the usual loading state; a failed fetch reaches the route's error page like any other error.
 * `preloadMatching` starts fetching the pages of the address the app opens at, while it still asks who is signed in.
 */
import { Suspense, isValidElement, lazy, useState, type ComponentType } from "react";
import { matchRoutes, type RouteObject } from "react-router";
import { Loading } from "../components/QueryState";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component; its props type is carried through
type AnyComponent = ComponentType<any>;
type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

export function lazyPage<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType<PropsOf<M[K]>> {
  let loading: Promise<M> | null = null;
  let loaded: ComponentType<PropsOf<M[K]>> | null = null;
  const preload = () =>
    (loading ??= load().then((m) => {
      loaded = m[name] as ComponentType<PropsOf<M[K]>>;
      return m;
    }));
  const Lazy = lazy(async () => ({ default: (await preload())[name] as ComponentType<PropsOf<M[K]>> }));
  function LazyPage(props: PropsOf<M[K]>) {
    // Once the module is here, the page renders at once: suspending on a settled import would still hold the page
    // back (React reveals a fallback's content no sooner than 300 ms after it showed). Chosen once per mount, so a
    // page never remounts (and loses what was typed) when its module arrives.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  LazyPage.preload = preload;
  return LazyPage;
}

/** Starts loading the lazy pages the routes matching `pathname` render (their elements made by `lazyPage`). */
export function preloadMatching(routes: RouteObject[], pathname: string): void {
  for (const m of matchRoutes(routes, pathname) ?? []) {
    const el = m.route.element;
    const type = isValidElement(el) ? (el.type as { preload?: () => Promise<unknown> }) : null;
    type?.preload?.().catch(() => undefined);
  }
}
