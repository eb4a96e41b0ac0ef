import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import {
  ActionIcon,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useNotify } from "../../../lib/notify";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { TimeField } from "../../../components/TimeField";
import { useSessions } from "../api/sessions";
import { useSaveSession, type SessionInput } from "../api/saveSession";
import { useVenues } from "../api/venues";
import { useDelegations } from "../api/delegations";
import { sessionKinds, type Delegation, type Meeting, type Session, type SessionKind } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { DelegationName, dayOf, orNull, pick, timeOf } from "./labels";
import { useFieldChecks } from "../../../components/fieldChecks";

type AgendaRow = { titleVi: string; titleEn: string; presenter: string; documents: string };

function Form({
  m,
  s,

  delegations,
}: {
  m: Meeting;
  s: Session | null;

  delegations: Delegation[];
}) {
  const { t, lang, fmtZone } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const venues = useVenues(m.id);
  const save = useSaveSession(m.id, s?.id ?? null);
  const [kind, setKind] = useState<SessionKind>(s?.kind ?? "SOM");
  const [titleVi, setTitleVi] = useState(s?.titleVi ?? "");
  const [titleEn, setTitleEn] = useState(s?.titleEn ?? "");
  // What the fields report: ISO day / "HH:mm" in the meeting's time zone, "" when empty, null while not real.
  const [day, setDay] = useState<string | null>(s ? dayOf(s.start) : m.startDate);
  const [from, setFrom] = useState<string | null>(s ? timeOf(s.start) : "08:30");
  const [to, setTo] = useState<string | null>(s ? timeOf(s.end) : "10:00");
  const [roomId, setRoomId] = useState<string | null>(s?.roomId ?? null);
  const [chair, setChair] = useState(s?.chair ?? "");
  const [chairEn, setChairEn] = useState(s?.chairEn ?? "");
  const [notesVi, setNotesVi] = useState(s?.notesVi ?? "");
  const [notesEn, setNotesEn] = useState(s?.notesEn ?? "");
  const [agenda, setAgenda] = useState<AgendaRow[]>(
    (s?.agenda ?? []).map((a) => ({
      titleVi: a.titleVi,
      titleEn: a.titleEn,
      presenter: a.presenter ?? "",
      documents: a.documents ?? "",
    })),
  );
  const [attending, setAttending] = useState<string[]>(s?.delegationIds ?? delegations.map((d) => d.id));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const check = useFieldChecks();

  const roomOptions = (venues.data ?? []).map((v) => ({
    group: pick(lang, v.nameVi, v.nameEn),
    items: v.rooms.map((r) => ({ value: r.id, label: pick(lang, r.nameVi, r.nameEn) })),
  }));

  const setRow = (i: number, patch: Partial<AgendaRow>) =>
    setAgenda((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) =>
    setAgenda((rows) => {
      const next = [...rows];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });
  const selectCategories = (cats: Delegation["category"][]) =>
    setAttending(delegations.filter((d) => cats.includes(d.category)).map((d) => d.id));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const required = t("meetings.form.required");
    const titleViError = check.required(titleVi, t("meetings.field.titleVi")) ?? check.tooLong(titleVi, 500);
    if (titleViError) errs.titleVi = titleViError;
    const titleEnError = check.required(titleEn, t("meetings.field.titleEn")) ?? check.tooLong(titleEn, 500);
    if (titleEnError) errs.titleEn = titleEnError;
    // Longer than allowed: the message shows at the field as typed; nothing is sent.
    if (
      [
        check.tooLong(chair, 300),
        check.tooLong(chairEn, 300),
        check.tooLong(notesVi, 4000),
        check.tooLong(notesEn, 4000),
      ].some(Boolean)
    )
      errs.long = "1";
    if (!day) errs.day = day === null ? t("common.date.invalid") : required;
    else if (day < m.startDate || day > m.endDate) errs.day = t("meetings.form.dayOutside");
    if (!from) errs.from = from === null ? t("common.time.invalid") : required;
    if (!to) errs.to = to === null ? t("common.time.invalid") : required;
    else if (from && to <= from) errs.to = t("meetings.form.endAfterStart");
    agenda.forEach((a, i) => {
      if (!a.titleVi.trim() || !a.titleEn.trim()) errs[`agenda${i}`] = t("meetings.agenda.bothTitles");
    });
    setErrors(errs);
    if (Object.keys(errs).length || !day || !from || !to) return;
    const body: SessionInput & { version?: number } = {
      kind,
      titleVi: titleVi.trim(),
      titleEn: titleEn.trim(),
      start: `${day}T${from}`,
      end: `${day}T${to}`,
      roomId,
      chair: orNull(chair),
      chairEn: orNull(chairEn),
      notesVi: orNull(notesVi),
      notesEn: orNull(notesEn),
      agenda: agenda.map((a) => ({
        titleVi: a.titleVi.trim(),
        titleEn: a.titleEn.trim(),
        presenter: orNull(a.presenter),
        documents: orNull(a.documents),
      })),
      delegationIds: attending,
      ...(s ? { version: s.version } : {}),
    };
    // mutateAsync, not mutate's onSuccess: saving an existing session refetches the sessions, which remounts this
    // form (it is keyed by the version), and mutate's callbacks are dropped once their component has unmounted.
    // An error keeps the form mounted and is shown by ErrorAlert from save.error.
    void save.mutateAsync(body).then(
      (saved) => {
        notify(
          saved.clashes.length ? t("meetings.session.savedWithClash", { n: saved.clashes.length }) : t("common.saved"),
          saved.clashes.length ? "orange" : "green",
        );
        void navigate(`/meetings/${m.id}/programme/${saved.id}`);
      },
      () => undefined,
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="session-form-title">
      <Stack gap="md">
        <Anchor
          component={Link}
          to={s ? `/meetings/${m.id}/programme/${s.id}` : `/meetings/${m.id}/programme`}
          size="sm"
        >
          ← {t("meetings.session.back")}
        </Anchor>
        <Title order={2} fz="h3" id="session-form-title">
          {s ? t("meetings.session.editTitle") : t("meetings.session.new")}
        </Title>
        <ErrorAlert error={save.error} onReload={() => void navigate(0)} />
        <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }}>
          <Stack gap="sm">
            <Select
              label={t("meetings.session.kind")}
              data={sessionKinds.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v)}
              allowDeselect={false}
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("meetings.field.titleVi")}
                value={titleVi}
                onChange={(e) => setTitleVi(e.currentTarget.value)}
                error={check.tooLong(titleVi, 500) ?? errors.titleVi}
                required
              />
              <TextInput
                label={t("meetings.field.titleEn")}
                value={titleEn}
                onChange={(e) => setTitleEn(e.currentTarget.value)}
                error={check.tooLong(titleEn, 500) ?? errors.titleEn}
                required
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateField
                label={t("meetings.session.day")}
                name="day"
                value={day}
                onChange={setDay}
                error={errors.day}
                required
              />
              <TimeField
                label={t("meetings.session.from")}
                name="from"
                value={from}
                onChange={setFrom}
                error={errors.from}
                required
              />
              <TimeField
                label={t("meetings.session.to")}
                name="to"
                value={to}
                onChange={setTo}
                error={errors.to}
                required
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t("meetings.programme.timeZone", { tz: fmtZone(m.timeZone, new Date(`${m.startDate}T12:00:00Z`)) })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t("meetings.session.room")}
                placeholder={t("meetings.session.noRoom")}
                data={roomOptions}
                value={roomId}
                onChange={setRoomId}
                clearable
                searchable
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("meetings.session.chairVi")}
                description={t("meetings.session.chairHint")}
                value={chair}
                onChange={(e) => setChair(e.currentTarget.value)}
                error={check.tooLong(chair, 300)}
                lang="vi"
              />
              <TextInput
                label={t("meetings.session.chairEn")}
                description={t("meetings.session.chairEnHint")}
                value={chairEn}
                onChange={(e) => setChairEn(e.currentTarget.value)}
                error={check.tooLong(chairEn, 300)}
                lang="en"
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label={t("meetings.session.notesVi")}
                value={notesVi}
                onChange={(e) => setNotesVi(e.currentTarget.value)}
                autosize
                minRows={2}
                error={check.tooLong(notesVi, 4000)}
              />
              <Textarea
                label={t("meetings.session.notesEn")}
                value={notesEn}
                onChange={(e) => setNotesEn(e.currentTarget.value)}
                autosize
                minRows={2}
                error={check.tooLong(notesEn, 4000)}
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Fieldset legend={t("meetings.agenda.title")} radius="md">
          <Stack gap="sm">
            {agenda.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("meetings.agenda.empty")}
              </Text>
            )}
            {agenda.map((a, i) => (
              <Paper key={i} withBorder p="sm" radius="sm">
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Text fw={600} size="sm">
                      {t("meetings.agenda.itemN", { n: i + 1 })}
                    </Text>
                    <Group gap={4}>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => move(i, -1)}
                        disabled={i === 0}
                        aria-label={t("meetings.agenda.up", { n: i + 1 })}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => move(i, 1)}
                        disabled={i === agenda.length - 1}
                        aria-label={t("meetings.agenda.down", { n: i + 1 })}
                      >
                        ↓
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setAgenda((rows) => rows.filter((_, j) => j !== i))}
                        aria-label={t("meetings.agenda.remove", { n: i + 1 })}
                      >
                        ✕
                      </ActionIcon>
                    </Group>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t("meetings.field.titleVi")}
                      value={a.titleVi}
                      onChange={(e) => setRow(i, { titleVi: e.currentTarget.value })}
                      error={errors[`agenda${i}`]}
                    />
                    <TextInput
                      label={t("meetings.field.titleEn")}
                      value={a.titleEn}
                      onChange={(e) => setRow(i, { titleEn: e.currentTarget.value })}
                    />
                    <TextInput
                      label={t("meetings.agenda.presenter")}
                      value={a.presenter}
                      onChange={(e) => setRow(i, { presenter: e.currentTarget.value })}
                    />
                    <Textarea
                      label={t("meetings.agenda.documents")}
                      description={t("meetings.agenda.documentsHint")}
                      value={a.documents}
                      onChange={(e) => setRow(i, { documents: e.currentTarget.value })}
                      autosize
                      minRows={1}
                    />
                  </SimpleGrid>
                </Stack>
              </Paper>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  setAgenda((rows) => [...rows, { titleVi: "", titleEn: "", presenter: "", documents: "" }])
                }
              >
                {t("meetings.agenda.add")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t("meetings.session.attending", { n: attending.length })} radius="md">
          <Stack gap="sm">
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setAttending(delegations.map((d) => d.id))}>
                {t("meetings.session.pickAll")}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => selectCategories(["host", "asean_member", "secretariat"])}
              >
                {t("meetings.session.pickAsean")}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => selectCategories(["host", "asean_member", "plus_three", "secretariat"])}
              >
                {t("meetings.session.pickAseanPlus3")}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setAttending([])}>
                {t("meetings.session.pickNone")}
              </Button>
            </Group>
            <Checkbox.Group value={attending} onChange={setAttending} aria-label={t("meetings.session.attendingLabel")}>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
                {delegations.map((d) => (
                  <Checkbox key={d.id} value={d.id} label={<DelegationName d={d} />} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {s && t("meetings.version", { v: s.version })}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              component={Link}
              to={s ? `/meetings/${m.id}/programme/${s.id}` : `/meetings/${m.id}/programme`}
            >
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds or edits a session; after saving, the session page shows any clash it causes. */
export function SessionFormPage() {
  const { t } = useI18n();
  const m = useMeetingContext();
  const { sessionId } = useParams();
  const sessions = useSessions(m.id);
  const delegations = useDelegations(m.id);
  if (!m.permissions?.manageProgramme) return <EmptyState>{t("meetings.readOnly")}</EmptyState>;
  return (
    <QueryState query={sessions}>
      {(all) => (
        <QueryState query={delegations}>
          {(ds) => {
            const s = sessionId ? all.find((x) => x.id === sessionId) : null;
            if (sessionId && !s) return <EmptyState>{t("meetings.session.notFound")}</EmptyState>;
            return <Form key={s ? `${s.id}-${s.version}` : "new"} m={m} s={s ?? null} delegations={ds} />;
          }}
        </QueryState>
      )}
    </QueryState>
  );
}
