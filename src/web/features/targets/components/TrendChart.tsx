import { Group, Text, VisuallyHidden } from "@mantine/core";
import { useId } from "react";
import { useI18n } from "../../../lib/i18n";
import type { IndicatorProgress } from "../api/types";
import { usePercent, useTargetNames } from "./labels";
import classes from "./targets.module.css";

const W = 640;
const H = 260;
const M = { top: 20, right: 16, bottom: 32, left: 44 };

/**
 * The share reached at the end of each year (bars) against the straight-line path (dashed) and the target (solid
 * line), drawn as plain SVG. A table with the same numbers is there for screen readers.
 */
export function TrendChart({ indicator }: { indicator: IndicatorProgress }) {
  const { t } = useI18n();
  const names = useTargetNames();
  const pct = usePercent();
  const titleId = useId();
  const points = indicator.series;
  if (!points.length) return <Text c="dimmed">{t("targets.chart.empty")}</Text>;

  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const step = innerW / points.length;
  const x = (i: number) => M.left + step * i + step / 2;
  const y = (v: number) => M.top + innerH - (Math.max(0, Math.min(100, v)) / 100) * innerH;
  const barW = Math.min(48, step * 0.6);
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.expectedPercent).toFixed(1)}`).join(" ");
  const caption = t("targets.chart.caption", { title: `(${indicator.code}) ${names.title(indicator)}` });

  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} className={classes.chart} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{caption}</title>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={y(v)}
              y2={y(v)}
              stroke="var(--mantine-color-gray-3)"
              strokeWidth={1}
            />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="var(--mantine-color-dimmed)">
              {v}%
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <g key={p.period}>
            {p.percent !== null && (
              <>
                <rect
                  x={x(i) - barW / 2}
                  y={y(p.percent)}
                  width={barW}
                  height={Math.max(0, y(0) - y(p.percent))}
                  rx={2}
                  fill={
                    p.percent + 1e-9 < p.expectedPercent ? "var(--mantine-color-red-6)" : "var(--mantine-color-blue-6)"
                  }
                />
                <text x={x(i)} y={y(p.percent) - 4} textAnchor="middle" fontSize={11} fill="var(--mantine-color-text)">
                  {pct(p.percent)}
                </text>
              </>
            )}
            <text x={x(i)} y={H - M.bottom + 16} textAnchor="middle" fontSize={12} fill="var(--mantine-color-text)">
              {p.period}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="var(--mantine-color-dark-4)" strokeWidth={2} strokeDasharray="6 4" />
        <line
          x1={M.left}
          x2={W - M.right}
          y1={y(indicator.targetPercent)}
          y2={y(indicator.targetPercent)}
          stroke="var(--mantine-color-dark-7)"
          strokeWidth={2}
        />
      </svg>
      <Group gap="md" mt={4}>
        <Text size="xs">
          <span className={classes.legendActual} aria-hidden />
          {t("targets.chart.actual")}
        </Text>
        <Text size="xs">
          <span className={classes.legendBelow} aria-hidden />
          {t("targets.chart.below")}
        </Text>
        <Text size="xs">
          <span className={classes.legendExpected} aria-hidden />
          {t("targets.chart.expected")}
        </Text>
        <Text size="xs">
          <span className={classes.legendTarget} aria-hidden />
          {t("targets.chart.target", { target: pct(indicator.targetPercent) })}
        </Text>
      </Group>
      <VisuallyHidden>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("targets.chart.col.year")}</th>
              <th scope="col">{t("targets.chart.actual")}</th>
              <th scope="col">{t("targets.chart.expected")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td>{pct(p.percent)}</td>
                <td>{pct(p.expectedPercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </div>
  );
}
