import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import type { IndicatorProgress } from "../api/types";
import { IndicatorStatusBadge, usePercent, useTargetNames } from "./labels";
import { TargetBar } from "./TargetBar";

/** One indicator: the share reached against the path and the target, with the sums behind it. */
export function IndicatorCard({ ind, evaluationDate }: { ind: IndicatorProgress; evaluationDate: string }) {
  const { t, fmtDate, fmtNumber } = useI18n();
  const names = useTargetNames();
  const pct = usePercent();
  const titleId = `indicator-${ind.code}`;
  const c = ind.coverage;
  const missing = c.expectedAgencies - c.reportedAgencies;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId} data-indicator={ind.code}>
      <Stack gap="xs">
        <Title order={3} fz="h5" id={titleId}>
          ({ind.code}) {names.title(ind)}
        </Title>
        <div>
          <IndicatorStatusBadge status={ind.status} />
        </div>
        <Group gap="xs" align="baseline">
          <Text fz={28} fw={700} lh={1} data-testid={`percent-${ind.code}`}>
            {ind.percent === null ? t("common.none") : pct(ind.percent)}
          </Text>
          <Text size="sm" c="dimmed">
            {t("targets.indicator.target", { target: pct(ind.targetPercent), deadline: fmtDate(ind.deadline) })}
          </Text>
        </Group>
        <TargetBar
          percent={ind.percent}
          expected={ind.expectedPercent}
          target={ind.targetPercent}
          status={ind.status}
          label={t("targets.indicator.barLabel", {
            title: `(${ind.code})`,
            percent: pct(ind.percent),
            expected: pct(ind.expectedPercent),
            target: pct(ind.targetPercent),
          })}
        />
        <Text size="sm" fw={600} data-testid={`coverage-${ind.code}`}>
          {t("targets.indicator.coverage", {
            reported: fmtNumber(c.reportedAgencies),
            expected: fmtNumber(c.expectedAgencies),
            meeting: fmtNumber(c.meetingTarget),
            percent: pct(c.meetingPercent),
          })}
        </Text>
        {missing > 0 && (
          <Text size="sm" fw={500}>
            {t("targets.indicator.notReported", { n: fmtNumber(missing) })}
          </Text>
        )}
        <Text size="sm">
          {t("targets.indicator.expected", { expected: pct(ind.expectedPercent), date: fmtDate(evaluationDate) })}
        </Text>
        {ind.denominator > 0 && (
          <Text size="sm" c="dimmed">
            {ind.kind === "boolean"
              ? t("targets.indicator.booleanFigures", {
                  n: fmtNumber(c.meetingTarget),
                  d: fmtNumber(c.expectedAgencies),
                })
              : t("targets.indicator.figures", {
                  n: fmtNumber(ind.numerator),
                  d: fmtNumber(ind.denominator),
                  agencies: ind.agenciesWithData,
                })}
            {ind.lagging.length > 0 && ` · ${t("targets.indicator.laggingCount", { n: ind.lagging.length })}`}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
