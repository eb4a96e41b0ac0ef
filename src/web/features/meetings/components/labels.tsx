import { Badge, Group, Text, Tooltip } from "@mantine/core";
import { useI18n, type Lang } from "../../../lib/i18n";
import { statusLabels } from "../../../lib/statusLabels";
import type {
  AccreditationStatus,
  Delegation,
  DelegationCategory,
  Meeting,
  MeetingStatus,
  Session,
  SessionKind,
} from "../api/types";

export const statusColor: Record<MeetingStatus, string> = {
  planning: "gray",
  registration_open: "blue",
  ongoing: "green",
  closed: "dark",
};

export const kindColor: Record<SessionKind, string> = {
  SOM: "blue",
  "SOM+3": "cyan",
  Heads: "indigo",
  "Heads+3": "violet",
  forum: "teal",
  bilateral: "grape",
  press_conference: "orange",
  cultural: "pink",
  site_visit: "lime",
  other: "gray",
};

export const categoryColor: Record<DelegationCategory, string> = {
  host: "red",
  asean_member: "blue",
  plus_three: "violet",
  dialogue_partner: "teal",
  secretariat: "indigo",
  observer: "gray",
};

export const accreditationColor: Record<AccreditationStatus, string> = {
  pending: "yellow",
  accredited: "green",
  rejected: "red",
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} variant="light" tt="none">
      {t(`meetings.status.${status}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: SessionKind }) {
  const { t } = useI18n();
  return (
    <Badge color={kindColor[kind]} variant="light" tt="none" style={{ whiteSpace: "nowrap" }}>
      {t(`meetings.kind.${kind}`)}
    </Badge>
  );
}

export function CategoryBadge({ category }: { category: DelegationCategory }) {
  const { t } = useI18n();
  return (
    <Badge color={categoryColor[category]} variant="light" tt="none" style={{ whiteSpace: "nowrap" }}>
      {t(`meetings.category.${category}`)}
    </Badge>
  );
}

export function AccreditationBadge({ status }: { status: AccreditationStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={accreditationColor[status]} variant="light" tt="none" style={{ whiteSpace: "nowrap" }}>
      {t(statusLabels.accreditation[status])}
    </Badge>
  );
}

/** The country's ISO code as a small chip (the browsers we support have no flag glyphs) beside its name. */
export function CountryChip({ code }: { code: string | null }) {
  const { t } = useI18n();
  return (
    <Text
      component="span"
      ff="monospace"
      fz="xs"
      fw={700}
      px={4}
      bd="1px solid var(--mantine-color-default-border)"
      style={{ borderRadius: 4, whiteSpace: "nowrap" }}
      aria-hidden
    >
      {code ?? t("meetings.delegation.organisationCode")}
    </Text>
  );
}

/** Flag chip and the delegation's name in the user's language. */
export function DelegationName({ d }: { d: Pick<Delegation, "country" | "nameVi" | "nameEn"> }) {
  const { lang } = useI18n();
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <CountryChip code={d.country} />
      <span>{lang === "en" ? d.nameEn : d.nameVi}</span>
    </Group>
  );
}

/** Bilingual pick: the user's language first. */
export const pick = (lang: Lang, vi: string | null | undefined, en: string | null | undefined) =>
  (lang === "en" ? en || vi : vi || en) ?? "";

export const meetingTitle = (lang: Lang, m: Pick<Meeting, "titleVi" | "titleEn">) => pick(lang, m.titleVi, m.titleEn);

/** The wall-clock day and time of a session in the meeting's zone, read from its ISO 8601 string with offset. */
export const dayOf = (iso: string) => iso.slice(0, 10);
export const timeOf = (iso: string) => iso.slice(11, 16);

/** "Thứ Tư" / "Wednesday" for a calendar day. */
export function weekday(lang: Lang, day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  const s = new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", { weekday: "long", timeZone: "UTC" }).format(d);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A clash flag with the sessions it collides with. */
export function ClashBadge({ session, all }: { session: Session; all: Session[] }) {
  const { t, lang } = useI18n();
  if (!session.clashes.length) return null;
  const names = session.clashes
    .map((c) => {
      const other = all.find((s) => s.id === c.sessionId);
      return `${t(`meetings.clash.${c.on}`)}: ${other ? pick(lang, other.titleVi, other.titleEn) : c.sessionId}`;
    })
    .join("; ");
  return (
    <Tooltip label={names} multiline maw={360} withArrow>
      <Badge color="red" variant="filled" tt="none" tabIndex={0} aria-label={`${t("meetings.clash.flag")}: ${names}`}>
        ⚠ {t("meetings.clash.flag")}
      </Badge>
    </Tooltip>
  );
}

/** Empty text → null for the API. */
export const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** Two letters for a photo placeholder: first and last word of the name. */
export function initials(name: string): string {
  const w = name.split(/\s+/).filter(Boolean);
  return ((w[0]?.[0] ?? "") + (w.length > 1 ? (w.at(-1)?.[0] ?? "") : "")).toUpperCase();
}
