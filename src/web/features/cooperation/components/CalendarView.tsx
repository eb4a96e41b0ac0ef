import { Link } from "react-router";
import { useSearchParamsUpdate } from "../../../lib/searchParams";
import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { QueryState } from "../../../components/QueryState";
import { todayInHanoi } from "../../../../shared/dates";
import { useCalendarMonth } from "../api/activities";
import type { ActivitySummary } from "../api/types";
import { statusColor, useNames } from "./labels";

const pad = (n: number) => String(n).padStart(2, "0");

/** Days of a month as ISO strings, and the weekday (0 = Monday) of its first day. */
function monthDays(month: string): { days: string[]; lead: number } {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  return { days: Array.from({ length: count }, (_, i) => `${month}-${pad(i + 1)}`), lead };
}

function shift(month: string, by: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

const onDay = (a: ActivitySummary, day: string) =>
  !!a.startDate && a.startDate <= day && (a.endDate ?? a.startDate) >= day;

function Item({ a }: { a: ActivitySummary }) {
  const names = useNames();
  return (
    <Anchor
      component={Link}
      to={`/cooperation/activities/${a.id}`}
      size="xs"
      display="block"
      lineClamp={2}
      style={{ borderLeft: `3px solid var(--mantine-color-${statusColor[a.status]}-6)`, paddingLeft: 4 }}
    >
      {names.title(a)}
    </Anchor>
  );
}

/** A month of activities: a grid of weeks on a wide screen, the days that have activities as a list on a phone. */
export function CalendarView() {
  const { t, fmtDate } = useI18n();
  const [params, updateParams] = useSearchParamsUpdate();
  const m = params.get("month");
  const month = m && /^\d{4}-(0[1-9]|1[0-2])$/.test(m) ? m : todayInHanoi().slice(0, 7);
  const go = (to: string) => {
    // From the address as it is when the change lands (see ActivitiesPage): a filter picked meanwhile stays.
    updateParams(
      (p) => {
        p.set("month", to);
      },
      { replace: true },
    );
  };
  const cal = useCalendarMonth(month);
  const { days, lead } = monthDays(month);
  const weekdays = t("cooperation.calendar.weekdays").split(",");
  const today = todayInHanoi();
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Button variant="default" size="compact-sm" onClick={() => go(shift(month, -1))}>
          ← {t("cooperation.calendar.prev")}
        </Button>
        <Title order={2} size="h4" aria-live="polite">
          {t("cooperation.calendar.month", { month: month.slice(5), year: month.slice(0, 4) })}
        </Title>
        <Button variant="default" size="compact-sm" onClick={() => go(shift(month, 1))}>
          {t("cooperation.calendar.next")} →
        </Button>
      </Group>
      <QueryState query={cal}>
        {(data) => {
          const busy = days.filter((d) => data.activities.some((a) => onDay(a, d)));
          return (
            <>
              <Paper withBorder radius="md" visibleFrom="sm" data-testid="coop-calendar">
                <Box style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))" }}>
                  {weekdays.map((w) => (
                    <Text key={w} size="xs" fw={600} ta="center" py={4} c="dimmed" aria-hidden>
                      {w}
                    </Text>
                  ))}
                  {Array.from({ length: lead }, (_, i) => (
                    <Box key={`lead-${i}`} />
                  ))}
                  {days.map((d) => {
                    const items = data.activities.filter((a) => onDay(a, d));
                    return (
                      <Box
                        key={d}
                        p={4}
                        mih={84}
                        style={{
                          borderTop: "1px solid var(--mantine-color-default-border)",
                          background: d === today ? "var(--mantine-color-blue-light)" : undefined,
                        }}
                      >
                        <Text size="xs" fw={d === today ? 700 : 500} aria-label={fmtDate(d)}>
                          {Number(d.slice(8))}
                        </Text>
                        <Stack gap={2}>
                          {items.slice(0, 3).map((a) => (
                            <Item key={a.id} a={a} />
                          ))}
                          {items.length > 3 && (
                            <Text size="xs" c="dimmed">
                              {t("cooperation.calendar.more", { n: items.length - 3 })}
                            </Text>
                          )}
                        </Stack>
                      </Box>
                    );
                  })}
                </Box>
              </Paper>
              <Stack gap="xs" hiddenFrom="sm">
                {busy.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t("cooperation.calendar.none")}
                  </Text>
                )}
                {busy.map((d) => (
                  <Paper key={d} withBorder radius="md" p="xs">
                    <Text size="sm" fw={600}>
                      {fmtDate(d)}
                    </Text>
                    <Stack gap={2}>
                      {data.activities
                        .filter((a) => onDay(a, d))
                        .map((a) => (
                          <Item key={a.id} a={a} />
                        ))}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
              {data.activities.length === 0 && (
                <Text size="sm" c="dimmed" visibleFrom="sm">
                  {t("cooperation.calendar.none")}
                </Text>
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
