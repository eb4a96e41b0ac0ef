/** A new task (the ICD, or a sub-committee's head or deputy in their sub-committee). */
import { Button, Group, MultiSelect, NativeSelect, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import type { Task } from "../../../../../shared/schemas/committee";
import { taskPriorities, type TaskPriority } from "../../../../../shared/committee";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import { api } from "../../../../lib/api";
import { useI18n } from "../../../../lib/i18n";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { DateTimeField, joinDateTime } from "../../../../components/DateTimeField";
import { orNull, useCheckedForm } from "../../../../components/useCheckedForm";
import { priorityKey, tasksKey, useTaskOptions } from "./shared";

interface NewTaskValues extends Record<string, unknown> {
  subcommitteeId: string;
  title: string;
  description: string;
  ownerId: string;
  helperIds: string[];
  dueDate: string | null;
  dueTime: string | null;
  priority: TaskPriority;
}

export function NewTask({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang, fmtZone, fmtDate } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const options = useTaskOptions(meeting.id);
  const subs = (options.data?.subcommittees ?? []).filter((s) => options.data?.createIn.includes(s.id));
  const members = options.data?.members ?? [];
  const form = useCheckedForm<NewTaskValues>({
    initialValues: {
      subcommitteeId: subs[0]?.id ?? "",
      title: "",
      description: "",
      ownerId: "",
      helperIds: [],
      dueDate: "",
      dueTime: "17:00",
      priority: "normal",
    },
    required: { title: t("tasks.field.title"), subcommitteeId: t("tasks.field.subcommittee") },
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
  const create = useMutation({
    mutationFn: (body: unknown) => api.post<Task>(`/meetings/${meeting.id}/tasks`, body),
    onSuccess: (task) => {
      void qc.invalidateQueries({ queryKey: tasksKey(meeting.id) });
      void navigate(`/meetings/${meeting.id}/committee/tasks/${task.id}`);
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const due = joinDateTime(v.dueDate, v.dueTime).value;
        create.mutate({
          subcommitteeId: v.subcommitteeId,
          title: v.title.trim(),
          description: orNull(v.description),
          ownerId: v.ownerId || null,
          helperIds: v.helperIds,
          // Wall-clock time in the meeting's zone; the server reads it there, as it does the programme's times.
          dueAt: due || null,
          priority: v.priority,
        });
      })}
    >
      <Stack gap="sm" maw={640}>
        <Title order={3}>{t("tasks.new")}</Title>
        {create.error && <ErrorAlert error={create.error} />}
        <NativeSelect
          label={t("tasks.field.subcommittee")}
          required
          data={subs.map((s) => ({ value: s.id, label: lang === "vi" ? s.nameVi : s.nameEn }))}
          {...form.getInputProps("subcommitteeId")}
        />
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
          description={t("tasks.field.dueHelp", { zone: fmtZone(meeting.timeZone), end: fmtDate(meeting.endDate) })}
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
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("tasks.create")}
          </Button>
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t("tasks.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
