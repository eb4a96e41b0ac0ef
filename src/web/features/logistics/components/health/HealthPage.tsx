import { useState } from "react";
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import { useI18n } from "../../../../lib/i18n";
import { useNotify } from "../../../../lib/notify";
import { api } from "../../../../lib/api";
import { useRetained } from "../../../../lib/useRetained";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { QueryState } from "../../../../components/QueryState";
import { DateTimeField, joinDateTime } from "../../../../components/DateTimeField";
import { useCheckedForm } from "../../../../components/useCheckedForm";
import { foldFilter } from "../../../../components/foldFilter";
import { todayIn } from "../../../../../shared/dates";
import {
  bodyTemperatureRange,
  healthEntryKinds,
  rapidTestResults,
  type HealthEntryKind,
  type HealthScreeningField,
} from "../../../../../shared/logistics";
import type { HealthScreening } from "../../../../../shared/schemas/health";
import {
  useDeleteHealthEntry,
  useHealthLog,
  useHealthOptions,
  useSaveHealthEntry,
  useSetScenario,
  type HealthEntry,
  type HealthOptions,
} from "../../api/health";
import { AttentionList } from "./AttentionList";

const TEXT_MAX = 2000;

interface EntryValues extends Record<string, unknown> {
  delegateId: string;
  kind: HealthEntryKind;
  date: string | null;
  time: string | null;
  what: string;
  action: string;
  followUp: string;
  temperature: string;
  symptoms: string;
  rapidTest: string;
  closeContact: string;
  needsAttention: boolean;
}

/** The fields the active scenarios ask for, in the vocabulary's order. */
const askedFields = (o: HealthOptions): HealthScreeningField[] => {
  const asked = new Set(o.scenarios.filter((s) => s.active).flatMap((s) => s.fields));
  return (["temperature", "symptoms", "rapid_test", "close_contact"] as const).filter((f) => asked.has(f));
};

/** Adds or edits an entry: the delegate picked with a search, the time typed in the meeting's zone, typed fields. */
function EntryForm({
  meeting,
  options,
  entry,
  onDone,
  onCancel,
}: {
  meeting: MeetingTabMeeting;
  options: HealthOptions;
  entry: HealthEntry | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, fmtZone } = useI18n();
  const save = useSaveHealthEntry(meeting.id);
  const asked = askedFields(options);
  // The entry's moment comes written in the meeting's zone ("2022-08-02T20:15:00+07:00").
  const parts = entry ? { day: entry.at.slice(0, 10), time: entry.at.slice(11, 16) } : null;
  const today = todayIn(options.timeZone);
  const s = entry?.screening ?? {};
  const form = useCheckedForm<EntryValues>({
    initialValues: {
      delegateId: entry?.delegateId ?? "",
      kind: entry?.kind ?? "event",
      date: parts?.day ?? (today >= options.startDate && today <= options.endDate ? today : ""),
      time: parts?.time ?? "",
      what: entry?.what ?? "",
      action: entry?.action ?? "",
      followUp: entry?.followUp ?? "",
      temperature: s.temperature === undefined ? "" : String(s.temperature),
      symptoms: s.symptoms ?? "",
      rapidTest: s.rapid_test ?? "",
      closeContact: s.close_contact === undefined ? "" : s.close_contact ? "yes" : "no",
      needsAttention: entry?.needsAttention ?? false,
    },
    required: { delegateId: t("health.form.delegate"), date: t("health.form.at"), time: t("health.form.at") },
    limits: { what: TEXT_MAX, action: TEXT_MAX, followUp: TEXT_MAX, symptoms: 1000 },
    dates: ["date"],
    times: ["time"],
    rules: (v) => {
      const temp = v.temperature.trim().replace(",", ".");
      const n = Number(temp);
      const { min, max } = bodyTemperatureRange;
      return {
        what: v.kind === "event" && !v.what.trim() ? t("health.form.whatRequired") : undefined,
        temperature:
          temp && (!Number.isFinite(n) || n < min || n > max) ? t("health.form.tempRange", { min, max }) : undefined,
      };
    },
  });
  const v = form.values;
  const screening = (): HealthScreening | null => {
    const out: HealthScreening = {};
    const temp = v.temperature.trim().replace(",", ".");
    if (asked.includes("temperature") && temp) out.temperature = Number(temp);
    if (asked.includes("symptoms") && v.symptoms.trim()) out.symptoms = v.symptoms.trim();
    const rapid = rapidTestResults.find((r) => r === v.rapidTest);
    if (asked.includes("rapid_test") && rapid) out.rapid_test = rapid;
    if (asked.includes("close_contact") && v.closeContact) out.close_contact = v.closeContact === "yes";
    return Object.keys(out).length ? out : null;
  };
  const delegates = options.delegates.map((d) => ({ value: d.id, label: `${d.fullName} — ${d.delegationName}` }));
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((vals) => {
        const at = joinDateTime(vals.date, vals.time).value ?? "";
        const common = {
          kind: vals.kind,
          at,
          what: vals.what.trim(),
          action: vals.action.trim(),
          followUp: vals.followUp.trim() || null,
          screening: asked.length ? screening() : (entry?.screening ?? null),
          needsAttention: vals.needsAttention,
        };
        save.mutate(
          entry
            ? { id: entry.id, patch: { ...common, version: entry.version } }
            : { id: null, body: { ...common, delegateId: vals.delegateId } },
          { onSuccess: onDone },
        );
      })}
    >
      <Stack gap="sm">
        {save.error && <ErrorAlert error={save.error} />}
        <Select
          label={t("health.form.delegate")}
          description={t("health.form.delegateHint")}
          required
          searchable
          filter={foldFilter}
          disabled={!!entry}
          data={delegates}
          value={v.delegateId || null}
          onChange={(x) => form.setFieldValue("delegateId", x ?? "")}
          error={form.errors.delegateId}
          nothingFoundMessage="—"
        />
        <NativeSelect
          label={t("health.filter.kind")}
          data={healthEntryKinds.map((k) => ({
            value: k,
            label: t(`health.kind.${k}`),
            disabled: k === "screening" && !asked.length && v.kind !== "screening",
          }))}
          {...form.getInputProps("kind")}
        />
        <DateTimeField
          label={t("health.form.at")}
          description={t("health.form.atHelp", { zone: fmtZone(options.timeZone) })}
          name="at"
          date={v.date}
          time={v.time}
          onDateChange={(x) => form.setFieldValue("date", x)}
          onTimeChange={(x) => form.setFieldValue("time", x)}
          dateError={form.errors.date}
          timeError={form.errors.time}
        />
        <Textarea
          label={t("health.form.what")}
          required={v.kind === "event"}
          autosize
          minRows={2}
          {...form.getInputProps("what")}
        />
        <Textarea label={t("health.form.action")} autosize minRows={1} {...form.getInputProps("action")} />
        <Textarea label={t("health.form.followUp")} autosize minRows={1} {...form.getInputProps("followUp")} />
        {asked.length ? (
          <Paper withBorder p="sm" component="fieldset" style={{ border: undefined }}>
            <Text component="legend" size="sm" fw={500}>
              {t("health.form.screening")}
            </Text>
            <Stack gap="xs">
              {asked.includes("temperature") && (
                <TextInput
                  label={t("health.field.temperature")}
                  inputMode="decimal"
                  {...form.getInputProps("temperature")}
                />
              )}
              {asked.includes("symptoms") && (
                <TextInput label={t("health.field.symptoms")} {...form.getInputProps("symptoms")} />
              )}
              {asked.includes("rapid_test") && (
                <NativeSelect
                  label={t("health.field.rapid_test")}
                  data={[
                    { value: "", label: t("health.form.notTested") },
                    ...rapidTestResults.map((r) => ({ value: r, label: t(`health.rapid.${r}`) })),
                  ]}
                  {...form.getInputProps("rapidTest")}
                />
              )}
              {asked.includes("close_contact") && (
                <NativeSelect
                  label={t("health.field.close_contact")}
                  data={[
                    { value: "", label: t("health.form.unknown") },
                    { value: "yes", label: t("health.yes") },
                    { value: "no", label: t("health.no") },
                  ]}
                  {...form.getInputProps("closeContact")}
                />
              )}
            </Stack>
          </Paper>
        ) : (
          <Text size="sm" c="dimmed">
            {t("health.form.noScenario")}
          </Text>
        )}
        <Checkbox label={t("health.form.attention")} {...form.getInputProps("needsAttention", { type: "checkbox" })} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("health.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("health.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A screening's answers in words. */
function ScreeningText({ s }: { s: HealthScreening }) {
  const { t } = useI18n();
  const parts: string[] = [];
  if (s.temperature !== undefined) parts.push(`${t("health.field.temperature")}: ${s.temperature}`);
  if (s.symptoms) parts.push(`${t("health.field.symptoms")}: ${s.symptoms}`);
  if (s.rapid_test) parts.push(`${t("health.field.rapid_test")}: ${t(`health.rapid.${s.rapid_test}`)}`);
  if (s.close_contact !== undefined)
    parts.push(`${t("health.field.close_contact")}: ${s.close_contact ? t("health.yes") : t("health.no")}`);
  return <Text size="sm">{parts.join(" · ")}</Text>;
}

function Scenarios({ meetingId, options }: { meetingId: string; options: HealthOptions }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const set = useSetScenario(meetingId);
  if (!options.scenarios.length) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-label={t("health.scenarios")}>
      <Stack gap="xs">
        <Title order={3} fz="h5">
          {t("health.scenarios")}
        </Title>
        {set.error && <ErrorAlert error={set.error} />}
        {options.scenarios.map((s) => (
          <Group key={s.id} justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text size="sm" fw={500}>
                {lang === "en" && s.nameEn ? s.nameEn : s.nameVi}
              </Text>
              <Text size="xs" c="dimmed">
                {t("health.scenarioAsks", { fields: s.fields.map((f) => t(`health.field.${f}`)).join(", ") })}
              </Text>
            </Stack>
            <Switch
              label={t("health.scenarioOn")}
              checked={s.active}
              disabled={set.isPending}
              onChange={(e) => {
                const active = e.currentTarget.checked;
                set.mutate(
                  { id: s.id, active, version: s.version },
                  { onSuccess: () => notify(t("health.scenarioChanged")) },
                );
              }}
            />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** The health log of a meeting (issue 14, point 6): the meeting's health officers only. */
export function HealthPage({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, fmtDateTime } = useI18n();
  const notify = useNotify();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<HealthEntryKind | "">("");
  const [attention, setAttention] = useState(false);
  const [editing, setEditing] = useState<HealthEntry | "new" | null>(null);
  const [deleting, setDeleting] = useState<HealthEntry | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const shownDeleting = useRetained(deleting);
  const options = useHealthOptions(meeting.id);
  const log = useHealthLog(meeting.id, {
    q: q.trim() || undefined,
    kind: kind || undefined,
    attention: attention || undefined,
  });
  const del = useDeleteHealthEntry(meeting.id);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("health.title")}</Title>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => {
              setExportError(null);
              api
                .download(`/meetings/${meeting.id}/health.xlsx`, `${meeting.code}-health-log.xlsx`)
                .catch(setExportError);
            }}
          >
            {t("health.export")}
          </Button>
          <Button onClick={() => setEditing("new")} disabled={!options.data}>
            {t("health.add")}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t("health.intro")}
      </Text>
      {exportError !== null && <ErrorAlert error={exportError} />}
      {options.data && <Scenarios meetingId={meeting.id} options={options.data} />}
      <AttentionList meetingId={meeting.id} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t("health.search")}
          value={q}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setQ(value);
          }}
          style={{ flex: "1 1 220px" }}
        />
        <NativeSelect
          label={t("health.filter.kind")}
          value={kind}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setKind(healthEntryKinds.find((k) => k === value) ?? "");
          }}
          data={[
            { value: "", label: t("health.filter.all") },
            ...healthEntryKinds.map((k) => ({ value: k, label: t(`health.kind.${k}`) })),
          ]}
        />
        <Checkbox
          label={t("health.filter.attention")}
          checked={attention}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setAttention(checked);
          }}
        />
      </Group>
      <QueryState query={log} isEmpty={(l) => l.length === 0} empty={t("health.empty")}>
        {(list) => (
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="xs" captionSide="top">
              <Table.Caption>{t("health.count", { n: list.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("health.col.at")}</Table.Th>
                  <Table.Th>{t("health.col.delegate")}</Table.Th>
                  <Table.Th>{t("health.col.kind")}</Table.Th>
                  <Table.Th>{t("health.col.what")}</Table.Th>
                  <Table.Th>{t("health.col.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {fmtDateTime(e.at, { timeZone: meeting.timeZone })}
                    </Table.Td>
                    <Table.Td style={{ minWidth: 150 }}>
                      <Text size="sm" fw={500}>
                        {e.delegateName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {e.delegationName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <Badge variant="light" color={e.kind === "screening" ? "blue" : "grape"}>
                          {t(`health.kind.${e.kind}`)}
                        </Badge>
                        {e.needsAttention && (
                          <Badge color="red" variant="filled">
                            {t("health.attentionBadge")}
                          </Badge>
                        )}
                        {e.sample && (
                          <Badge color="gray" variant="outline">
                            {t("health.sample")}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td style={{ minWidth: 260 }}>
                      <Stack gap={2}>
                        {e.what && <Text size="sm">{e.what}</Text>}
                        {e.action && <Text size="sm">{t("health.action", { text: e.action })}</Text>}
                        {e.followUp && (
                          <Text size="sm" c="dimmed">
                            {t("health.followUp", { text: e.followUp })}
                          </Text>
                        )}
                        {e.screening && <ScreeningText s={e.screening} />}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {e.canEdit && (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t("health.editOf", { name: e.delegateName })}
                            onClick={() => setEditing(e)}
                          >
                            {t("health.edit")}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={t("health.deleteOf", { name: e.delegateName })}
                            onClick={() => setDeleting(e)}
                          >
                            {t("health.delete")}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={
          editing === "new" || editing === null
            ? t("health.form.new")
            : t("health.editOf", { name: editing.delegateName })
        }
        size="lg"
        fullScreen={typeof window !== "undefined" && window.innerWidth < 500}
      >
        {editing !== null && options.data && (
          <EntryForm
            meeting={meeting}
            options={options.data}
            entry={editing === "new" ? null : editing}
            onCancel={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              notify(t("health.saved"));
            }}
          />
        )}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={t("health.deleteOf", { name: shownDeleting?.delegateName ?? "" })}
      >
        <Stack gap="sm">
          {del.error && <ErrorAlert error={del.error} />}
          <Alert color="red">{t("health.deleteConfirm", { name: shownDeleting?.delegateName ?? "" })}</Alert>
          <Group>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() =>
                deleting &&
                del.mutate(
                  { id: deleting.id, version: deleting.version },
                  {
                    onSuccess: () => {
                      setDeleting(null);
                      notify(t("health.deleted"));
                    },
                  },
                )
              }
            >
              {t("health.delete")}
            </Button>
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t("health.cancel")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
