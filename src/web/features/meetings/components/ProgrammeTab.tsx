import { Link, useSearchParams } from "react-router";
import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  useMantineTheme,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useI18n } from "../../../lib/i18n";
import { QueryState } from "../../../components/QueryState";
import { useSessions } from "../api/sessions";
import { chairIn, type Meeting, type Session } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { ClashBadge, KindBadge, dayOf, pick, timeOf, weekday } from "./labels";
import { ProgrammeTimetable } from "./ProgrammeTimetable";

type View = "grid" | "list";

/** The view last picked in this tab of the browser, so coming back from a session (a link without `?view`) keeps it. */
const LAST_VIEW = "focal.programme.view";
function lastView(): View | null {
  try {
    const v = sessionStorage.getItem(LAST_VIEW);
    return v === "grid" || v === "list" ? v : null;
  } catch {
    return null;
  }
}

/**
 * Timetable or list, kept in the URL (`?view=grid` / `?view=list`) so a reload or a shared link shows the same.
 * Without it: the view last picked in this browser tab, else the timetable from Mantine's `sm` breakpoint up and the
 * list on phones.
 */
function useProgrammeView(): [View, (v: View) => void] {
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const asked = params.get("view");
  const view: View = asked === "grid" || asked === "list" ? asked : (lastView() ?? (wide ? "grid" : "list"));
  const setView = (v: View) => {
    try {
      sessionStorage.setItem(LAST_VIEW, v);
    } catch {
      // Storage may be off (private mode); the URL still keeps the view.
    }
    setParams(
      (p) => {
        p.set("view", v);
        return p;
      },
      { replace: true },
    );
  };
  return [view, setView];
}

/** Every calendar day of the meeting, plus any day a session falls on outside it. */
function days(m: Meeting, sessions: Session[]): string[] {
  const out = new Set<string>();
  for (
    let d = new Date(`${m.startDate}T00:00:00Z`);
    d <= new Date(`${m.endDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    out.add(d.toISOString().slice(0, 10));
  }
  for (const s of sessions) out.add(dayOf(s.start));
  return [...out].sort();
}

function SessionRow({ s, all, meetingId }: { s: Session; all: Session[]; meetingId: string }) {
  const { t, lang } = useI18n();
  const clash = s.clashes.length > 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      style={clash ? { borderColor: "var(--mantine-color-red-6)", borderWidth: 2 } : undefined}
      data-clash={clash || undefined}
    >
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Box w={{ base: 64, sm: 110 }} style={{ flexShrink: 0 }}>
          <Text fw={700} ff="monospace" size="sm">
            {timeOf(s.start)}
          </Text>
          <Text c="dimmed" ff="monospace" size="sm">
            {timeOf(s.end)}
          </Text>
        </Box>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <KindBadge kind={s.kind} />
            <ClashBadge session={s} all={all} />
          </Group>
          <Anchor component={Link} to={`/meetings/${meetingId}/programme/${s.id}`} fw={600}>
            {pick(lang, s.titleVi, s.titleEn)}
          </Anchor>
          <Text size="sm" c="dimmed">
            {s.room
              ? `${pick(lang, s.room.nameVi, s.room.nameEn)} · ${pick(lang, s.room.venueNameVi, s.room.venueNameEn)}`
              : t("meetings.session.noRoom")}
            {s.chair && ` · ${t("meetings.session.chairShort", { chair: chairIn(s, lang) ?? "" })}`}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * The programme day by day, as a timetable of rooms × time or as a list, each session with its time, room and
 * chair; double bookings stand out in both.
 */
export function ProgrammeTab() {
  const { t, lang, fmtDate, fmtZone } = useI18n();
  const m = useMeetingContext();
  const sessions = useSessions(m.id);
  const [view, setView] = useProgrammeView();
  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Group gap="md">
          <SegmentedControl
            aria-label={t("meetings.programme.view")}
            value={view}
            onChange={setView}
            data={[
              { value: "grid", label: t("meetings.programme.viewGrid") },
              { value: "list", label: t("meetings.programme.viewList") },
            ]}
          />
          <Text size="sm" c="dimmed">
            {t("meetings.programme.timeZone", { tz: fmtZone(m.timeZone, new Date(`${m.startDate}T12:00:00Z`)) })}
          </Text>
        </Group>
        {m.permissions?.manageProgramme && (
          <Button component={Link} to={`/meetings/${m.id}/programme/new`}>
            {t("meetings.session.new")}
          </Button>
        )}
      </Group>
      <QueryState query={sessions} isEmpty={(d) => d.length === 0} empty={t("meetings.programme.empty")}>
        {(list) => {
          const clashes = list.filter((s) => s.clashes.length > 0).length;
          return (
            <Stack gap="lg">
              {clashes > 0 && (
                <Alert color="red" variant="light" title={t("meetings.clash.title")} role="status">
                  {t("meetings.clash.summary", { n: clashes })}
                </Alert>
              )}
              {days(m, list).map((day) => {
                const items = list.filter((s) => dayOf(s.start) === day);
                const id = `day-${day}`;
                return (
                  <section key={day} aria-labelledby={id}>
                    <Title order={2} fz="h4" id={id} mb="xs">
                      {weekday(lang, day)}, {fmtDate(day)}
                    </Title>
                    {items.length && view === "grid" ? (
                      <ProgrammeTimetable day={day} all={list} meetingId={m.id} />
                    ) : items.length ? (
                      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
                        {items.map((s) => (
                          <SessionRow key={s.id} s={s} all={list} meetingId={m.id} />
                        ))}
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t("meetings.programme.noSessions")}
                      </Text>
                    )}
                  </section>
                );
              })}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
