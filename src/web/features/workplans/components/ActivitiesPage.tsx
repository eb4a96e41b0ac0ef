import { Link } from "react-router";
import { useSearchParamsUpdate } from "../../../lib/searchParams";
import { Anchor, Badge, Group, Loader, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { foldFilter } from "../../../components/foldFilter";
import { PagedList } from "../../../components/PagedList";
import { activityStatuses } from "../../../../shared/workplans";
import { useActivitiesPage } from "../api/activities";
import type { Activity, Workplan } from "../api/types";
import { StatusBadge, useNames } from "./labels";
import { usePlan } from "./WorkplanLayout";

function ActivitiesTable({ plan, rows }: { plan: Workplan; rows: Activity[] }) {
  const { t } = useI18n();
  const names = useNames(plan.members);
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110} visibleFrom="sm">
                {t("workplans.activities.col.code")}
              </Table.Th>
              <Table.Th>{t("workplans.activities.col.title")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("workplans.activities.col.leads")}</Table.Th>
              <Table.Th visibleFrom="md">{t("workplans.activities.col.years")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("workplans.activities.col.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td visibleFrom="sm">
                  <Text size="sm" ff="monospace" style={{ whiteSpace: "nowrap" }}>
                    {a.code ?? t("common.none")}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" c="dimmed" hiddenFrom="sm">
                    {a.code ?? t("common.none")}
                  </Text>
                  <Anchor component={Link} to={`/workplans/${plan.id}/activities/${a.id}`} size="sm" fw={500}>
                    {names.title(a)}
                  </Anchor>
                  <Group gap={6} mt={4} hiddenFrom="sm">
                    <StatusBadge status={a.status} />
                    <Text size="xs" c="dimmed">
                      {names.countries(a.leads)}
                    </Text>
                  </Group>
                  {a.permissions.recordStatus && !plan.permissions.manage && (
                    <Badge size="xs" variant="outline" tt="none" mt={4}>
                      {t("workplans.activities.yours")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{names.countries(a.leads)}</Text>
                  {a.coLeads.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t("workplans.activities.coLead", { countries: names.countries(a.coLeads) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Text size="sm">{a.plannedYears.join(", ")}</Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <StatusBadge status={a.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The programme's activities with search (diacritics optional), status and country filters kept in the address. */
export function ActivitiesPage() {
  const plan = usePlan();
  const { t } = useI18n();
  const names = useNames(plan.members);
  const [params, updateParams] = useSearchParamsUpdate();
  const statusParam = params.get("status");
  const status = activityStatuses.find((s) => s === statusParam) ?? null;
  const country = params.get("country");
  // One page at a time, searched and filtered on the server.
  const list = useActivitiesPage(plan.id, { status, country }, params.get("q") ?? "");

  const set = (key: string, value: string | null) => {
    // From the address as it is when the change lands, not as this render saw it: the search box writes `q` after
    // its pause, and a status or country picked meanwhile must not be undone by it.
    updateParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          type="search"
          label={t("workplans.activities.search")}
          placeholder={t("common.searchPlaceholder")}
          value={list.q}
          onChange={(e) => {
            list.setQ(e.currentTarget.value);
            set("q", e.currentTarget.value);
          }}
          rightSection={list.query.isFetching && !list.query.isPending ? <Loader size="xs" aria-hidden /> : null}
          style={{ flex: "1 1 16rem" }}
        />
        <Select
          label={t("workplans.activities.status")}
          placeholder={t("workplans.activities.statusAll")}
          data={activityStatuses.map((s) => ({ value: s, label: t(`workplans.status.${s}`) }))}
          value={status}
          onChange={(v) => set("status", v)}
          clearable
          style={{ flex: "0 1 14rem" }}
        />
        <Select
          label={t("workplans.activities.country")}
          placeholder={t("workplans.activities.countryAll")}
          data={plan.members.map((m) => ({ value: m.code, label: names.country(m.code) }))}
          value={country}
          onChange={(v) => set("country", v)}
          searchable
          filter={foldFilter}
          clearable
          style={{ flex: "0 1 14rem" }}
        />
      </Group>
      <PagedList paged={list} empty={t("workplans.activities.empty")} noMatch={t("workplans.activities.empty")}>
        {(rows) => <ActivitiesTable plan={plan} rows={rows} />}
      </PagedList>
    </Stack>
  );
}
