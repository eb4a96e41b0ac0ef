import { Table, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import type { Indicator, Report } from "../api/types";
import { usePercent, useTargetNames } from "./labels";

/** A report's figures, read-only: one row per indicator with the share and where the path stood that year. */
export function FiguresTable({ report, indicators }: { report: Report; indicators: Indicator[] }) {
  const { t, fmtDate, fmtNumber } = useI18n();
  const names = useTargetNames();
  const pct = usePercent();
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing={6} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("targets.figures.col.indicator")}</Table.Th>
            <Table.Th>{t("targets.figures.col.figures")}</Table.Th>
            <Table.Th ta="right">{t("targets.figures.col.share")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((ind) => {
            const v = report.values.find((x) => x.indicatorId === ind.id);
            const lagging = v?.percent != null && v.percent + 1e-9 < v.expectedPercent;
            return (
              <Table.Tr key={ind.id}>
                <Table.Th scope="row" fw={400} maw={360}>
                  <Text size="sm">
                    ({ind.code}) {names.title(ind)}
                  </Text>
                </Table.Th>
                <Table.Td>
                  {ind.kind === "boolean" ? (
                    <Text size="sm">
                      {v?.achieved == null
                        ? t("targets.figures.missing")
                        : v.achieved
                          ? t("targets.figures.yesOn", { date: fmtDate(v.achievedOn) })
                          : t("targets.figures.notYet")}
                    </Text>
                  ) : v?.numerator == null || v.denominator == null ? (
                    <Text size="sm">{t("targets.figures.missing")}</Text>
                  ) : (
                    <Text size="sm">
                      {t("targets.figures.ratio", { n: fmtNumber(v.numerator), d: fmtNumber(v.denominator) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={600} c={lagging ? "red.9" : undefined}>
                    {pct(v?.percent)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t("targets.figures.path", { expected: pct(v?.expectedPercent ?? null) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The report's history: saved, submitted, returned (with the comment), accepted. */
export function History({ report }: { report: Report }) {
  const { t, fmtDateTime, has } = useI18n();
  if (!report.events.length) return null;
  return (
    <Text component="ol" size="sm" m={0} pl="md">
      {report.events.map((e, i) => {
        const key = `targets.event.${e.action}`;
        return (
          <Text component="li" size="sm" key={i}>
            {t("targets.event.line", {
              action: has(key) ? t(key) : e.action,
              name: e.actorName,
              date: fmtDateTime(e.at),
            })}
            {e.comment && (
              <Text size="sm" c="dimmed" component="span">
                {" "}
                — “{e.comment}”
              </Text>
            )}
          </Text>
        );
      })}
    </Text>
  );
}
