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
import { parsedInputProps, useCheckedForm } from "../../../components/useCheckedForm";

type AgendaRow = { titleVi: string; titleEn: string; presenter: string; documents: string };
type SessionValues = Record<"titleVi" | "titleEn" | "chair" | "chairEn" | "notesVi" | "notesEn", string> &
  Record<"day" | "from" | "to", string | null> & {
    kind: SessionKind;
    roomId: string | null;
    agenda: AgendaRow[];
    attending: string[];
  };

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
  const required = t("meetings.form.required");
  const form = useCheckedForm<SessionValues>({
    initialValues: {
      kind: s?.kind ?? "SOM",
      titleVi: s?.titleVi ?? "",
      titleEn: s?.titleEn ?? "",
      // What the fields report: ISO day / "HH:mm" in the meeting's time zone, "" when empty, null while not real.
      day: s ? dayOf(s.start) : m.startDate,
      from: s ? timeOf(s.start) : "08:30",
      to: s ? timeOf(s.end) : "10:00",
      roomId: s?.roomId ?? null,
      chair: s?.chair ?? "",
      chairEn: s?.chairEn ?? "",
      notesVi: s?.notesVi ?? "",
      notesEn: s?.notesEn ?? "",
      agenda: (s?.agenda ?? []).map((a) => ({
        titleVi: a.titleVi,
        titleEn: a.titleEn,
        presenter: a.presenter ?? "",
        documents: a.documents ?? "",
      })),
      attending: s?.delegationIds ?? delegations.map((d) => d.id),
    },
    required: { titleVi: t("meetings.field.titleVi"), titleEn: t("meetings.field.titleEn") },
    limits: { titleVi: 500, titleEn: 500, chair: 300, chairEn: 300, notesVi: 4000, notesEn: 4000 },
    dates: ["day"],
    times: ["from", "to"],
    rules: (v) => ({
      day:
        v.day === ""
          ? required
          : !!v.day && (v.day < m.startDate || v.day > m.endDate) && t("meetings.form.dayOutside"),
      from: v.from === "" && required,
      to: v.to === "" ? required : !!v.from && !!v.to && v.to <= v.from && t("meetings.form.endAfterStart"),
      ...Object.fromEntries(
        v.agenda.map((a, i) => [
          `agenda.${i}.titleVi`,
          (!a.titleVi.trim() || !a.titleEn.trim()) && t("meetings.agenda.bothTitles"),
        ]),
      ),
    }),
  });
  const attending = form.values.attending;
  const agenda = form.values.agenda;

  const roomOptions = (venues.data ?? []).map((v) => ({
    group: pick(lang, v.nameVi, v.nameEn),
    items: v.rooms.map((r) => ({ value: r.id, label: pick(lang, r.nameVi, r.nameEn) })),
  }));

  const setAttending = (ids: string[]) => form.setFieldValue("attending", ids);
  const selectCategories = (cats: Delegation["category"][]) =>
    setAttending(delegations.filter((d) => cats.includes(d.category)).map((d) => d.id));

  const onSubmit = form.onSubmit((v) => {
    const body: SessionInput & { version?: number } = {
      kind: v.kind,
      titleVi: v.titleVi.trim(),
      titleEn: v.titleEn.trim(),
      start: `${v.day}T${v.from}`,
      end: `${v.day}T${v.to}`,
      roomId: v.roomId,
      chair: orNull(v.chair),
      chairEn: orNull(v.chairEn),
      notesVi: orNull(v.notesVi),
      notesEn: orNull(v.notesEn),
      agenda: v.agenda.map((a) => ({
        titleVi: a.titleVi.trim(),
        titleEn: a.titleEn.trim(),
        presenter: orNull(a.presenter),
        documents: orNull(a.documents),
      })),
      delegationIds: v.attending,
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
  });

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
              {...form.getInputProps("kind")}
              allowDeselect={false}
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t("meetings.field.titleVi")} {...form.getInputProps("titleVi")} required />
              <TextInput label={t("meetings.field.titleEn")} {...form.getInputProps("titleEn")} required />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateField label={t("meetings.session.day")} {...parsedInputProps(form, "day")} required />
              <TimeField label={t("meetings.session.from")} {...parsedInputProps(form, "from")} required />
              <TimeField label={t("meetings.session.to")} {...parsedInputProps(form, "to")} required />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t("meetings.programme.timeZone", { tz: fmtZone(m.timeZone, new Date(`${m.startDate}T12:00:00Z`)) })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t("meetings.session.room")}
                placeholder={t("meetings.session.noRoom")}
                data={roomOptions}
                {...form.getInputProps("roomId")}
                clearable
                searchable
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("meetings.session.chairVi")}
                description={t("meetings.session.chairHint")}
                {...form.getInputProps("chair")}
                lang="vi"
              />
              <TextInput
                label={t("meetings.session.chairEn")}
                description={t("meetings.session.chairEnHint")}
                {...form.getInputProps("chairEn")}
                lang="en"
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea label={t("meetings.session.notesVi")} {...form.getInputProps("notesVi")} autosize minRows={2} />
              <Textarea label={t("meetings.session.notesEn")} {...form.getInputProps("notesEn")} autosize minRows={2} />
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
                        onClick={() => form.reorderListItem("agenda", { from: i, to: i - 1 })}
                        disabled={i === 0}
                        aria-label={t("meetings.agenda.up", { n: i + 1 })}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => form.reorderListItem("agenda", { from: i, to: i + 1 })}
                        disabled={i === agenda.length - 1}
                        aria-label={t("meetings.agenda.down", { n: i + 1 })}
                      >
                        ↓
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => form.removeListItem("agenda", i)}
                        aria-label={t("meetings.agenda.remove", { n: i + 1 })}
                      >
                        ✕
                      </ActionIcon>
                    </Group>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput label={t("meetings.field.titleVi")} {...form.getInputProps(`agenda.${i}.titleVi`)} />
                    <TextInput label={t("meetings.field.titleEn")} {...form.getInputProps(`agenda.${i}.titleEn`)} />
                    <TextInput
                      label={t("meetings.agenda.presenter")}
                      {...form.getInputProps(`agenda.${i}.presenter`)}
                    />
                    <Textarea
                      label={t("meetings.agenda.documents")}
                      description={t("meetings.agenda.documentsHint")}
                      {...form.getInputProps(`agenda.${i}.documents`)}
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
                  form.insertListItem("agenda", { titleVi: "", titleEn: "", presenter: "", documents: "" })
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
            <Checkbox.Group {...form.getInputProps("attending")} aria-label={t("meetings.session.attendingLabel")}>
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
