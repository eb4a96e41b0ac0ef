/**
 * The shared parts of a list paged on the server (with `usePagedQuery`): a search box, the count "1–100 of 3,003"
 * (numbers written the reader's way: 3.003 in Vietnamese), the pages and the page size, and the loading, empty,
 * no-match and error states. Everything is a native control: Tab reaches the search, the filters, each page button
 * and the page-size select; Enter or Space activates them.
 *
 *   const paged = usePagedQuery<Delegate>({ key, path, filters: { status } });
 *   <PagedSearch paged={paged} label={t("x.search")} />
 *   <PagedList paged={paged} label={t("x.title")} empty={t("x.empty")}>{(rows) => <Table …/>}</PagedList>
 */
import { useRef, type ReactNode } from "react";
import { Box, Group, Loader, NativeSelect, Pagination, Stack, Text, TextInput } from "@mantine/core";
import { useI18n } from "../lib/i18n";
import type { ListPage } from "../lib/api";
import { PAGE_SIZES, type PagedQuery } from "../lib/usePagedQuery";
import { EmptyState, ErrorState, Loading } from "./QueryState";

/** The search box of a paged list; the server searches (diacritics and case ignored) after a pause in typing. */
export function PagedSearch<T, P extends ListPage<T>>({
  paged,
  label,
  placeholder,
  w,
}: {
  paged: PagedQuery<T, P>;
  label: string;
  placeholder?: string;
  w?: React.ComponentProps<typeof TextInput>["w"];
}) {
  const { t } = useI18n();
  const busy = paged.query.isFetching && !paged.query.isPending;
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder ?? t("common.searchPlaceholder")}
      value={paged.q}
      onChange={(e) => paged.setQ(e.currentTarget.value)}
      rightSection={busy ? <Loader size="xs" role="status" aria-label={t("lists.updating")} /> : null}
      w={w ?? { base: "100%", sm: 320 }}
    />
  );
}

/** "1–100 of 3,003" for the page shown. */
export function ListRange({ from, to, total }: { from: number; to: number; total: number }) {
  const { t, fmtNumber } = useI18n();
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="list-range">
      {t("lists.range", { from: fmtNumber(from), to: fmtNumber(to), total: fmtNumber(total) })}
    </Text>
  );
}

/** The pages of a list and the page size; hidden parts when one page holds everything. */
export function Pager<T, P extends ListPage<T>>({ paged, onPage }: { paged: PagedQuery<T, P>; onPage?: () => void }) {
  const { t, fmtNumber } = useI18n();
  const total = paged.query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / paged.pageSize));
  if (total <= PAGE_SIZES[0]) return null;
  return (
    <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
      {pages > 1 ? (
        <Box component="nav" aria-label={t("lists.pages")}>
          <Pagination
            total={pages}
            value={paged.page}
            onChange={(p) => {
              paged.setPage(p);
              onPage?.();
            }}
            withEdges={pages > 5}
            siblings={1}
            getItemProps={(p) => ({
              "aria-label": t("lists.pageN", { n: fmtNumber(p) }),
              "aria-current": p === paged.page ? "page" : undefined,
            })}
            getControlProps={(control) => ({
              "aria-label": t(
                control === "previous"
                  ? "lists.pagePrev"
                  : control === "next"
                    ? "lists.pageNext"
                    : control === "first"
                      ? "lists.pageFirst"
                      : "lists.pageLast",
              ),
            })}
          />
        </Box>
      ) : (
        <span />
      )}
      <NativeSelect
        label={t("lists.pageSize")}
        size="xs"
        w={140}
        value={String(paged.pageSize)}
        onChange={(e) => paged.setPageSize(Number(e.currentTarget.value))}
        data={PAGE_SIZES.map((n) => ({ value: String(n), label: fmtNumber(n) }))}
      />
    </Group>
  );
}

/**
 * A paged list's body: loading, error, empty (nothing at all) or no match (the search or a filter found nothing),
 * else the count, the rows (`children`) and the pages. While another page loads, the shown one stays, dimmed.
 */
export function PagedList<T, P extends ListPage<T>>({
  paged,
  empty,
  noMatch,
  children,
}: {
  paged: PagedQuery<T, P>;
  /** Said when the list has nothing at all. */
  empty: ReactNode;
  /** Said when the search or a filter finds nothing. */
  noMatch?: ReactNode;
  children: (rows: T[]) => ReactNode;
}) {
  const { t } = useI18n();
  const top = useRef<HTMLDivElement>(null);
  const { query } = paged;
  // The range names the rows on screen: while the next page loads, the previous one stays (dimmed) and so does its
  // range — "101–200" appears with the hundred rows it names, not before them.
  const shown = useRef({ page: paged.page, pageSize: paged.pageSize });
  if (!query.isPlaceholderData) shown.current = { page: paged.page, pageSize: paged.pageSize };
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { rows, total } = query.data;
  if (total === 0 || rows.length === 0)
    return <EmptyState>{paged.narrowed ? (noMatch ?? t("lists.noMatch")) : empty}</EmptyState>;
  const from = (shown.current.page - 1) * shown.current.pageSize + 1;
  return (
    <Stack gap="sm" ref={top} style={{ scrollMarginTop: 80 }}>
      <ListRange from={from} to={from + rows.length - 1} total={total} />
      <Box
        aria-busy={query.isPlaceholderData || undefined}
        style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: "opacity 120ms" }}
      >
        {children(rows)}
      </Box>
      <Pager paged={paged} onPage={() => top.current?.scrollIntoView({ block: "start" })} />
    </Stack>
  );
}
