/**
 * The timeline: tasks with a due date, week by week (Monday to Sunday, in the meeting's time zone) up to the
 * meeting's opening; tasks due later are shown after it, tasks without a date at the end. Overdue ones stand out.
 */
import { Anchor, Box, Group, List, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { TaskSummary } from "../../../../../shared/schemas/committee";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import { useI18n } from "../../../../lib/i18n";
import { QueryState } from "../../../../components/QueryState";
import { useAllTasks, useTaskFilters } from "../TasksPage";
import { DueText, StatusBadge } from "./shared";

/** The ISO day of a moment in a time zone. */
function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );
}

function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

const addDays = (day: string, n: number) =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);

export function TaskTimeline({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, fmtDate } = useI18n();
  const { filters, search } = useTaskFilters();
  const tasks = useAllTasks(meeting.id, filters);
  return (
    <QueryState query={tasks} isEmpty={(rows) => rows.length === 0} empty={t("tasks.noMatch")}>
      {(rows) => {
        const weeks = new Map<string, TaskSummary[]>();
        const undated: TaskSummary[] = [];
        for (const r of rows) {
          if (!r.dueAt) {
            undated.push(r);
            continue;
          }
          const w = mondayOf(dayIn(r.dueAt, meeting.timeZone));
          weeks.set(w, [...(weeks.get(w) ?? []), r]);
        }
        const opening = meeting.startDate;
        const sorted = [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b));
        const item = (r: TaskSummary) => (
          <List.Item key={r.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor
                component={Link}
                to={`/meetings/${meeting.id}/committee/tasks/${r.id}${search ? `?${search}` : ""}`}
              >
                #{r.number} {r.title}
              </Anchor>
              <StatusBadge status={r.status} />
              <DueText task={r} timeZone={meeting.timeZone} />
              <Text size="xs" c="dimmed">
                {r.owner?.fullName ?? t("tasks.noOwner")}
              </Text>
            </Group>
          </List.Item>
        );
        return (
          <Stack gap="lg">
            {sorted.map(([monday, list]) => {
              const after = monday > opening;
              return (
                <Box
                  key={monday}
                  component="section"
                  aria-labelledby={`week-${monday}`}
                  pl="sm"
                  style={{ borderLeft: `3px solid var(--mantine-color-${after ? "gray" : "blue"}-5)` }}
                >
                  <Title order={3} size="h5" id={`week-${monday}`}>
                    {t("tasks.timeline.week", { from: fmtDate(monday), to: fmtDate(addDays(monday, 6)) })}
                    {monday <= opening &&
                      addDays(monday, 6) >= opening &&
                      ` — ${t("tasks.timeline.opening", { day: fmtDate(opening) })}`}
                  </Title>
                  <List spacing={4} mt={4} listStyleType="none">
                    {list.map(item)}
                  </List>
                </Box>
              );
            })}
            {undated.length > 0 && (
              <Box component="section" aria-labelledby="week-none">
                <Title order={3} size="h5" id="week-none">
                  {t("tasks.timeline.undated")}
                </Title>
                <List spacing={4} mt={4} listStyleType="none">
                  {undated.map(item)}
                </List>
              </Box>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
