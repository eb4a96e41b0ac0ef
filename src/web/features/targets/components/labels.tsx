import { Badge } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { todayInHanoi } from "../../../../shared/dates";
import type { Indicator, IndicatorStatus, PeriodStatus } from "../api/types";

/** Today in Vietnam as YYYY-MM-DD (the server's default "as of" too). */
export function todayIso(): string {
  return todayInHanoi();
}

export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

const periodColor: Record<PeriodStatus, string> = {
  missing: "gray",
  draft: "gray",
  submitted: "blue",
  returned: "orange",
  accepted: "green",
};

export function PeriodStatusBadge({ status }: { status: PeriodStatus }) {
  const { t } = useI18n();
  return (
    <Badge
      color={periodColor[status]}
      variant={status === "missing" ? "outline" : "light"}
      tt="none"
      fw={600}
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {t(`targets.periodStatus.${status}`)}
    </Badge>
  );
}

export const indicatorColor: Record<IndicatorStatus, string> = {
  achieved: "green",
  on_track: "teal",
  lagging: "red",
  no_data: "gray",
};

export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={indicatorColor[status]} variant="light" tt="none" fw={600} size="lg" data-status={status}>
      {t(`targets.status.${status}`)}
    </Badge>
  );
}

/** Names in the user's language. */
export function useTargetNames() {
  const { lang } = useI18n();
  return {
    name: (a: { nameVi: string; nameEn: string }) => (lang === "en" ? a.nameEn : a.nameVi),
    title: (s: { titleVi: string; titleEn: string }) => (lang === "en" ? s.titleEn : s.titleVi),
    numerator: (i: Indicator) => (lang === "en" ? i.numeratorLabelEn : i.numeratorLabelVi),
    denominator: (i: Indicator) => (lang === "en" ? i.denominatorLabelEn : i.denominatorLabelVi) ?? "",
  };
}

/** A percentage with one decimal in the user's number format: 78,8 % in Vietnamese, 78.8% in English. */
export function usePercent() {
  const { fmtNumber } = useI18n();
  return (x: number | null | undefined) =>
    x === null || x === undefined ? "—" : `${fmtNumber(x, { maximumFractionDigits: 1 })}%`;
}
