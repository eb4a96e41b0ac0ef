import { Badge } from "@mantine/core";
import { useI18n, type Lang } from "../../../lib/i18n";
import { countryName } from "../../../../shared/countries";
import { statusLabels } from "../../../lib/statusLabels";
import type { AccreditationStatus, FieldValue, Link, Proposal, SessionBrief } from "../api/types";

export const pick = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);

export const accreditationColor: Record<AccreditationStatus, string> = {
  pending: "yellow",
  accredited: "green",
  rejected: "red",
};

export function AccreditationBadge({ status }: { status: AccreditationStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={accreditationColor[status]} variant="light" tt="none" style={{ whiteSpace: "nowrap" }}>
      {t(statusLabels.accreditation[status])}
    </Badge>
  );
}

const linkColor: Record<Link["status"], string> = { active: "green", expired: "gray", revoked: "red" };
export function LinkStatusBadge({ status }: { status: Link["status"] }) {
  const { t } = useI18n();
  return (
    <Badge color={linkColor[status]} variant="light" tt="none">
      {t(`registration.link.status.${status}`)}
    </Badge>
  );
}

const proposalColor: Record<Proposal["status"], string> = {
  pending: "yellow",
  accepted: "green",
  refused: "red",
  withdrawn: "gray",
};
export function ProposalStatusBadge({ status }: { status: Proposal["status"] }) {
  const { t } = useI18n();
  return (
    <Badge color={proposalColor[status]} variant="light" tt="none">
      {t(`registration.proposal.status.${status}`)}
    </Badge>
  );
}

/** A field's name for people (diffs, problems, proposals). */
export function useFieldLabel() {
  const { t, has } = useI18n();
  return (field: string) => {
    const key = `registration.field.${field}`;
    return has(key) ? t(key) : field;
  };
}

/** "05/08/2022 09:00 — Heads meeting" (the time as the meeting's clock shows it). */
export function sessionLabel(s: SessionBrief, lang: Lang, fmtDate: (v: string) => string) {
  return `${fmtDate(s.start.slice(0, 10))} ${s.start.slice(11, 16)} — ${pick(lang, s.titleVi, s.titleEn)}`;
}

/** A field's value for people: dates as the language writes them, codes as names, sessions as titles. */
export function useFormatValue(sessions: SessionBrief[]) {
  const { t, lang, fmtDate, has } = useI18n();
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return (field: string, v: FieldValue | undefined): string => {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length))
      return t("registration.value.none");
    if (Array.isArray(v)) {
      return v
        .map((id) => {
          const s = byId.get(id);
          return s ? sessionLabel(s, lang, fmtDate) : t("registration.value.otherSession");
        })
        .join("; ");
    }
    if (field === "photo") return t("registration.value.photo");
    if (/Date$|Expiry$|dateOfBirth/.test(field)) return fmtDate(v);
    if (field === "nationality") return `${countryName(v, lang)} (${v})`;
    if (field === "role" || field === "gender") {
      const key = `registration.${field}.${v}`;
      return has(key) ? t(key) : v;
    }
    return v;
  };
}
