/**
 * Writing filters to the address without undoing one written a moment before.
 *
 * React Router's `setSearchParams(fn)` hands `fn` the params of the render that created the setter (react-router
 * 7.18, `useSearchParams`: `nextInit(new URLSearchParams(searchParams))`), so the functional form alone does not help
 * a setter called from an older render's closure, nor two writes before the first navigation lands. The address the
 * browser shows now, or the write still on its way, is the base instead.
 */
import { useCallback, useRef } from "react";
import { useSearchParams, type NavigateOptions } from "react-router";

/** A write on its way: the address when it was made and the address it asked for. */
export interface PendingWrite {
  from: string;
  to: string;
}

/**
 * The params a new write starts from: the pending write's result while the address still shows what it was when
 * that write was made (the navigation has not landed yet); otherwise the address as it is now (the write landed, or
 * someone else — the back button, a link — moved the address since).
 */
export function baseParams(live: string, pending: PendingWrite | null): URLSearchParams {
  return new URLSearchParams(pending && live === pending.from ? pending.to : live);
}

/** The search params and an updater that changes them from the freshest base (see `baseParams`). */
export function useSearchParamsUpdate() {
  const [params, setParams] = useSearchParams();
  const pending = useRef<PendingWrite | null>(null);
  const update = useCallback(
    (change: (p: URLSearchParams) => void, options?: NavigateOptions) => {
      const live = window.location.search.replace(/^\?/, "");
      const next = baseParams(live, pending.current);
      change(next);
      pending.current = { from: live, to: next.toString() };
      setParams(next, options);
    },
    [setParams],
  );
  return [params, update] as const;
}
