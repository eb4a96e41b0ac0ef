import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Anchor, Badge, Button, Checkbox, Group, Loader, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useI18n } from "../../../lib/i18n";
import { unitName } from "../../../lib/units";
import { Page } from "../../../components/Page";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { useUsers } from "../api/users";
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
                      <Badge key={g.id} variant="outline" color="blue" tt="none" fw={500}>
                        {t(`role.${g.role}`)}
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

export function UsersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const includeInactive = params.get("inactive") === "1";
  const [debounced] = useDebouncedValue(q, 250);
  const users = useUsers({ q: debounced, includeInactive });

  const update = (next: { q?: string; inactive?: boolean }) => {
    const p = new URLSearchParams(params);
    if (next.q !== undefined) {
      if (next.q) p.set("q", next.q);
      else p.delete("q");
    }
    if (next.inactive !== undefined) {
      if (next.inactive) p.set("inactive", "1");
      else p.delete("inactive");
    }
    setParams(p, { replace: true });
  };

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
        ) : users.data.length === 0 ? (
          <EmptyState>{t("admin.users.empty")}</EmptyState>
        ) : (
          <>
            <Text size="sm" c="dimmed" role="status">
              {t("admin.users.count", { n: users.data.length })}
            </Text>
            <UsersTable users={users.data} />
          </>
        )}
      </Stack>
    </Page>
  );
}
