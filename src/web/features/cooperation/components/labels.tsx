import { Badge, Group, Table } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { countryName } from "../../../../shared/countries";
import type { ActivitySummary, CoopStatus, PartnerRef, UnitRef } from "../api/types";

export const statusColor: Record<CoopStatus, string> = {
  draft: "gray",
  submitted: "blue",
  returned: "orange",
  approved: "green",
  refused: "red",
  cancelled: "gray",
};

const badgeStyles = { root: { maxWidth: "none", flexShrink: 0 }, label: { overflow: "visible" } };

export function StatusBadge({ status }: { status: CoopStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} variant="light" tt="none" fw={600} styles={badgeStyles} data-status={status}>
      {t(`cooperation.status.${status}`)}
    </Badge>
  );
}

/** The flags the ICD looks for: out of plan, short lead time, results overdue. */
export function Flags({ a }: { a: Pick<ActivitySummary, "inPlan" | "leadShort" | "resultsOverdue" | "status"> }) {
  const { t } = useI18n();
  const outOfPlan = !a.inPlan && a.status !== "cancelled";
  if (!outOfPlan && !a.leadShort && !a.resultsOverdue) return null;
  return (
    <Group gap={4} wrap="wrap">
      {outOfPlan && (
        <Badge color="grape" variant="outline" tt="none" size="sm" styles={badgeStyles} data-flag="outOfPlan">
          {t("cooperation.badge.outOfPlan")}
        </Badge>
      )}
      {a.leadShort && (
        <Badge color="orange.2" c="dark.9" variant="filled" tt="none" size="sm" styles={badgeStyles} data-flag="short">
          {t("cooperation.badge.short")}
        </Badge>
      )}
      {a.resultsOverdue && (
        <Badge color="red.9" variant="filled" tt="none" size="sm" styles={badgeStyles} data-flag="overdue">
          {t("cooperation.badge.overdue")}
        </Badge>
      )}
    </Group>
  );
}

/** Names in the user's language: titles (English falls back to Vietnamese), units, partners, countries. */
export function useNames() {
  const { lang } = useI18n();
  return {
    title: (a: { titleVi: string; titleEn?: string | null }) => (lang === "en" ? (a.titleEn ?? a.titleVi) : a.titleVi),
    unit: (u: Pick<UnitRef, "nameVi" | "nameEn"> | null | undefined) =>
      u ? (lang === "en" ? u.nameEn : u.nameVi) : "",
    partner: (p: PartnerRef) => {
      const name = lang === "en" ? p.nameEn : p.nameVi;
      return p.shortName ? `${name} (${p.shortName})` : name;
    },
    country: (code: string) => countryName(code, lang),
    countries: (codes: string[]) => codes.map((c) => countryName(c, lang)).join(", "),
  };
}

/** "05/02/2026 – 09/02/2026", one day once, "—" for none. */
export function useDates() {
  const { fmtDate, t } = useI18n();
  return (from: string | null, to: string | null) => {
    if (!from && !to) return t("common.none");
    if (!to || from === to) return fmtDate(from ?? to);
    return t("cooperation.activity.datesValue", { from: fmtDate(from), to: fmtDate(to) });
  };
}

/**
 * A table that may scroll sideways on a phone: a named region that keyboard users can focus and scroll
 * (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={0} type="native" tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
