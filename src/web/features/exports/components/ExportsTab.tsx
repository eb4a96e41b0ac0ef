/**
 * The meeting's exports: the programme to a calendar (ICS) and to PDF; the participants list to Excel (all, one
 * delegation, one session; personal data only on purpose, and logged); a delegation's information pack. For the
 * host, the personal-data purge: its date after the meeting closes, and the purge itself with the counts that stay.
 */
import { useState, type ReactNode } from "react";
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { api, qs } from "../../../lib/api";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { useDelegations, useSessions } from "../api/options";
import { usePrivacy, usePurge, useSetPurgeDate, type PrivacyCounts } from "../api/privacy";

function useDownload() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = (key: string, path: string, name: string) => {
    setError(null);
    setBusy(key);
    api
      .download(path, name)
      .catch(setError)
      .finally(() => setBusy(null));
  };
  return { error, busy, run };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Programme({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang, fmtZone } = useI18n();
  const dl = useDownload();
  return (
    <Section title={t("exports.programme.title")}>
      <Text size="sm" c="dimmed">
        {t("exports.programme.intro", { zone: fmtZone(meeting.timeZone) })}
      </Text>
      <Group gap="sm">
        <Button
          loading={dl.busy === "ics"}
          onClick={() =>
            dl.run("ics", `/meetings/${meeting.id}/programme.ics${qs({ lang })}`, `${meeting.code}-programme.ics`)
          }
        >
          {t("exports.programme.ics")}
        </Button>
        <Button
          variant="light"
          loading={dl.busy === "pdf"}
          onClick={() => dl.run("pdf", `/meetings/${meeting.id}/programme.pdf`, `${meeting.code}-programme.pdf`)}
        >
          {t("exports.programme.pdf")}
        </Button>
      </Group>
      <ErrorAlert error={dl.error} />
    </Section>
  );
}

function Participants({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang } = useI18n();
  const perms = meeting.permissions;
  const host = perms?.allDelegations === true && (perms.delegateView === "full" || perms.delegateView === "standard");
  const delegations = useDelegations(meeting.id);
  const sessions = useSessions(meeting.id);
  const [scope, setScope] = useState<string>(host ? "all" : "");
  const [personal, setPersonal] = useState(false);
  const dl = useDownload();
  const own = perms?.ownDelegationIds ?? [];
  const options = [
    ...(host ? [{ value: "all", label: t("exports.participants.all") }] : []),
    ...(delegations.data ?? [])
      .filter((d) => host || own.includes(d.id))
      .map((d) => ({ value: `d:${d.id}`, label: lang === "vi" ? d.nameVi : d.nameEn })),
    ...(host
      ? (sessions.data ?? []).map((s) => ({
          value: `s:${s.id}`,
          label: `${t("exports.participants.session")}: ${s.start.slice(8, 10)}/${s.start.slice(5, 7)} ${lang === "vi" ? s.titleVi : s.titleEn}`,
        }))
      : []),
  ];
  const chosen = scope || options[0]?.value || "";
  const query = {
    delegationId: chosen.startsWith("d:") ? chosen.slice(2) : undefined,
    sessionId: chosen.startsWith("s:") ? chosen.slice(2) : undefined,
    personal: personal || undefined,
    lang,
  };
  const full = perms?.delegateView === "full" || own.length > 0;
  return (
    <Section title={t("exports.participants.title")}>
      <NativeSelect
        label={t("exports.participants.scope")}
        value={chosen}
        onChange={(e) => setScope(e.currentTarget.value)}
        data={options}
      />
      <Checkbox
        checked={personal}
        onChange={(e) => setPersonal(e.currentTarget.checked)}
        label={t("exports.participants.personal")}
        description={full ? t("exports.participants.personalFull") : t("exports.participants.personalStandard")}
      />
      {personal && (
        <Alert color="yellow" role="status">
          {t("exports.participants.logged")}
        </Alert>
      )}
      <Group>
        <Button
          disabled={!chosen}
          loading={dl.busy === "xlsx"}
          onClick={() =>
            dl.run("xlsx", `/meetings/${meeting.id}/participants.xlsx${qs(query)}`, `${meeting.code}-participants.xlsx`)
          }
        >
          {t("exports.participants.download")}
        </Button>
      </Group>
      <ErrorAlert error={dl.error} />
    </Section>
  );
}

function InfoPack({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang } = useI18n();
  const delegations = useDelegations(meeting.id);
  const own = meeting.permissions?.ownDelegationIds ?? [];
  const host = meeting.permissions?.allDelegations === true;
  const list = (delegations.data ?? []).filter((d) => host || own.includes(d.id));
  const [id, setId] = useState("");
  const chosen = id || list[0]?.id || "";
  const dl = useDownload();
  return (
    <Section title={t("exports.pack.title")}>
      <Text size="sm" c="dimmed">
        {t("exports.pack.intro")}
      </Text>
      <NativeSelect
        label={t("exports.pack.delegation")}
        value={chosen}
        onChange={(e) => setId(e.currentTarget.value)}
        data={list.map((d) => ({ value: d.id, label: lang === "vi" ? d.nameVi : d.nameEn }))}
      />
      <Group>
        <Button
          disabled={!chosen}
          loading={dl.busy === "pack"}
          onClick={() =>
            dl.run(
              "pack",
              `/meetings/${meeting.id}/delegations/${chosen}/information-pack.pdf${qs({ lang })}`,
              `${meeting.code}-information-pack.pdf`,
            )
          }
        >
          {t("exports.pack.download")}
        </Button>
      </Group>
      <ErrorAlert error={dl.error} />
    </Section>
  );
}

function Counts({ c }: { c: PrivacyCounts }) {
  const { t } = useI18n();
  const items: [string, number][] = [
    [t("exports.privacy.count.delegations"), c.delegations],
    [t("exports.privacy.count.delegates"), c.delegates],
    [t("exports.privacy.count.accredited"), c.accredited],
    [t("exports.privacy.count.badges"), c.badgesActive],
    ...(c.badgesVoidedByPurge > 0
      ? [[t("exports.privacy.count.badgesVoided"), c.badgesVoidedByPurge] satisfies [string, number]]
      : []),
    [t("exports.privacy.count.admissions"), c.admissions],
    [t("exports.privacy.count.people"), c.peopleAdmitted],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
      {items.map(([label, n]) => (
        <Paper key={label} withBorder p="xs" radius="sm">
          <Text fw={700} fz="lg">
            {n}
          </Text>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

const blockedKey: Record<string, TranslationKey> = {
  PURGE_MEETING_NOT_CLOSED: "exports.privacy.blocked.notClosed",
  PURGE_DATE_NOT_SET: "exports.privacy.blocked.noDate",
  PURGE_NOT_DUE: "exports.privacy.blocked.notDue",
};

function Privacy({ meeting }: { meeting: MeetingTabMeeting & { purgeAt?: string | null } }) {
  const { t, fmtDate, fmtDateTime } = useI18n();
  const status = usePrivacy(meeting.id, true);
  const setDate = useSetPurgeDate(meeting.id);
  const purge = usePurge(meeting.id);
  // What the purge-date field reports once edited (ISO, "" for none, null while not a real day); undefined: untouched.
  const [date, setDateValue] = useState<string | null | undefined>(undefined);
  const [dateError, setDateError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState("");
  const icd = meeting.permissions?.manageProgramme === true;
  return (
    <Section title={t("exports.privacy.title")}>
      <Text size="sm" c="dimmed">
        {t("exports.privacy.intro")}
      </Text>
      <QueryState query={status}>
        {(s) => (
          <Stack gap="sm">
            {s.purgedAt ? (
              <Alert color="gray" role="status">
                {t("exports.privacy.done", { at: fmtDateTime(s.purgedAt) })}
              </Alert>
            ) : (
              <Text size="sm">
                {s.purgeAt ? t("exports.privacy.date", { date: fmtDate(s.purgeAt) }) : t("exports.privacy.noDate")}
              </Text>
            )}
            <Counts c={s.counts} />
            {icd && !s.purgedAt && (
              <Group align="flex-end" gap="sm" wrap="wrap">
                <DateField
                  label={t("exports.privacy.setDate")}
                  description={t("exports.privacy.dateFormat")}
                  name="purgeAt"
                  value={date === undefined ? (s.purgeAt ?? "") : date}
                  onChange={(v) => {
                    setDateValue(v);
                    setDateError(null);
                  }}
                  error={dateError}
                />
                <Button
                  variant="light"
                  loading={setDate.isPending}
                  onClick={() => {
                    // An unreal day is named at the field and not sent; an empty field removes the date.
                    if (date === null) return setDateError(t("common.date.invalid"));
                    setDate.mutate({
                      version: meeting.version,
                      purgeAt: date === undefined ? s.purgeAt : date || null,
                    });
                  }}
                >
                  {t("exports.privacy.saveDate")}
                </Button>
              </Group>
            )}
            <ErrorAlert error={setDate.error} />
            {icd && !s.purgedAt && s.blockedBy && s.blockedBy !== "ALREADY_PURGED" && (
              <Text size="sm" c="dimmed">
                {t(blockedKey[s.blockedBy] ?? "exports.privacy.blocked.other")}
              </Text>
            )}
            {icd && s.canPurge && (
              <Stack gap="xs">
                <TextInput
                  label={t("exports.privacy.confirm", { code: meeting.code })}
                  value={confirm}
                  onChange={(e) => setConfirm(e.currentTarget.value)}
                  autoComplete="off"
                />
                <Group>
                  <Button
                    color="red"
                    disabled={confirm.trim().toUpperCase() !== meeting.code.toUpperCase()}
                    loading={purge.isPending}
                    onClick={() => purge.mutate(confirm)}
                  >
                    {t("exports.privacy.purge")}
                  </Button>
                </Group>
              </Stack>
            )}
            <ErrorAlert error={purge.error} />
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}

export function ExportsTab({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t } = useI18n();
  const perms = meeting.permissions;
  const seesPeople =
    perms?.delegateView === "full" || perms?.delegateView === "standard" || (perms?.ownDelegationIds.length ?? 0) > 0;
  return (
    <Stack gap="md">
      <Title order={2} fz="h3">
        {t("exports.title")}
      </Title>
      <Programme meeting={meeting} />
      {seesPeople && <Participants meeting={meeting} />}
      {seesPeople && <InfoPack meeting={meeting} />}
      {perms?.manageDelegations && <Privacy meeting={meeting} />}
    </Stack>
  );
}
