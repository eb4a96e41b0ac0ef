import { useState } from "react";
import { Link } from "react-router";
import { useSearchParamsUpdate } from "../../../lib/searchParams";
import {
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useI18n } from "../../../lib/i18n";
import { unitName } from "../../../lib/units";
import { Page } from "../../../components/Page";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { USERS_PAGE_SIZE, useUsers } from "../api/users";
import type { User } from "../api/types";
import { UserBadges } from "./UserBadges";

function UsersTable({ users }: { users: User[] }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("admin.users.col.name")}</Table.Th>
              <Table.Th visibleFrom="md">{t("admin.users.col.unit")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("admin.users.col.roles")}</Table.Th>
              <Table.Th>{t("admin.users.col.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/admin/users/${u.id}`} fw={500}>
                    {u.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {u.email}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Text size="sm">{unitName(u.unit, lang) || u.organisation || t("common.none")}</Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Group gap={4}>
                    {u.grants.map((g) => (
                      <Badge
                        key={g.id}
                        variant="outline"
                        color="blue"
                        tt="none"
                        fw={500}
                        maw="22rem"
                        title={g.scopeLabel ? `${t(`role.${g.role}`)} · ${g.scopeLabel}` : undefined}
                      >
                        {t(`role.${g.role}`)}
                        {g.scopeLabel ? ` · ${g.scopeLabel}` : ""}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <UserBadges user={u} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Pages of the list when one page cannot hold every match (the count above the table says how many there are). */
function UsersPager({ page, total, onChange }: { page: number; total: number; onChange: (p: number) => void }) {
  const { t } = useI18n();
  const pages = Math.ceil(total / USERS_PAGE_SIZE);
  if (pages < 2) return null;
  return (
    <Box component="nav" aria-label={t("admin.users.pages")}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getItemProps={(p) => ({ "aria-label": t("admin.users.pageN", { n: p }) })}
        getControlProps={(control) =>
          control === "previous"
            ? { "aria-label": t("admin.users.pagePrev") }
            : control === "next"
              ? { "aria-label": t("admin.users.pageNext") }
              : {}
        }
      />
    </Box>
  );
}

export function UsersPage() {
  const { t } = useI18n();
  const [params, updateParams] = useSearchParamsUpdate();
  const [q, setQ] = useState(params.get("q") ?? "");
  const includeInactive = params.get("inactive") === "1";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const [debounced] = useDebouncedValue(q, 250);
  const users = useUsers({ q: debounced, includeInactive, page });

  /** Changes the URL's filters; a new search or filter starts again at the first page. */
  const update = (next: { q?: string; inactive?: boolean; page?: number }) => {
    // From the address as it is when the change lands, not as this render saw it: the search box writes `q` after
    // its pause, and "show inactive" ticked meanwhile must not be undone by it.
    updateParams(
      (p) => {
        if (next.q !== undefined) {
          if (next.q) p.set("q", next.q);
          else p.delete("q");
        }
        if (next.inactive !== undefined) {
          if (next.inactive) p.set("inactive", "1");
          else p.delete("inactive");
        }
        if (next.page && next.page > 1) p.set("page", String(next.page));
        else p.delete("page");
      },
      { replace: next.page === undefined },
    );
  };

  const from = (page - 1) * USERS_PAGE_SIZE + 1;
  return (
    <Page
      title={t("admin.users.title")}
      description={t("admin.users.description")}
      actions={
        <Button component={Link} to="/admin/users/new">
          {t("admin.users.invite")}
        </Button>
      }
    >
      <Stack gap="sm">
        <Group align="flex-end" gap="md">
          <TextInput
            type="search"
            label={t("admin.users.search")}
            placeholder={t("common.searchPlaceholder")}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              update({ q: e.currentTarget.value });
            }}
            rightSection={users.isFetching && !users.isPending ? <Loader size="xs" aria-hidden /> : null}
            style={{ flex: "1 1 18rem" }}
          />
          <Checkbox
            label={t("admin.users.includeInactive")}
            checked={includeInactive}
            onChange={(e) => update({ inactive: e.currentTarget.checked })}
            mb={8}
          />
        </Group>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.total === 0 ? (
          <EmptyState>{t("admin.users.empty")}</EmptyState>
        ) : (
          <>
            <Text size="sm" c="dimmed" role="status">
              {users.data.total > users.data.rows.length
                ? t("admin.users.countPage", {
                    from,
                    to: from + users.data.rows.length - 1,
                    total: users.data.total,
                  })
                : t("admin.users.count", { n: users.data.total })}
            </Text>
            <UsersTable users={users.data.rows} />
            <UsersPager page={page} total={users.data.total} onChange={(p) => update({ page: p })} />
          </>
        )}
      </Stack>
    </Page>
  );
}
