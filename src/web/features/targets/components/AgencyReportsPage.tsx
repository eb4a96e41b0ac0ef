import { useSearchParamsUpdate } from "../../../lib/searchParams";
import { Button, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { ErrorState, Loading } from "../../../components/QueryState";
import { useAgencies } from "../api/agencies";
import { useReports } from "../api/reports";
import { useCarryOver } from "../api/carryOver";
import type { Agency, Report, Scheme } from "../api/types";
import { targetsAccess } from "./access";
import { NotForYou, useSchemeContext } from "./SchemeLayout";
import { PeriodStatusBadge, todayIso, usePercent, useTargetNames } from "./labels";
import { ReportForm } from "./ReportForm";
import { FiguresTable } from "./Figures";

const inForce = (a: Agency, date: string) =>
  (a.validFrom === null || a.validFrom <= date) && (a.validTo === null || a.validTo >= date);

function PeriodsTable({
  scheme,
  years,
  reports,
  selected,
  onSelect,
}: {
  scheme: Scheme;
  years: number[];
  reports: Report[];
  selected: number;
  onSelect: (y: number) => void;
}) {
  const { t } = useI18n();
  const pct = usePercent();
  const ratios = scheme.indicators.filter((i) => i.kind === "ratio");
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="periods-title">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="periods-title">
          {t("targets.agency.periods")}
        </Title>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("targets.agency.col.year")}</Table.Th>
                <Table.Th>{t("targets.agency.col.status")}</Table.Th>
                {ratios.map((i) => (
                  <Table.Th key={i.id} ta="right" visibleFrom="sm">
                    {t("targets.table.col.indicator", { code: i.code })}
                  </Table.Th>
                ))}
                <Table.Th>
                  <VisuallyHidden>{t("targets.agency.col.action")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((y) => {
                const r = reports.find((x) => x.period === y);
                return (
                  <Table.Tr key={y} bg={y === selected ? "var(--mantine-color-blue-light)" : undefined} data-year={y}>
                    <Table.Th scope="row">{y}</Table.Th>
                    <Table.Td>
                      <PeriodStatusBadge status={r?.status ?? "missing"} />
                    </Table.Td>
                    {ratios.map((i) => (
                      <Table.Td key={i.id} ta="right" visibleFrom="sm">
                        {pct(r?.values.find((v) => v.indicatorId === i.id)?.percent)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant={y === selected ? "filled" : "default"}
                        onClick={() => onSelect(y)}
                        aria-current={y === selected ? "true" : undefined}
                        aria-label={t("targets.agency.open", { year: y })}
                      >
                        {t("targets.agency.openShort")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

function FormerReports({ scheme, agency, reports }: { scheme: Scheme; agency: Agency; reports: Report[] }) {
  const { t } = useI18n();
  const names = useTargetNames();
  if (!reports.length) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="former-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="former-title">
          {t("targets.agency.formerTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("targets.agency.formerHint", { agency: names.name(agency) })}
        </Text>
        {reports.map((r) => (
          <Stack key={r.id} gap={4}>
            <Title order={3} fz="h6">
              {t("targets.review.reportTitle", {
                agency: `${names.name(r.agency)} ${t("targets.formerSuffix")}`,
                period: r.period,
              })}{" "}
              <PeriodStatusBadge status={r.status} />
            </Title>
            <FiguresTable report={r} indicators={scheme.indicators} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** The form of a year; a report not started yet waits for what carries over from last year's accepted one. */
function FormWithCarryOver(props: {
  scheme: Scheme;
  agencyCode: string;
  agencyName: string;
  period: number;
  report: Report | null;
}) {
  const carry = useCarryOver(props.scheme.id, props.agencyCode, props.period, props.report === null);
  if (props.report === null && carry.isPending) return <Loading />;
  // Without the carry-over (it failed) the form still works: the agency types every figure.
  return <ReportForm {...props} editable carry={carry.data ?? null} />;
}

/** A reporting agency's own page: its years with their status, and the form for the chosen year. */
export function AgencyReportsPage() {
  const scheme = useSchemeContext();
  const { t } = useI18n();
  const access = targetsAccess(scheme);
  const [params, updateParams] = useSearchParamsUpdate();
  const codes = access.agencies;
  const code = codes.find((a) => a.code === params.get("agency"))?.code ?? codes[0]?.code ?? "";
  const agencies = useAgencies();
  const reports = useReports(scheme.id, {});
  const names = useTargetNames();

  if (!codes.length) return <NotForYou />;
  if (agencies.isPending || reports.isPending) return <Loading />;
  if (agencies.isError) return <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;

  const agency = agencies.data.find((a) => a.code === code);
  if (!agency) return <NotForYou />;
  const currentYear = Number(todayIso().slice(0, 4));
  const years: number[] = [];
  for (let y = Math.min(scheme.endYear, currentYear); y >= scheme.startYear; y--) {
    if (inForce(agency, `${y}-12-31`)) years.push(y);
  }
  const own = reports.data.filter((r) => r.agency.code === code);
  const formerCodes = new Set<string>();
  const collect = (c: string) => {
    for (const a of agencies.data) {
      if (a.successorCode === c && !formerCodes.has(a.code)) {
        formerCodes.add(a.code);
        collect(a.code);
      }
    }
  };
  collect(code);
  const former = reports.data
    .filter((r) => formerCodes.has(r.agency.code))
    .sort((a, b) => b.period - a.period || a.agency.nameVi.localeCompare(b.agency.nameVi, "vi"));

  const fromUrl = Number(params.get("year"));
  const selected = years.includes(fromUrl) ? fromUrl : (years[0] ?? scheme.endYear);
  const report = own.find((r) => r.period === selected) ?? null;
  const select = (patch: { year?: number; agency?: string }) => {
    // From the address as it is when the change lands, not as this render saw it.
    updateParams(
      (p) => {
        if (patch.year !== undefined) p.set("year", String(patch.year));
        if (patch.agency !== undefined) {
          p.set("agency", patch.agency);
          p.delete("year");
        }
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg">
      {codes.length > 1 && (
        <Select
          label={t("targets.agency.pick")}
          data={codes.map((c) => ({ value: c.code, label: c.label }))}
          value={code}
          onChange={(v) => v && select({ agency: v })}
          allowDeselect={false}
          style={{ maxWidth: "24rem" }}
        />
      )}
      <Text size="sm" c="dimmed">
        {t("targets.agency.intro", { agency: names.name(agency) })}
      </Text>
      {years.length === 0 ? (
        <Text c="dimmed">{t("targets.agency.noYears")}</Text>
      ) : (
        <>
          <PeriodsTable
            scheme={scheme}
            years={years}
            reports={own}
            selected={selected}
            onSelect={(y) => select({ year: y })}
          />
          <FormWithCarryOver
            key={`${code}-${selected}-${report?.version ?? 0}`}
            scheme={scheme}
            agencyCode={code}
            agencyName={names.name(agency)}
            period={selected}
            report={report}
          />
        </>
      )}
      <FormerReports scheme={scheme} agency={agency} reports={former} />
    </Stack>
  );
}
