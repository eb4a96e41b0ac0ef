import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useSearchParamsUpdate } from "../../../lib/searchParams";
import {
  Anchor,
  Button,
  Checkbox,
  Collapse,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  useMantineTheme,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useI18n } from "../../../lib/i18n";
import { api } from "../../../lib/api";
import { useNotify } from "../../../lib/notify";
import { errorText } from "../../../components/ErrorAlert";
import { Page } from "../../../components/Page";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import { UnitSelect } from "../../../components/UnitSelect";
import { foldFilter } from "../../../components/foldFilter";
import { countryOptions } from "../../../../shared/countries";
import { todayInHanoi } from "../../../../shared/dates";
import { exportPath, useActivitiesPage, type ActivityFilters } from "../api/activities";
import { usePartnerSearch } from "../api/partners";
import { coopKinds, coopStatuses, routeSteps, type ActivitySummary } from "../api/types";
import { CalendarView } from "./CalendarView";
import { useAccess } from "./CooperationLayout";
import { Flags, ScrollTable, StatusBadge, useDates, useNames } from "./labels";

function ActivitiesTable({ rows, showUnit }: { rows: ActivitySummary[]; showUnit: boolean }) {
  const { t } = useI18n();
  const names = useNames();
  const dates = useDates();
  return (
    <Paper withBorder radius="md">
      <ScrollTable label={t("cooperation.list.table")}>
        <Table verticalSpacing="sm" highlightOnHover data-testid="coop-activities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110} visibleFrom="sm">
                {t("cooperation.list.col.code")}
              </Table.Th>
              <Table.Th>{t("cooperation.list.col.title")}</Table.Th>
              {showUnit && <Table.Th visibleFrom="md">{t("cooperation.list.col.unit")}</Table.Th>}
              <Table.Th visibleFrom="sm">{t("cooperation.list.col.dates")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("cooperation.list.col.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id} data-code={a.code}>
                <Table.Td visibleFrom="sm">
                  <Text size="sm" ff="monospace" style={{ whiteSpace: "nowrap" }}>
                    {a.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <Anchor component={Link} to={`/cooperation/activities/${a.id}`} size="sm" fw={500}>
                      {names.title(a)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`cooperation.kind.${a.kind}`)}
                      {a.countries.length > 0 && ` · ${names.countries(a.countries)}`}
                      {a.partners.length > 0 && ` · ${a.partners.map(names.partner).join(", ")}`}
                    </Text>
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      {a.code} · {dates(a.startDate, a.endDate)}
                      {showUnit && ` · ${names.unit(a.unit)}`}
                    </Text>
                    <Group gap={4} hiddenFrom="sm">
                      <StatusBadge status={a.status} />
                    </Group>
                    {a.waitingFor && (
                      <Text size="xs">
                        {t("cooperation.list.waitingFor", { step: t(`cooperation.step.${a.waitingFor}`) })}
                      </Text>
                    )}
                    <Flags a={a} />
                  </Stack>
                </Table.Td>
                {showUnit && (
                  <Table.Td visibleFrom="md">
                    <Text size="sm">{names.unit(a.unit)}</Text>
                  </Table.Td>
                )}
                <Table.Td visibleFrom="sm">
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {dates(a.startDate, a.endDate)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <StatusBadge status={a.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

const bool = (v: string | null) => (v === "true" ? true : v === "false" ? false : null);
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null => list.find((x) => x === v) ?? null;

/** Picks a partner from the directory, searched on the server without diacritics. */
function PartnerFilter({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useI18n();
  const names = useNames();
  const [search, setSearch] = useState("");
  const found = usePartnerSearch(search);
  const data = (found.data?.rows ?? []).map((p) => ({ value: p.id, label: names.partner(p) }));
  return (
    <Select
      label={t("cooperation.list.partner")}
      placeholder={t("cooperation.list.all")}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t("cooperation.partners.noMatch")}
      clearable
      style={{ flex: "1 1 12rem" }}
    />
  );
}

/** The register's activities (the ICD's view; a unit officer sees their unit's): filters, search, badges, export, calendar. */
export function ActivitiesPage() {
  const { t, lang } = useI18n();
  const access = useAccess();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const [, updateParams] = useSearchParamsUpdate();
  // From the address as it is when the change lands, not as this render saw it: the search box writes `q` after its
  // pause, and a filter picked meanwhile must not be undone by it.
  const set = (key: string, value: string | null) =>
    updateParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
      },
      { replace: true },
    );
  const yearParam = Number(params.get("year"));
  const filters: ActivityFilters = {
    year: Number.isInteger(yearParam) && yearParam > 1990 ? yearParam : null,
    unitId: params.get("unitId"),
    kind: oneOf(coopKinds, params.get("kind")),
    status: oneOf(coopStatuses, params.get("status")),
    country: params.get("country"),
    partnerId: params.get("partnerId"),
    inPlan: bool(params.get("inPlan")),
    waitingFor: oneOf(routeSteps, params.get("waitingFor")),
    leadShort: params.get("leadShort") === "true" ? true : null,
    resultsOverdue: params.get("resultsOverdue") === "true" ? true : null,
  };
  const view = params.get("view") === "calendar" ? "calendar" : "list";
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const [moreOpen, setMoreOpen] = useState(false);
  const { year: _year, ...secondary } = filters;
  const activeSecondary = Object.values(secondary).filter((v) => v !== null && v !== undefined).length;
  const list = useActivitiesPage(filters, params.get("q") ?? "");
  const [exporting, setExporting] = useState(false);
  const thisYear = Number(todayInHanoi().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));
  const narrowed = Object.values(filters).some((v) => v !== null && v !== undefined) || !!list.searched;

  const doExport = async () => {
    setExporting(true);
    try {
      await api.download(exportPath(filters, list.searched), "activities.xlsx");
    } catch (e) {
      notify(errorText(e, t("common.error.unexpected")), "red");
    } finally {
      setExporting(false);
    }
  };

  // On a phone the filters beyond the year fold behind one button that counts the active ones (issue 12).
  const secondaryFilters = (
    <>
      {(access.readAll || access.units.length > 1) && (
        <UnitSelect
          label={t("cooperation.list.unit")}
          placeholder={t("cooperation.list.all")}
          value={filters.unitId ?? null}
          onChange={(v) => set("unitId", v)}
          style={{ flex: "1 1 14rem" }}
        />
      )}
      <Select
        label={t("cooperation.list.kind")}
        placeholder={t("cooperation.list.all")}
        data={coopKinds.map((k) => ({ value: k, label: t(`cooperation.kind.${k}`) }))}
        value={filters.kind ?? null}
        onChange={(v) => set("kind", v)}
        clearable
        style={{ flex: "1 1 12rem" }}
      />
      <Select
        label={t("cooperation.list.status")}
        placeholder={t("cooperation.list.all")}
        data={coopStatuses.map((s) => ({ value: s, label: t(`cooperation.status.${s}`) }))}
        value={filters.status ?? null}
        onChange={(v) => set("status", v)}
        clearable
        style={{ flex: "1 1 10rem" }}
      />
      <Select
        label={t("cooperation.list.country")}
        placeholder={t("cooperation.list.all")}
        data={countryOptions(lang)}
        value={filters.country ?? null}
        onChange={(v) => set("country", v)}
        searchable
        filter={foldFilter}
        clearable
        style={{ flex: "1 1 12rem" }}
      />
      <PartnerFilter value={filters.partnerId ?? null} onChange={(v) => set("partnerId", v)} />
      <Select
        label={t("cooperation.list.plan")}
        placeholder={t("cooperation.list.all")}
        data={[
          { value: "true", label: t("cooperation.list.plan.in") },
          { value: "false", label: t("cooperation.list.plan.out") },
        ]}
        value={filters.inPlan === null || filters.inPlan === undefined ? null : String(filters.inPlan)}
        onChange={(v) => set("inPlan", v)}
        clearable
        style={{ flex: "1 1 10rem" }}
      />
      <Select
        label={t("cooperation.list.waiting")}
        placeholder={t("cooperation.list.all")}
        data={routeSteps.map((s) => ({ value: s, label: t(`cooperation.step.${s}`) }))}
        value={filters.waitingFor ?? null}
        onChange={(v) => set("waitingFor", v)}
        clearable
        style={{ flex: "1 1 14rem" }}
      />
    </>
  );
  const checkFilters = (
    <>
      <Checkbox
        label={t("cooperation.list.short")}
        checked={!!filters.leadShort}
        onChange={(e) => set("leadShort", e.currentTarget.checked ? "true" : null)}
      />
      <Checkbox
        label={t("cooperation.list.overdue")}
        checked={!!filters.resultsOverdue}
        onChange={(e) => set("resultsOverdue", e.currentTarget.checked ? "true" : null)}
      />
    </>
  );
  const clearButton = (
    <>
      {narrowed && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => {
            list.setQ("");
            setParams(view === "calendar" ? { view } : {}, { replace: true });
          }}
        >
          {t("cooperation.list.clear")}
        </Button>
      )}
    </>
  );
  const myUnits = access.units.map((u) => (lang === "en" ? u.nameEn : u.nameVi)).join(", ");
  return (
    <Page
      title={t("cooperation.title")}
      description={
        access.readAll || !myUnits ? t("cooperation.description") : t("cooperation.list.mine", { unit: myUnits })
      }
      actions={
        access.createActivity && (
          <Button component={Link} to="/cooperation/new">
            {t("cooperation.list.new")}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <Group align="flex-end" gap="md" wrap="wrap">
          <PagedSearch
            paged={{
              ...list,
              setQ: (q: string) => {
                list.setQ(q);
                set("q", q);
              },
            }}
            label={t("cooperation.list.search")}
          />
          <SegmentedControl
            aria-label={t("cooperation.list.view")}
            value={view}
            onChange={(v) => set("view", v === "calendar" ? v : null)}
            data={[
              { value: "list", label: t("cooperation.list.viewList") },
              { value: "calendar", label: t("cooperation.list.viewCalendar") },
            ]}
          />
          <Button variant="default" onClick={() => void doExport()} loading={exporting} data-testid="coop-export">
            {t("cooperation.list.export")}
          </Button>
        </Group>
        <Paper withBorder radius="md" p="sm" component="fieldset" style={{ margin: 0 }}>
          <Text component="legend" size="sm" fw={600} px={4}>
            {t("cooperation.list.filters")}
          </Text>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t("cooperation.list.year")}
              placeholder={t("cooperation.list.all")}
              data={years}
              value={filters.year ? String(filters.year) : null}
              onChange={(v) => set("year", v)}
              clearable
              style={{ flex: "0 1 8rem" }}
            />
            {wide ? (
              secondaryFilters
            ) : (
              <Button
                variant={moreOpen ? "light" : "default"}
                onClick={() => setMoreOpen((o) => !o)}
                aria-expanded={moreOpen}
                aria-controls="coop-more-filters"
                data-testid="coop-filters-toggle"
              >
                {activeSecondary
                  ? t("cooperation.list.moreFilters", { n: activeSecondary })
                  : t("cooperation.list.filters")}
              </Button>
            )}
          </Group>
          {wide ? (
            <Group gap="lg" mt="sm" wrap="wrap">
              {checkFilters}
              {clearButton}
            </Group>
          ) : (
            <>
              <Collapse expanded={moreOpen} id="coop-more-filters">
                <Group align="flex-end" gap="sm" wrap="wrap" mt="sm">
                  {secondaryFilters}
                </Group>
                <Group gap="lg" mt="sm" wrap="wrap">
                  {checkFilters}
                </Group>
              </Collapse>
              {narrowed && (
                <Group mt="sm" gap="lg">
                  {clearButton}
                </Group>
              )}
            </>
          )}
        </Paper>
        {view === "calendar" ? (
          <CalendarView />
        ) : (
          <PagedList paged={list} empty={t("cooperation.list.empty")} noMatch={t("cooperation.list.noMatch")}>
            {(rows) => <ActivitiesTable rows={rows} showUnit={access.readAll || access.units.length !== 1} />}
          </PagedList>
        )}
      </Stack>
    </Page>
  );
}
