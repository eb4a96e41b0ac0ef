/**
 * One page of a list that can outgrow a page (docs/architecture.md): the server searches, filters, orders and pages
 * it and counts every match in `X-Total-Count`; this hook holds the search box's text (sent after a pause in typing),
 * the page and its size, and starts again at the first page when the search, a filter or the size changes.
 *
 *   const paged = usePagedQuery<Delegate>({ key: [...], path: `/meetings/${id}/delegates`, filters: { status } });
 *   <PagedList paged={paged} …>{(rows) => …}</PagedList>
 */
import { useEffect, useState } from "react";
import { keepPreviousData, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useDebouncedValue } from "@mantine/hooks";
import { api, qs, type ListPage } from "./api";

/** Page sizes a person can pick; 100 unless the list says otherwise. */
export const PAGE_SIZES = [50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 100;

type FilterValue = string | number | boolean | null | undefined;

export interface PagedQueryOptions {
  /** The query key's prefix (the feature's key for this list); search, filters and page are added to it. */
  key: readonly unknown[];
  /** The list's API path without a query string. */
  path: string;
  /** Filters sent to the server as they are (undefined, null and "" are left out). */
  filters?: Record<string, FilterValue>;
  pageSize?: number;
  enabled?: boolean;
  refetchInterval?: number;
  /** Milliseconds of quiet after typing before the search is sent. */
  debounceMs?: number;
  /** The search box's first text (e.g. kept in the address). */
  initialQ?: string;
}

export interface PagedFetch<P> {
  /** Reads a page from an answer that is not a bare array (the default is `api.getPage`, rows and X-Total-Count). */
  fetchPage?: (url: string) => Promise<P>;
}

export interface PagedQuery<T, P extends ListPage<T> = ListPage<T>> {
  query: UseQueryResult<P>;
  /** The search box's text as typed, and its setter. */
  q: string;
  setQ: (q: string) => void;
  /** The search sent to the server (after the pause). */
  searched: string;
  /** 1-based page. */
  page: number;
  setPage: (p: number) => void;
  pageSize: number;
  setPageSize: (n: number) => void;
  /** True when a search or a filter narrows the list. */
  narrowed: boolean;
}

export function usePagedQuery<T, P extends ListPage<T> = ListPage<T>>(
  o: PagedQueryOptions & PagedFetch<P>,
): PagedQuery<T, P> {
  const [q, setQ] = useState(o.initialQ ?? "");
  const [searched] = useDebouncedValue(q.trim(), o.debounceMs ?? 300);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(o.pageSize ?? DEFAULT_PAGE_SIZE);
  const filters = o.filters ?? {};
  // A new search, filter or page size starts again at the first page (adjusted while rendering, so that the old
  // page of the new list is never asked for).
  const resetKey = JSON.stringify([searched, filters, pageSize]);
  const [lastReset, setLastReset] = useState(resetKey);
  if (lastReset !== resetKey) {
    setLastReset(resetKey);
    setPage(1);
  }
  const query = useQuery({
    queryKey: [...o.key, "page", { q: searched, filters, page, pageSize }],
    queryFn: () => {
      const url =
        o.path +
        qs({ ...filters, q: searched || undefined, offset: (page - 1) * pageSize || undefined, limit: pageSize });
      return o.fetchPage ? o.fetchPage(url) : (api.getPage<T>(url) as Promise<P>);
    },
    placeholderData: keepPreviousData,
    enabled: o.enabled ?? true,
    refetchInterval: o.refetchInterval,
  });
  const total = query.data?.total;
  // A page past the end (the list shrank: a delegate removed, a filter's last match decided) goes to the last one.
  useEffect(() => {
    if (total !== undefined && total > 0 && (page - 1) * pageSize >= total) setPage(Math.ceil(total / pageSize));
  }, [total, page, pageSize]);
  const narrowed = !!searched || Object.values(filters).some((v) => v !== undefined && v !== null && v !== "");
  return { query, q, setQ, searched, page, setPage, pageSize, setPageSize, narrowed };
}
