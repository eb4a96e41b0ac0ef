/**
 * A task's page: what it is, who owns and helps, when it is due (overdue stands out), its status (moved by whoever
 * may), dependencies both ways, checklist (tick, add, reorder, delete), comments with an @mention picker, files and
 * links to the meeting's sessions, rooms and delegations.
 */
import { useState } from "react";
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  List,
  Modal,
  MultiSelect,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { Task } from "../../../../../shared/schemas/committee";
import { taskStatuses, type TaskStatus } from "../../../../../shared/committee";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import { api } from "../../../../lib/api";
import { useI18n } from "../../../../lib/i18n";
import { useNotify } from "../../../../lib/notify";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { QueryState } from "../../../../components/QueryState";
import { EditTask } from "./EditTask";
import { DueText, StatusBadge, priorityKey, statusKey, tasksKey, useTaskOptions } from "./shared";

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === "string" ? r.result : "");
    r.onerror = () => reject(r.error ?? new Error("read"));
    r.readAsDataURL(file);
  });
}

export function TaskDetail({ meeting }: { meeting: MeetingTabMeeting }) {
  const { taskId = "" } = useParams();
  const [params] = useSearchParams();
  const { t } = useI18n();
  const url = `/meetings/${meeting.id}/tasks/${taskId}`;
  const task = useQuery({ queryKey: [...tasksKey(meeting.id), "one", taskId], queryFn: () => api.get<Task>(url) });
  const back = `/meetings/${meeting.id}/committee/tasks${params.toString() ? `?${params.toString()}` : ""}`;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={back} size="sm">
        ← {t("tasks.back")}
      </Anchor>
      <QueryState query={task}>{(data) => <TaskBody meeting={meeting} task={data} url={url} />}</QueryState>
    </Stack>
  );
}

function TaskBody({ meeting, task, url }: { meeting: MeetingTabMeeting; task: Task; url: string }) {
  const { t, lang, fmtDateTime } = useI18n();
  const notify = useNotify();
  const qc = useQueryClient();
  const options = useTaskOptions(meeting.id);
  const [newCheck, setNewCheck] = useState("");
  const [comment, setComment] = useState("");
  const [mentions, setMentions] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState<TaskStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => api.delete(`${url}?version=${task.version}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: tasksKey(meeting.id) });
      void navigate(`/meetings/${meeting.id}/committee/tasks`);
    },
  });
  const write = useMutation({
    mutationFn: (v: { method: "post" | "patch" | "put" | "delete"; path: string; body?: unknown }) =>
      api[v.method]<Task>(`${url}${v.path}`, v.body),
    onSuccess: (data) => {
      qc.setQueryData([...tasksKey(meeting.id), "one", task.id], data);
      void qc.invalidateQueries({ queryKey: tasksKey(meeting.id) });
    },
  });
  const p = task.permissions;
  const name = (s: { labelVi: string; labelEn: string }) => (lang === "vi" ? s.labelVi : s.labelEn);
  const setStatus = (status: TaskStatus, blockedReason?: string) =>
    write.mutate(
      {
        method: "patch",
        path: "",
        body: { version: task.version, status, ...(blockedReason ? { blockedReason } : {}) },
      },
      {
        onSuccess: () => {
          setPending(null);
          notify(t("tasks.saved"));
        },
      },
    );
  const moveCheck = (from: number, to: number) => {
    const ids = task.checklist.map((c) => c.id);
    const [moved] = ids.splice(from, 1);
    if (!moved) return;
    ids.splice(to, 0, moved);
    write.mutate({ method: "put", path: "/checks/order", body: { ids } });
  };
  const linkKind = {
    session: t("tasks.link.session"),
    room: t("tasks.link.room"),
    delegation: t("tasks.link.delegation"),
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3}>
          #{task.number} {task.title}
        </Title>
        <Group gap="xs">
          <StatusBadge status={task.status} />
          <Badge variant="outline">{t(priorityKey(task.priority))}</Badge>
          <Text size="sm">{lang === "vi" ? task.subcommitteeNameVi : task.subcommitteeNameEn}</Text>
        </Group>
      </Stack>
      {write.error && <ErrorAlert error={write.error} />}
      {remove.error && <ErrorAlert error={remove.error} />}
      {p.edit && !editing && (
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => setEditing(true)}>
            {t("tasks.edit")}
          </Button>
          <Button variant="subtle" color="red" size="xs" loading={remove.isPending} onClick={() => setConfirming(true)}>
            {t("tasks.delete")}
          </Button>
        </Group>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("tasks.delete")}>
        <Stack>
          <Text size="sm">{t("tasks.deleteConfirm", { number: task.number })}</Text>
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("tasks.cancel")}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSettled: () => setConfirming(false) })}
            >
              {t("tasks.delete")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {editing && (
        <Paper withBorder p="md">
          <EditTask
            meeting={meeting}
            task={task}
            saving={write.isPending}
            onCancel={() => setEditing(false)}
            onSave={(body) =>
              write.mutate(
                { method: "patch", path: "", body },
                {
                  onSuccess: () => {
                    setEditing(false);
                    notify(t("tasks.saved"));
                  },
                },
              )
            }
          />
        </Paper>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t("tasks.col.owner")}:
            </Text>
            <Text size="sm">{task.owner?.fullName ?? t("tasks.noOwner")}</Text>
          </Group>
          {task.helpers.length > 0 && (
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t("tasks.field.helpers")}:
              </Text>
              <Text size="sm">{task.helpers.map((h) => h.fullName).join(", ")}</Text>
            </Group>
          )}
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t("tasks.col.due")}:
            </Text>
            <DueText task={task} timeZone={meeting.timeZone} />
          </Group>
          {task.status === "blocked" && task.blockedReason && (
            <Text size="sm" fs="italic">
              {t("tasks.blockedBecause", { reason: task.blockedReason })}
            </Text>
          )}
          {task.description && <Text style={{ whiteSpace: "pre-wrap" }}>{task.description}</Text>}
          {p.progress && (
            <Group align="end" gap="sm" wrap="wrap">
              <NativeSelect
                label={t("tasks.field.status")}
                value={pending ?? task.status}
                onChange={(e) => {
                  const s = taskStatuses.find((x) => x === e.currentTarget.value);
                  if (!s) return;
                  if (s === "blocked") {
                    setReason("");
                    setPending(s);
                  } else setStatus(s);
                }}
                data={taskStatuses.map((s) => ({ value: s, label: t(statusKey(s)) }))}
              />
              {pending === "blocked" && (
                <>
                  <TextInput
                    label={t("tasks.field.blockedReason")}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    required
                  />
                  <Button disabled={!reason.trim()} onClick={() => setStatus("blocked", reason.trim())}>
                    {t("tasks.board.block")}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Stack>
      </Paper>

      {(task.dependsOn.length > 0 || task.blocks.length > 0) && (
        <section aria-labelledby="task-deps">
          <Title order={4} id="task-deps" mb="xs">
            {t("tasks.deps.title")}
          </Title>
          {task.dependsOn.length > 0 && (
            <>
              <Text size="sm">{t("tasks.deps.dependsOn")}</Text>
              <List size="sm">
                {task.dependsOn.map((d) => (
                  <List.Item key={d.id}>
                    <Anchor component={Link} to={`/meetings/${meeting.id}/committee/tasks/${d.id}`}>
                      #{d.number} {d.title}
                    </Anchor>{" "}
                    — {t(statusKey(d.status))}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {task.blocks.length > 0 && (
            <>
              <Text size="sm" mt="xs">
                {t("tasks.deps.blocks")}
              </Text>
              <List size="sm">
                {task.blocks.map((d) => (
                  <List.Item key={d.id}>
                    <Anchor component={Link} to={`/meetings/${meeting.id}/committee/tasks/${d.id}`}>
                      #{d.number} {d.title}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="task-checklist">
        <Title order={4} id="task-checklist" mb="xs">
          {t("tasks.checklist.title")} ({t("tasks.checksDone", { done: task.checks.done, total: task.checks.total })})
        </Title>
        <Stack gap={6}>
          {task.checklist.map((c, i) => (
            <Group key={c.id} gap="xs" wrap="nowrap">
              <Checkbox
                label={c.text}
                checked={c.done}
                disabled={!p.progress || write.isPending}
                onChange={(e) =>
                  write.mutate({ method: "patch", path: `/checks/${c.id}`, body: { done: e.currentTarget.checked } })
                }
                style={{ flex: 1 }}
              />
              {p.progress && (
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t("tasks.checklist.up", { item: c.text })}
                    disabled={i === 0}
                    onClick={() => moveCheck(i, i - 1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t("tasks.checklist.down", { item: c.text })}
                    disabled={i === task.checklist.length - 1}
                    onClick={() => moveCheck(i, i + 1)}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t("tasks.checklist.delete", { item: c.text })}
                    onClick={() => write.mutate({ method: "delete", path: `/checks/${c.id}` })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              )}
            </Group>
          ))}
          {task.checklist.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("tasks.checklist.empty")}
            </Text>
          )}
          {p.progress && (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (!newCheck.trim()) return;
                write.mutate(
                  { method: "post", path: "/checks", body: { text: newCheck.trim() } },
                  { onSuccess: () => setNewCheck("") },
                );
              }}
            >
              <Group align="end" gap="xs">
                <TextInput
                  label={t("tasks.checklist.add")}
                  value={newCheck}
                  onChange={(e) => setNewCheck(e.currentTarget.value)}
                  style={{ flex: 1 }}
                />
                <Button type="submit" variant="light" disabled={!newCheck.trim()}>
                  {t("tasks.checklist.addButton")}
                </Button>
              </Group>
            </form>
          )}
        </Stack>
      </section>

      <section aria-labelledby="task-links">
        <Title order={4} id="task-links" mb="xs">
          {t("tasks.links.title")}
        </Title>
        {task.links.length ? (
          <List size="sm">
            {task.links.map((l) => (
              <List.Item key={`${l.kind}:${l.targetId}`}>
                {linkKind[l.kind]}: {name(l)}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t("tasks.links.none")}
          </Text>
        )}
      </section>

      <section aria-labelledby="task-files">
        <Title order={4} id="task-files" mb="xs">
          {t("tasks.files.title")}
        </Title>
        <Stack gap={4}>
          {task.files.map((f) => (
            <Group key={f.id} gap="xs">
              <Anchor
                component="button"
                type="button"
                onClick={() => void api.download(`${url}/files/${f.id}`, f.fileName)}
                size="sm"
              >
                {f.fileName}
              </Anchor>
              {p.progress && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("tasks.files.delete", { name: f.fileName })}
                  onClick={() => write.mutate({ method: "delete", path: `/files/${f.id}` })}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          {task.files.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("tasks.files.none")}
            </Text>
          )}
          {p.progress && (
            <FileButton
              accept="application/pdf,.doc,.docx,.xlsx,image/jpeg,image/png"
              onChange={(file) => {
                if (!file) return;
                void readBase64(file).then((data) =>
                  write.mutate({ method: "post", path: "/files", body: { fileName: file.name, data } }),
                );
              }}
            >
              {(props) => (
                <Button {...props} variant="light" size="xs" w="fit-content">
                  {t("tasks.files.add")}
                </Button>
              )}
            </FileButton>
          )}
        </Stack>
      </section>

      <section aria-labelledby="task-comments">
        <Title order={4} id="task-comments" mb="xs">
          {t("tasks.comments.title")}
        </Title>
        <Stack gap="sm">
          {task.comments.map((c) => (
            <Paper key={c.id} withBorder p="xs">
              <Text size="xs" c="dimmed">
                {c.authorName} · {fmtDateTime(c.createdAt, { timeZone: meeting.timeZone })}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {c.body}
              </Text>
              {c.mentions.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t("tasks.comments.mentioned", { names: c.mentions.map((m) => m.fullName).join(", ") })}
                </Text>
              )}
            </Paper>
          ))}
          {task.comments.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("tasks.comments.none")}
            </Text>
          )}
          {p.comment && (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (!comment.trim()) return;
                write.mutate(
                  { method: "post", path: "/comments", body: { body: comment.trim(), mentions } },
                  {
                    onSuccess: () => {
                      setComment("");
                      setMentions([]);
                    },
                  },
                );
              }}
            >
              <Stack gap="xs">
                <Textarea
                  label={t("tasks.comments.add")}
                  value={comment}
                  autosize
                  minRows={2}
                  onChange={(e) => setComment(e.currentTarget.value)}
                />
                <MultiSelect
                  label={t("tasks.comments.mention")}
                  description={t("tasks.comments.mentionHelp")}
                  searchable
                  value={mentions}
                  onChange={(ids) => {
                    const added = ids.filter((id) => !mentions.includes(id));
                    setMentions(ids);
                    const names = (options.data?.members ?? [])
                      .filter((m) => added.includes(m.id))
                      .map((m) => `@${m.fullName}`);
                    if (names.length) setComment((c) => `${c}${c && !c.endsWith(" ") ? " " : ""}${names.join(" ")} `);
                  }}
                  data={(options.data?.members ?? []).map((m) => ({
                    value: m.id,
                    label: m.hasAccount ? m.fullName : `${m.fullName} (${t("tasks.comments.noAccount")})`,
                  }))}
                />
                <Button type="submit" w="fit-content" disabled={!comment.trim()}>
                  {t("tasks.comments.send")}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
