import { Badge, Table } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { todayInHanoi } from "../../../../shared/dates";
import type { ActivityStatus, CountryRef, OnTrackJudgement } from "../api/types";

export const statusColor: Record<ActivityStatus, string> = {
  proposed: "yellow",
  planned: "gray",
  ongoing: "blue",
  completed: "green",
  cancelled: "red",
};

export const judgementColor: Record<OnTrackJudgement, string> = {
  on_track: "green",
  at_risk: "orange",
  off_track: "red",
  not_started: "gray",
  no_activities: "gray",
};

export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useI18n();
  return (
    <Badge
      color={statusColor[status]}
      variant="light"
      tt="none"
      fw={600}
      styles={{ root: { maxWidth: "none", flexShrink: 0 }, label: { overflow: "visible" } }}
    >
      {t(`workplans.status.${status}`)}
    </Badge>
  );
}

/** Names for a plan's countries and activities in the user's language. */
export function useNames(members: CountryRef[]) {
  const { lang } = useI18n();
  const byCode = new Map(members.map((m) => [m.code, m]));
  const country = (code: string) => {
    const c = byCode.get(code);
    return c ? (lang === "en" ? c.nameEn : c.nameVi) : code;
  };
  return {
    country,
    countries: (codes: string[]) => codes.map(country).join(", "),
    /** Vietnamese title when there is one, else the English; English users see the English title. */
    title: (a: { titleVi: string | null; titleEn: string }) => (lang === "vi" ? (a.titleVi ?? a.titleEn) : a.titleEn),
    plan: (p: { titleVi: string; titleEn: string }) => (lang === "en" ? p.titleEn : p.titleVi),
  };
}

/** Today's date in Hanoi (the server refuses effective dates after it). */
export function todayIso(): string {
  return todayInHanoi();
}

export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

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
