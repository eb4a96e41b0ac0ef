import { useState } from "react";
import { Navigate } from "react-router";
import { useSearchParamsUpdate } from "../../../lib/searchParams";
import { Group, Loader, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { ErrorState, Loading } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { useProgress } from "../api/progress";
import type { Progress, Scheme } from "../api/types";
import { targetsAccess } from "./access";
import { isIsoDate, todayIso, usePercent } from "./labels";
import { useSchemeContext } from "./SchemeLayout";
import { IndicatorCard } from "./IndicatorCard";
import { TrendChart } from "./TrendChart";
import { AgencyLists } from "./AgencyLists";
import { AgencyTable } from "./AgencyTable";

function AsOfPicker({
  scheme,
  asOf,
  onChange,
  busy,
}: {
  scheme: Scheme;
  asOf: string;
  onChange: (v: string) => void;
  busy: boolean;
}) {
  const { t, fmtDate } = useI18n();
  const years: string[] = [];
  for (let y = scheme.endYear; y >= scheme.startYear; y--) years.push(`${y}-12-31`);
  const today = todayIso();
  const quick = [
    { value: today, label: t("targets.asOf.today", { date: fmtDate(today) }) },
    ...years
      .filter((d) => d < today)
      .map((d) => ({ value: d, label: t("targets.asOf.yearEnd", { date: fmtDate(d) }) })),
  ];
  const set = (v: string) => {
    if (isIsoDate(v)) onChange(v);
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t("targets.asOf")}
        data={quick}
        value={quick.some((o) => o.value === asOf) ? asOf : null}
        placeholder={fmtDate(asOf)}
        onChange={(v) => v && set(v)}
        allowDeselect={false}
        style={{ flex: "0 1 16rem" }}
        name="asOf-quick"
      />
      <DateField
        label={t("targets.asOf.other")}
        value={asOf}
        onChange={(v) => v && set(v)}
        style={{ flex: "0 1 12rem" }}
        name="asOf"
      />
      {busy && <Loader size="xs" role="status" aria-label={t("common.loading")} mb={10} />}
    </Group>
  );
}

function ChartSection({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  const [code, setCode] = useState(
    progress.indicators.find((i) => i.kind === "ratio")?.code ?? progress.indicators[0]?.code,
  );
  const ind = progress.indicators.find((i) => i.code === code) ?? progress.indicators[0];
  if (!ind) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="chart-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} fz="h4" id="chart-title">
            {t("targets.chart.title")}
          </Title>
          <SegmentedControl
            aria-label={t("targets.chart.indicator")}
            value={ind.code}
            onChange={setCode}
            data={progress.indicators.map((i) => ({
              value: i.code,
              label: t("targets.table.col.indicator", { code: i.code }),
            }))}
          />
        </Group>
        <TrendChart indicator={ind} />
      </Stack>
    </Paper>
  );
}

function Summary({ progress }: { progress: Progress }) {
  const { t, fmtDate } = useI18n();
  const pct = usePercent();
  const first = progress.indicators.find((i) => i.kind === "ratio");
  return (
    <Stack gap={4}>
      <Text size="sm" aria-live="polite" data-testid="progress-summary">
        {progress.period === null
          ? t("targets.summary.noPeriod", { date: fmtDate(progress.asOf) })
          : t("targets.summary", {
              period: progress.period,
              date: fmtDate(progress.asOf),
              provinces: progress.agencyCount.provinces,
              ministries: progress.agencyCount.ministries,
            })}
      </Text>
      {progress.indicators.every((i) => i.status === "no_data") && (
        <Text size="sm" c="dimmed">
          {t("targets.summary.empty")}
        </Text>
      )}
      {first && (
        <Text size="xs" c="dimmed">
          {t("targets.rule", { baseline: pct(first.baselinePercent), baselineDate: fmtDate(first.baselineDate) })}
        </Text>
      )}
    </Stack>
  );
}

/** The ICD's dashboard: progress per indicator against target, the years, who has not reported and who lags. */
export function DashboardPage() {
  const scheme = useSchemeContext();
  const access = targetsAccess(scheme);
  if (!access.reviewer) return <Navigate to={`/targets/${scheme.id}/reports`} replace />;
  return <Dashboard scheme={scheme} />;
}

function Dashboard({ scheme }: { scheme: Scheme }) {
  const [params, updateParams] = useSearchParamsUpdate();
  const fromUrl = params.get("asOf");
  const asOf = fromUrl && isIsoDate(fromUrl) ? fromUrl : todayIso();
  const progress = useProgress(scheme.id, asOf);

  const setAsOf = (v: string) => {
    // From the address as it is when the change lands, not as this render saw it.
    updateParams(
      (p) => {
        p.set("asOf", v);
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg">
      <AsOfPicker scheme={scheme} asOf={asOf} onChange={setAsOf} busy={progress.isFetching && !progress.isPending} />
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <Summary progress={progress.data} />
          <SimpleGrid cols={{ base: 1, md: progress.data.indicators.length >= 3 ? 3 : 2 }} spacing="md">
            {progress.data.indicators.map((i) => (
              <IndicatorCard key={i.id} ind={i} evaluationDate={progress.data.evaluationDate} />
            ))}
          </SimpleGrid>
          <ChartSection progress={progress.data} />
          <AgencyLists progress={progress.data} />
          <AgencyTable
            agencies={progress.data.agencies}
            indicators={progress.data.indicators}
            period={progress.data.period}
          />
        </>
      )}
    </Stack>
  );
}
