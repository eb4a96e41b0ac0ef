/**
 * What the task views share (issue 13, point 2): the options query, the status and priority words, the overdue
 * badge (colour and words), moving a task's status with its version, and the wall-clock moment → ISO conversion.
 */
import { Badge, Group, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Task, TaskOptions, TaskSummary } from "../../../../../shared/schemas/committee";
import type { TaskPriority, TaskStatus } from "../../../../../shared/committee";
import { api } from "../../../../lib/api";
import { useI18n } from "../../../../lib/i18n";
import { statusLabels } from "../../../../lib/statusLabels";

export const tasksKey = (meetingId: string) => ["committee", meetingId, "tasks"] as const;

export function useTaskOptions(meetingId: string) {
  return useQuery({
    queryKey: [...tasksKey(meetingId), "options"],
    queryFn: () => api.get<TaskOptions>(`/meetings/${meetingId}/tasks/options`),
  });
}

export const statusKey = (s: TaskStatus) => statusLabels.task[s];
export const priorityKey = (p: TaskPriority) => `tasks.priority.${p}` as const;

const statusColor: Record<TaskStatus, string> = {
  not_started: "gray",
  in_progress: "blue",
  blocked: "orange",
  done: "green",
  cancelled: "dark",
};

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} variant="light">
      {t(statusKey(status))}
    </Badge>
  );
}

/** Overdue in red with words ("Quá hạn"), never colour alone. */
export function DueText({ task, timeZone }: { task: Pick<TaskSummary, "dueAt" | "overdue">; timeZone: string }) {
  const { t, fmtDateTime } = useI18n();
  if (!task.dueAt)
    return (
      <Text size="sm" c="dimmed">
        {t("tasks.noDue")}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={task.overdue ? "red.9" : undefined} fw={task.overdue ? 700 : undefined}>
        {fmtDateTime(task.dueAt, { timeZone })}
      </Text>
      {task.overdue && (
        <Badge color="red" variant="filled" size="sm">
          {t("tasks.overdue")}
        </Badge>
      )}
    </Group>
  );
}

/** Moves a task's status (and board place) with the version read; the lists and the task are read again. */
export function useMoveTask(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { task: Pick<TaskSummary, "id" | "version">; status: TaskStatus; blockedReason?: string }) =>
      api.patch<Task>(`/meetings/${meetingId}/tasks/${v.task.id}`, {
        version: v.task.version,
        status: v.status,
        ...(v.blockedReason ? { blockedReason: v.blockedReason } : {}),
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: tasksKey(meetingId) }),
  });
}
