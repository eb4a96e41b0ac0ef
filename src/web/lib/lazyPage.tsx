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
 */
import { Suspense, lazy, type ComponentType } from "react";
import { Loading } from "../components/QueryState";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component; its props type is carried through
type AnyComponent = ComponentType<any>;
type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

export function lazyPage<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType<PropsOf<M[K]>> {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<PropsOf<M[K]>> }));
  function LazyPage(props: PropsOf<M[K]>) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}
