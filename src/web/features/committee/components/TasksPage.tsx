import { Anchor, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useDebouncedValue } from "@mantine/hooks";
import { Link, NavLink, Route, Routes, useSearchParams } from "react-router";
import type { TaskSummary } from "../../../../shared/schemas/committee";
import { taskStatuses, type TaskStatus } from "../../../../shared/committee";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { api, qs } from "../../../lib/api";
import { useI18n } from "../../../lib/i18n";
import { usePagedQuery } from "../../../lib/usePagedQuery";
import { PagedList } from "../../../components/PagedList";
import { QueryState } from "../../../components/QueryState";
import { DueText, StatusBadge, priorityKey, tasksKey, useTaskOptions } from "./tasks/shared";
import { TaskBoard } from "./tasks/TaskBoard";
import { TaskTimeline } from "./tasks/TaskTimeline";
import { TaskDetail } from "./tasks/TaskDetail";
import { NewTask } from "./tasks/NewTask";

export interface TaskFilters {
  mine: boolean;
  overdue: boolean;
  dueThisWeek: boolean;
  subcommitteeId: string;
  status: TaskStatus | "";
  q: string;
}

/** The filters kept in the address, and their setter (from the address as it is when the change lands). */
export function useTaskFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get("status") ?? "";
  const filters: TaskFilters = {
    mine: params.get("mine") === "true",
    overdue: params.get("overdue") === "true",
    dueThisWeek: params.get("dueThisWeek") === "true",
    subcommitteeId: params.get("subcommitteeId") ?? "",
    status: taskStatuses.find((s) => s === status) ?? "",
    q: params.get("q") ?? "",
  };
  const set = (key: keyof TaskFilters, value: string | boolean) =>
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        if (value === true) p.set(key, "true");
        else if (value && typeof value === "string") p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  return { filters, set, search: params.toString() };
}

export const serverFilters = (f: TaskFilters) => ({
  mine: f.mine || undefined,
  overdue: f.overdue || undefined,
  dueThisWeek: f.dueThisWeek || undefined,
  subcommitteeId: f.subcommitteeId || undefined,
  status: f.status || undefined,
});

/** Every task matching the filters (the board and the timeline show them all, at most 500). */
export function useAllTasks(meetingId: string, f: TaskFilters, withStatus = true) {
  const [q] = useDebouncedValue(f.q.trim(), 300);
  const filters = { ...serverFilters(f), status: withStatus ? f.status || undefined : undefined, q: q || undefined };
  return useQuery({
    queryKey: [...tasksKey(meetingId), "all", filters],
    queryFn: () => api.get<TaskSummary[]>(`/meetings/${meetingId}/tasks${qs({ ...filters, sort: "due", limit: 500 })}`),
  });
}

function Filters({ meetingId, showStatus = true }: { meetingId: string; showStatus?: boolean }) {
  const { t, lang } = useI18n();
  const { filters, set } = useTaskFilters();
  const options = useTaskOptions(meetingId);
  return (
    <Stack gap="xs">
      <Group gap="md" align="end" wrap="wrap">
        <TextInput
          type="search"
          label={t("tasks.filter.search")}
          defaultValue={filters.q}
          onChange={(e) => set("q", e.currentTarget.value)}
          w={{ base: "100%", sm: 260 }}
        />
        <NativeSelect
          label={t("tasks.filter.subcommittee")}
          value={filters.subcommitteeId}
          onChange={(e) => set("subcommitteeId", e.currentTarget.value)}
          data={[
            { value: "", label: t("tasks.filter.all") },
            ...(options.data?.subcommittees ?? []).map((s) => ({
              value: s.id,
              label: lang === "vi" ? s.nameVi : s.nameEn,
            })),
          ]}
        />
        {showStatus && (
          <NativeSelect
            label={t("tasks.filter.status")}
            value={filters.status}
            onChange={(e) => set("status", e.currentTarget.value)}
            data={[
              { value: "", label: t("tasks.filter.all") },
              ...taskStatuses.map((s) => ({ value: s, label: t(`tasks.status.${s}`) })),
            ]}
          />
        )}
      </Group>
      <Group gap="lg">
        <Checkbox
          label={t("tasks.filter.mine")}
          checked={filters.mine}
          onChange={(e) => set("mine", e.currentTarget.checked)}
        />
        <Checkbox
          label={t("tasks.filter.overdue")}
          checked={filters.overdue}
          onChange={(e) => set("overdue", e.currentTarget.checked)}
        />
        <Checkbox
          label={t("tasks.filter.dueThisWeek")}
          checked={filters.dueThisWeek}
          onChange={(e) => set("dueThisWeek", e.currentTarget.checked)}
        />
      </Group>
    </Stack>
  );
}

function TaskList({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang } = useI18n();
  const { filters, search } = useTaskFilters();
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const paged = usePagedQuery<TaskSummary>({
    key: tasksKey(meeting.id),
    path: `/meetings/${meeting.id}/tasks`,
    filters: { ...serverFilters(filters), q: q || undefined },
  });
  return (
    <Stack gap="md">
      <Filters meetingId={meeting.id} />
      <PagedList paged={paged} empty={t("tasks.empty")} noMatch={t("tasks.noMatch")}>
        {(rows) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("tasks.col.number")}</Table.Th>
                  <Table.Th>{t("tasks.col.title")}</Table.Th>
                  <Table.Th>{t("tasks.col.owner")}</Table.Th>
                  <Table.Th>{t("tasks.col.due")}</Table.Th>
                  <Table.Th>{t("tasks.col.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id} data-overdue={r.overdue || undefined}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>#{r.number}</Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/meetings/${meeting.id}/committee/tasks/${r.id}${search ? `?${search}` : ""}`}
                      >
                        {r.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {lang === "vi" ? r.subcommitteeNameVi : r.subcommitteeNameEn} · {t(priorityKey(r.priority))}
                        {r.checks.total > 0 &&
                          ` · ${t("tasks.checksDone", { done: r.checks.done, total: r.checks.total })}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.owner?.fullName ?? "—"}</Table.Td>
                    <Table.Td>
                      <DueText task={r} timeZone={meeting.timeZone} />
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={r.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedList>
    </Stack>
  );
}

const views = [
  { path: "", key: "tasks.view.list" },
  { path: "board", key: "tasks.view.board" },
  { path: "timeline", key: "tasks.view.timeline" },
] as const;

function Views({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const { search } = useTaskFilters();
  const options = useTaskOptions(meetingId);
  const base = `/meetings/${meetingId}/committee/tasks`;
  return (
    <Group justify="space-between" wrap="wrap">
      <Group component="nav" aria-label={t("tasks.view.label")} gap="xs">
        {views.map((v) => (
          <Button
            key={v.path}
            component={NavLink}
            to={`${v.path ? `${base}/${v.path}` : base}${search ? `?${search}` : ""}`}
            end
            variant="default"
            size="sm"
            style={{ whiteSpace: "nowrap" }}
          >
            {t(v.key)}
          </Button>
        ))}
      </Group>
      {(options.data?.createIn.length ?? 0) > 0 && (
        <Button component={Link} to={`${base}/new`} size="sm">
          {t("tasks.new")}
        </Button>
      )}
    </Group>
  );
}

/** The committee's tasks: a list, a board by status and a timeline of due dates; a task's own page. */
export function TasksPage({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t } = useI18n();
  const options = useTaskOptions(meeting.id);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t("tasks.title")}
      </Title>
      <QueryState query={options}>
        {() => (
          <Routes>
            <Route
              index
              element={
                <>
                  <Views meetingId={meeting.id} />
                  <TaskList meeting={meeting} />
                </>
              }
            />
            <Route
              path="board"
              element={
                <>
                  <Views meetingId={meeting.id} />
                  <Filters meetingId={meeting.id} showStatus={false} />
                  <TaskBoard meeting={meeting} />
                </>
              }
            />
            <Route
              path="timeline"
              element={
                <>
                  <Views meetingId={meeting.id} />
                  <Filters meetingId={meeting.id} />
                  <TaskTimeline meeting={meeting} />
                </>
              }
            />
            <Route path="new" element={<NewTask meeting={meeting} />} />
            <Route path=":taskId" element={<TaskDetail meeting={meeting} />} />
          </Routes>
        )}
      </QueryState>
    </Stack>
  );
}
