import { useState } from "react";
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { api } from "../../../lib/api";
import { translate, useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { QueryState } from "../../../components/QueryState";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { TimeField } from "../../../components/TimeField";
import { orNull, parsedInputProps, useCheckedForm } from "../../../components/useCheckedForm";
import { cueNeeds, type CueNeed } from "../../../../shared/committee";
import type { Cue, LiveView, Script } from "../../../../shared/schemas/committee";
import { isOneOf } from "../../../../shared/text";

const needKey = (n: CueNeed) => `scripts.need.${n}` as const;
const hm = (iso: string) => iso.slice(11, 16);

export const scriptKey = (meetingId: string, sessionId: string) => ["committee", meetingId, "script", sessionId];
export const liveKey = (meetingId: string) => ["committee", meetingId, "live"];

/** The detailed script of each session (issue 13, point 4): pick a session, edit its cues, print it. */
export function ScriptsPage({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const sessionId = useParams()["*"] || null;
  const frame = useQuery({
    queryKey: liveKey(meeting.id),
    queryFn: () => api.get<LiveView>(`/meetings/${meeting.id}/live`),
  });
  const base = `/meetings/${meeting.id}/committee/scripts`;
  return (
    <Stack gap="md">
      <Title order={2}>{t("scripts.title")}</Title>
      <QueryState query={frame} isEmpty={(f) => f.sessions.length === 0} empty={t("scripts.noSessions")}>
        {(f) => (
          <Stack gap="md">
            <Group align="flex-end" gap="sm">
              <Select
                label={t("scripts.pickSession")}
                placeholder={t("scripts.pickSession.placeholder")}
                data={f.sessions.map((s) => ({
                  value: s.id,
                  label: `${s.start.slice(8, 10)}/${s.start.slice(5, 7)} ${hm(s.start)} · ${lang === "en" ? s.titleEn : s.titleVi}`,
                }))}
                value={sessionId}
                onChange={(v) => v && navigate(`${base}/${v}`)}
                searchable
                style={{ flex: "1 1 320px", maxWidth: 640 }}
              />
              <Button
                component={Link}
                to={`/meetings/${meeting.id}/live${sessionId ? `?session=${sessionId}` : ""}`}
                variant="light"
              >
                {t("scripts.live")}
              </Button>
            </Group>
            {sessionId ? (
              <SessionScript meetingId={meeting.id} sessionId={sessionId} />
            ) : (
              <Text c="dimmed">{t("scripts.choose")}</Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function SessionScript({ meetingId, sessionId }: { meetingId: string; sessionId: string }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const notify = useNotify();
  const key = scriptKey(meetingId, sessionId);
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<Script>(`/meetings/${meetingId}/sessions/${sessionId}/script`),
  });
  const [editing, setEditing] = useState<Cue | "new" | null>(null);
  const [deleting, setDeleting] = useState<Cue | null>(null);
  const put = (s: Script) => qc.setQueryData(key, s);
  const reorder = useMutation({
    mutationFn: (ids: string[]) =>
      api.put<Script>(`/meetings/${meetingId}/sessions/${sessionId}/script/order`, { ids }),
    onSuccess: put,
  });
  const remove = useMutation({
    mutationFn: (c: Cue) =>
      api.delete<Script>(`/meetings/${meetingId}/sessions/${sessionId}/script/cues/${c.id}?version=${c.version}`),
    onSuccess: (s) => {
      put(s);
      setDeleting(null);
    },
  });
  const print = useMutation({
    mutationFn: (l: "vi" | "en") =>
      api.download(`/meetings/${meetingId}/sessions/${sessionId}/script.pdf?lang=${l}`, `script-${l}.pdf`),
    onSuccess: () => {
      notify(t("scripts.print.done"));
      void qc.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <QueryState query={q}>
      {(s) => {
        const move = (i: number, d: -1 | 1) => {
          const ids = s.cues.map((c) => c.id);
          const [x] = ids.splice(i, 1);
          if (x) ids.splice(i + d, 0, x);
          reorder.mutate(ids);
        };
        const ch = s.changedSinceLastPrint;
        const fieldWords = (fields: string[]) => fields.map((f) => translate(lang, `scripts.field.${f}`)).join(", ");
        return (
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={3}>{lang === "en" ? s.session.titleEn : s.session.titleVi}</Title>
              <Text size="sm" c="dimmed">
                {t("scripts.slot", { start: hm(s.session.start), end: hm(s.session.end), room: s.session.room })}
              </Text>
              <Text size="sm">{t("scripts.total", { total: s.totalMinutes, slot: s.slotMinutes })}</Text>
            </Stack>
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => print.mutate("vi")}
                loading={print.isPending && print.variables === "vi"}
              >
                {t("scripts.print.vi")}
              </Button>
              <Button
                variant="default"
                onClick={() => print.mutate("en")}
                loading={print.isPending && print.variables === "en"}
              >
                {t("scripts.print.en")}
              </Button>
              {s.permissions.edit && <Button onClick={() => setEditing("new")}>{t("scripts.add")}</Button>}
            </Group>
            <ErrorAlert error={print.error ?? reorder.error} onReload={() => void q.refetch()} />
            {s.warnings.length > 0 && (
              <Alert color="yellow" title={t("scripts.warnings")} data-testid="script-warnings">
                <List size="sm">
                  {s.warnings.map((w, i) => (
                    <List.Item key={i}>{w.message}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {ch ? (
              ch.added.length + ch.removed.length + ch.changed.length > 0 ? (
                <Alert
                  color="blue"
                  title={t("scripts.changes.title", {
                    revision: ch.revision,
                    at: `${hm(ch.printedAt)} ${ch.printedAt.slice(8, 10)}/${ch.printedAt.slice(5, 7)}/${ch.printedAt.slice(0, 4)}`,
                  })}
                  data-testid="script-changes"
                >
                  <List size="sm">
                    {ch.added.map((c) => (
                      <List.Item key={`a${c.id}`}>
                        {t("scripts.changes.added", { time: c.time, what: c.what })}
                      </List.Item>
                    ))}
                    {ch.removed.map((c) => (
                      <List.Item key={`r${c.id}`}>
                        {t("scripts.changes.removed", { time: c.time, what: c.what })}
                      </List.Item>
                    ))}
                    {ch.changed.map((c) => (
                      <List.Item key={`c${c.id}`}>
                        {t("scripts.changes.changed", { time: c.time, what: c.what, fields: fieldWords(c.fields) })}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              ) : (
                <Text size="sm" c="dimmed" data-testid="script-changes">
                  {t("scripts.changes.none", {
                    revision: ch.revision,
                    at: `${hm(ch.printedAt)} ${ch.printedAt.slice(8, 10)}/${ch.printedAt.slice(5, 7)}/${ch.printedAt.slice(0, 4)}`,
                  })}
                </Text>
              )
            ) : (
              <Text size="sm" c="dimmed">
                {t("scripts.changes.never")}
              </Text>
            )}
            {s.cues.length === 0 ? (
              <Text c="dimmed">{t("scripts.empty")}</Text>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table striped verticalSpacing="xs" aria-label={t("scripts.title")}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>#</Table.Th>
                      <Table.Th>{t("scripts.col.time")}</Table.Th>
                      <Table.Th>{t("scripts.col.minutes")}</Table.Th>
                      <Table.Th>{t("scripts.col.what")}</Table.Th>
                      <Table.Th>{t("scripts.col.who")}</Table.Th>
                      <Table.Th>{t("scripts.col.where")}</Table.Th>
                      <Table.Th>{t("scripts.col.needs")}</Table.Th>
                      <Table.Th>{t("scripts.col.notes")}</Table.Th>
                      {s.permissions.edit && <Table.Th>{t("scripts.col.actions")}</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.cues.map((c, i) => {
                      const warned = s.warnings.some((w) => w.cueIds.includes(c.id));
                      return (
                        <Table.Tr key={c.id} data-cue={c.id} bg={warned ? "yellow.0" : undefined}>
                          <Table.Td style={{ whiteSpace: "nowrap" }}>{i + 1}</Table.Td>
                          <Table.Td fw={600} style={{ whiteSpace: "nowrap" }}>
                            {c.time}
                          </Table.Td>
                          <Table.Td>{c.minutes}</Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {c.what}
                            </Text>
                            {c.status !== "pending" && (
                              <Badge size="xs" variant="light" color={c.status === "done" ? "green" : "orange"}>
                                {c.status === "delayed" && c.delayMinutes
                                  ? t("scripts.live.delay", { n: c.delayMinutes })
                                  : t(`scripts.status.${c.status}`)}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{c.who}</Text>
                            {c.responsible && (
                              <Text size="xs" c="dimmed">
                                {c.responsible.fullName}
                                {c.responsible.phone ? ` · ${c.responsible.phone}` : ""}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{c.where}</Table.Td>
                          <Table.Td>
                            {[...c.needs.map((n) => t(needKey(n))), c.needsOther ?? ""].filter(Boolean).join(", ")}
                          </Table.Td>
                          <Table.Td>
                            <Text size="xs">{c.notes}</Text>
                          </Table.Td>
                          {s.permissions.edit && (
                            <Table.Td>
                              <Group gap={4} wrap="nowrap">
                                <ActionIcon
                                  variant="subtle"
                                  aria-label={t("scripts.moveUp", { n: i + 1 })}
                                  disabled={i === 0 || reorder.isPending}
                                  onClick={() => move(i, -1)}
                                >
                                  ↑
                                </ActionIcon>
                                <ActionIcon
                                  variant="subtle"
                                  aria-label={t("scripts.moveDown", { n: i + 1 })}
                                  disabled={i === s.cues.length - 1 || reorder.isPending}
                                  onClick={() => move(i, 1)}
                                >
                                  ↓
                                </ActionIcon>
                                <Button
                                  size="compact-xs"
                                  variant="light"
                                  onClick={() => setEditing(c)}
                                  aria-label={t("scripts.editCue", { n: i + 1 })}
                                >
                                  {t("scripts.edit")}
                                </Button>
                                <Button
                                  size="compact-xs"
                                  variant="subtle"
                                  color="red"
                                  onClick={() => setDeleting(c)}
                                  aria-label={t("scripts.deleteCue", { n: i + 1 })}
                                >
                                  {t("scripts.delete")}
                                </Button>
                              </Group>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Modal
              closeButtonProps={{ "aria-label": t("common.close") }}
              opened={editing !== null}
              onClose={() => setEditing(null)}
              title={editing === "new" ? t("scripts.add") : t("scripts.editCue", { n: editing?.position ?? 0 })}
              size="lg"
            >
              {editing !== null && (
                <CueForm
                  key={editing === "new" ? "new" : editing.id}
                  script={s}
                  cue={editing === "new" ? null : editing}
                  meetingId={meetingId}
                  onSaved={(next) => {
                    put(next);
                    setEditing(null);
                    notify(t("scripts.saved"));
                  }}
                  onCancel={() => setEditing(null)}
                />
              )}
            </Modal>
            <Modal
              closeButtonProps={{ "aria-label": t("common.close") }}
              opened={deleting !== null}
              onClose={() => setDeleting(null)}
              title={t("scripts.delete")}
            >
              {deleting && (
                <Stack>
                  <Text>{t("scripts.delete.confirm", { what: deleting.what })}</Text>
                  <ErrorAlert error={remove.error} onReload={() => void q.refetch()} />
                  <Group justify="flex-end">
                    <Button variant="default" onClick={() => setDeleting(null)}>
                      {t("scripts.cancel")}
                    </Button>
                    <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(deleting)}>
                      {t("scripts.delete")}
                    </Button>
                  </Group>
                </Stack>
              )}
            </Modal>
          </Stack>
        );
      }}
    </QueryState>
  );
}

interface CueValues extends Record<string, unknown> {
  at: string | null;
  minutes: number | string;
  whatVi: string;
  whatEn: string;
  whoVi: string;
  whoEn: string;
  responsibleId: string | null;
  roomId: string | null;
  placeVi: string;
  placeEn: string;
  needs: string[];
  needsOther: string;
  notes: string;
  contingencyIds: string[];
}

function CueForm({
  script,
  cue,
  meetingId,
  onSaved,
  onCancel,
}: {
  script: Script;
  cue: Cue | null;
  meetingId: string;
  onSaved: (s: Script) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const last = script.cues.at(-1);
  const nextAt = last
    ? (() => {
        const [h, m] = last.time.split(":").map(Number);
        const total = (h ?? 0) * 60 + (m ?? 0) + last.minutes;
        return `${String(Math.floor(total / 60) % 24).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
      })()
    : hm(script.session.start);
  const form = useCheckedForm<CueValues>({
    initialValues: {
      at: cue?.time ?? nextAt,
      minutes: cue?.minutes ?? 5,
      whatVi: cue?.whatVi ?? "",
      whatEn: cue?.whatEn ?? "",
      whoVi: cue?.whoVi ?? "",
      whoEn: cue?.whoEn ?? "",
      responsibleId: cue?.responsible?.id ?? null,
      roomId: cue ? cue.roomId : script.session.roomId,
      placeVi: cue?.placeVi ?? "",
      placeEn: cue?.placeEn ?? "",
      needs: cue?.needs ?? [],
      needsOther: cue?.needsOther ?? "",
      notes: cue?.notes ?? "",
      contingencyIds: cue?.contingencies.map((p) => p.id) ?? [],
    },
    required: { at: t("scripts.field.at"), whatVi: t("scripts.field.whatVi") },
    limits: {
      whatVi: 1000,
      whatEn: 1000,
      whoVi: 500,
      whoEn: 500,
      placeVi: 300,
      placeEn: 300,
      needsOther: 500,
      notes: 2000,
    },
    times: ["at"],
  });
  const save = useMutation({
    mutationFn: (v: CueValues) => {
      const body = {
        at: v.at ?? "",
        minutes: Math.max(0, Math.round(Number(v.minutes) || 0)),
        whatVi: v.whatVi.trim(),
        whatEn: v.whatEn.trim(),
        whoVi: v.whoVi.trim(),
        whoEn: v.whoEn.trim(),
        responsibleId: v.responsibleId,
        roomId: v.roomId,
        placeVi: orNull(v.placeVi),
        placeEn: orNull(v.placeEn),
        needs: v.needs.filter((n): n is CueNeed => isOneOf(cueNeeds, n)),
        needsOther: orNull(v.needsOther),
        notes: orNull(v.notes),
        contingencyIds: v.contingencyIds,
      };
      const url = `/meetings/${meetingId}/sessions/${script.session.id}/script/cues`;
      return cue
        ? api.patch<Script>(`${url}/${cue.id}`, { ...body, version: cue.version })
        : api.post<Script>(url, body);
    },
    onSuccess: onSaved,
  });
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TimeField label={t("scripts.field.at")} withAsterisk {...parsedInputProps(form, "at")} />
          <NumberInput label={t("scripts.field.minutes")} min={0} max={1440} {...form.getInputProps("minutes")} />
        </SimpleGrid>
        <Textarea
          label={t("scripts.field.whatVi")}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps("whatVi")}
        />
        <Textarea label={t("scripts.field.whatEn")} autosize minRows={2} {...form.getInputProps("whatEn")} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t("scripts.field.whoVi")} {...form.getInputProps("whoVi")} />
          <TextInput label={t("scripts.field.whoEn")} {...form.getInputProps("whoEn")} />
        </SimpleGrid>
        <Select
          label={t("scripts.field.responsible")}
          clearable
          searchable
          data={script.options.members.map((m) => ({
            value: m.id,
            label: m.phone ? `${m.fullName} · ${m.phone}` : m.fullName,
          }))}
          {...form.getInputProps("responsibleId")}
        />
        <Select
          label={t("scripts.field.room")}
          clearable
          data={script.options.rooms.map((r) => ({ value: r.id, label: r.name }))}
          {...form.getInputProps("roomId")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t("scripts.field.placeVi")} {...form.getInputProps("placeVi")} />
          <TextInput label={t("scripts.field.placeEn")} {...form.getInputProps("placeEn")} />
        </SimpleGrid>
        <MultiSelect
          label={t("scripts.field.needs")}
          data={cueNeeds.map((n) => ({ value: n, label: t(needKey(n)) }))}
          {...form.getInputProps("needs")}
        />
        <TextInput label={t("scripts.field.needsOther")} {...form.getInputProps("needsOther")} />
        <Textarea label={t("scripts.field.notes")} autosize minRows={2} {...form.getInputProps("notes")} />
        {script.options.contingencies.length > 0 && (
          <MultiSelect
            label={t("scripts.field.contingencies")}
            data={script.options.contingencies.map((p) => ({ value: p.id, label: p.situation }))}
            searchable
            {...form.getInputProps("contingencyIds")}
          />
        )}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("scripts.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("scripts.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
