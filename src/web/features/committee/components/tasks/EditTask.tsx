/**
 * Changing a task (whoever edits it: the ICD, the sub-committee's head or deputy): title, description, owner,
 * helpers, due date and time, priority, dependencies and links, sent with the version read. A cycle, a due date
 * after the meeting or a stale version comes back as the server's message.
 */
import { useQuery } from "@tanstack/react-query";
import { Button, Group, MultiSelect, NativeSelect, Stack, TextInput, Textarea } from "@mantine/core";
import type { Task, TaskSummary } from "../../../../../shared/schemas/committee";
import { taskPriorities, type TaskLinkKind, type TaskPriority } from "../../../../../shared/committee";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import { api, qs } from "../../../../lib/api";
import { useI18n } from "../../../../lib/i18n";
import { DateTimeField, joinDateTime } from "../../../../components/DateTimeField";
import { orNull, useCheckedForm } from "../../../../components/useCheckedForm";
import { priorityKey, tasksKey, useTaskOptions } from "./shared";
import { dayTimeParts, isoDay } from "../../../../../shared/dates";

interface EditValues extends Record<string, unknown> {
  title: string;
  description: string;
  ownerId: string;
  helperIds: string[];
  dueDate: string | null;
  dueTime: string | null;
  priority: TaskPriority;
  dependsOn: string[];
  links: string[];
}

/** The wall-clock day and time of a moment in the meeting's zone, as the date and time fields take them. */
function wallParts(iso: string | null, timeZone: string): { date: string; time: string } {
  const p = iso ? dayTimeParts(iso, timeZone) : null;
  return p
    ? { date: isoDay(p.y, p.m, p.d), time: `${String(p.hh).padStart(2, "0")}:${String(p.mm).padStart(2, "0")}` }
    : { date: "", time: "" };
}

const linkValue = (l: { kind: TaskLinkKind; targetId: string }) => `${l.kind}:${l.targetId}`;

export function EditTask({
  meeting,
  task,
  saving,
  onSave,
  onCancel,
}: {
  meeting: MeetingTabMeeting;
  task: Task;
  saving: boolean;
  onSave: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const options = useTaskOptions(meeting.id);
  const others = useQuery({
    queryKey: [...tasksKey(meeting.id), "all", "pick"],
    queryFn: () => api.get<TaskSummary[]>(`/meetings/${meeting.id}/tasks${qs({ limit: 500 })}`),
  });
  const due = wallParts(task.dueAt, meeting.timeZone);
  const form = useCheckedForm<EditValues>({
    initialValues: {
      title: task.title,
      description: task.description ?? "",
      ownerId: task.owner?.id ?? "",
      helperIds: task.helpers.map((h) => h.id),
      dueDate: due.date,
      dueTime: due.time,
      priority: task.priority,
      dependsOn: task.dependsOn.map((d) => d.id),
      links: task.links.map(linkValue),
    },
    required: { title: t("tasks.field.title") },
    limits: { title: 300, description: 5000 },
    dates: ["dueDate"],
    times: ["dueTime"],
    rules: (v) => {
      const j = joinDateTime(v.dueDate, v.dueTime);
      return {
        dueDate: j.date === "missing" ? t("tasks.field.dueMissing") : undefined,
        dueTime: j.time === "missing" ? t("tasks.field.dueMissing") : undefined,
      };
    },
  });
  const members = options.data?.members ?? [];
  const kindWord = {
    session: t("tasks.link.session"),
    room: t("tasks.link.room"),
    delegation: t("tasks.link.delegation"),
  };
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const at = joinDateTime(v.dueDate, v.dueTime).value;
        onSave({
          version: task.version,
          title: v.title.trim(),
          description: orNull(v.description),
          ownerId: v.ownerId || null,
          helperIds: v.helperIds,
          dueAt: at || null,
          priority: v.priority,
          dependsOn: v.dependsOn,
          links: (options.data?.targets ?? [])
            .filter((x) => v.links.includes(linkValue(x)))
            .map((x) => ({ kind: x.kind, targetId: x.targetId })),
        });
      })}
    >
      <Stack gap="sm">
        <TextInput label={t("tasks.field.title")} required {...form.getInputProps("title")} />
        <Textarea label={t("tasks.field.description")} autosize minRows={2} {...form.getInputProps("description")} />
        <NativeSelect
          label={t("tasks.col.owner")}
          data={[{ value: "", label: t("tasks.noOwner") }, ...members.map((m) => ({ value: m.id, label: m.fullName }))]}
          {...form.getInputProps("ownerId")}
        />
        <MultiSelect
          label={t("tasks.field.helpers")}
          searchable
          data={members.map((m) => ({ value: m.id, label: m.fullName }))}
          {...form.getInputProps("helperIds")}
        />
        <DateTimeField
          label={t("tasks.col.due")}
          name="due"
          date={form.values.dueDate}
          time={form.values.dueTime}
          onDateChange={(v) => form.setFieldValue("dueDate", v)}
          onTimeChange={(v) => form.setFieldValue("dueTime", v)}
          dateError={form.errors.dueDate}
          timeError={form.errors.dueTime}
        />
        <NativeSelect
          label={t("tasks.field.priority")}
          data={taskPriorities.map((p) => ({ value: p, label: t(priorityKey(p)) }))}
          {...form.getInputProps("priority")}
        />
        <MultiSelect
          label={t("tasks.deps.pick")}
          searchable
          data={(others.data ?? [])
            .filter((x) => x.id !== task.id)
            .map((x) => ({ value: x.id, label: `#${x.number} ${x.title}` }))}
          {...form.getInputProps("dependsOn")}
        />
        <MultiSelect
          label={t("tasks.links.pick")}
          searchable
          data={(options.data?.targets ?? []).map((x) => ({
            value: linkValue(x),
            label: `${kindWord[x.kind]}: ${lang === "vi" ? x.labelVi : x.labelEn}`,
          }))}
          {...form.getInputProps("links")}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {t("tasks.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("tasks.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
