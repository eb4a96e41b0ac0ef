/**
 * Attendance for the host: per session and at the door, how many accredited delegates are expected, how many
 * distinct people were admitted (a repeated scan counts once) and how many scans were refused; open a place to see
 * who came, when and through which officer. Door officers get the link to the check-in page here.
 */
import { useState } from "react";
import { Link } from "react-router";
import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title, UnstyledButton } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { QueryState } from "../../../components/QueryState";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import { PAGE_SIZES } from "../../../lib/usePagedQuery";
import { useAttendance, useAttendanceList } from "../api/attendance";
import { reasonKey } from "./CheckinPage";

/** Door officers (security officers of the meeting) and ICD officers may open the check-in page. */
export const maySecure = (m: MeetingTabMeeting) => m.permissions?.checkIn === true;

function PlaceList({
  meetingId,
  sessionId,
  timeZone,
}: {
  meetingId: string;
  sessionId: string | null;
  timeZone: string;
}) {
  const { t, lang, fmtDateTime } = useI18n();
  // One page of the people admitted there at a time, searched on the server.
  const paged = useAttendanceList(meetingId, sessionId, true);
  const refused = paged.query.data?.list.refused ?? [];
  return (
    <Stack gap="xs" mt="xs">
      {(paged.narrowed || (paged.query.data?.total ?? 0) > PAGE_SIZES[0]) && (
        <PagedSearch paged={paged} label={t("checkin.attendance.search")} />
      )}
      <PagedList paged={paged} empty={t("checkin.attendance.nobody")}>
        {(admitted) => (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("checkin.badges.col.name")}</Table.Th>
                  <Table.Th>{t("checkin.badges.col.delegation")}</Table.Th>
                  <Table.Th>{t("checkin.attendance.col.first")}</Table.Th>
                  <Table.Th>{t("checkin.attendance.col.officer")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {admitted.map((a) => (
                  <Table.Tr key={a.delegateId}>
                    <Table.Td>{a.fullName}</Table.Td>
                    <Table.Td>{lang === "vi" ? a.delegationNameVi : a.delegationNameEn}</Table.Td>
                    <Table.Td>{fmtDateTime(a.firstAdmittedAt, { timeZone })}</Table.Td>
                    <Table.Td>{a.officerName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedList>
      {refused.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t("checkin.attendance.refusedTitle", { n: refused.length })}
          </Text>
          {refused.map((r) => (
            <Text size="sm" key={r.scanId}>
              {fmtDateTime(r.scannedAt, { timeZone })} · {r.person?.fullName ?? "—"} · {t(reasonKey(r.reason))} ·{" "}
              {r.officerName}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Row({
  meetingId,
  sessionId,
  timeZone,
  title,
  when,
  counts,
}: {
  meetingId: string;
  sessionId: string | null;
  timeZone: string;
  title: string;
  when: string | null;
  counts: { expected: number; admitted: number; refused: number };
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const pct = counts.expected ? Math.min(100, Math.round((counts.admitted / counts.expected) * 100)) : 0;
  const id = `att-${sessionId ?? "door"}`;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="attendance-row"
      data-session={sessionId ?? "door"}
      data-admitted={counts.admitted}
    >
      <UnstyledButton
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={id}
        style={{ width: "100%" }}
      >
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={500}>{title}</Text>
            {when && (
              <Text size="xs" c="dimmed">
                {when}
              </Text>
            )}
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Badge color="green" variant="light" tt="none">
              {t("checkin.attendance.admitted", { n: counts.admitted, of: counts.expected })}
            </Badge>
            {counts.refused > 0 && (
              <Badge color="red" variant="light" tt="none">
                {t("checkin.attendance.refused", { n: counts.refused })}
              </Badge>
            )}
          </Group>
        </Group>
        <Progress value={pct} mt={6} size="sm" aria-label={t("checkin.attendance.share", { pct })} />
      </UnstyledButton>
      <div id={id}>{open && <PlaceList meetingId={meetingId} sessionId={sessionId} timeZone={timeZone} />}</div>
    </Paper>
  );
}

export function AttendanceTab({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang, fmtDateTime, fmtZone } = useI18n();
  const summary = useAttendance(meeting.id);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="h3">
          {t("checkin.attendance.title")}
        </Title>
        {maySecure(meeting) && (
          <Button component={Link} to={`/checkin/${meeting.id}`}>
            {t("checkin.open")}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("checkin.attendance.intro")} {t("meetings.programme.timeZone", { tz: fmtZone(meeting.timeZone) })}
      </Text>
      <QueryState
        query={summary}
        isEmpty={(s) => s.sessions.length === 0 && s.door.admitted === 0}
        empty={t("checkin.attendance.empty")}
      >
        {(s) => (
          <Stack gap="xs">
            <Row
              meetingId={meeting.id}
              sessionId={null}
              timeZone={meeting.timeZone}
              title={t("checkin.place.door")}
              when={null}
              counts={s.door}
            />
            {s.sessions.map((x) => (
              <Row
                key={x.sessionId}
                meetingId={meeting.id}
                sessionId={x.sessionId}
                timeZone={meeting.timeZone}
                title={lang === "vi" ? x.titleVi : x.titleEn}
                when={fmtDateTime(x.start, { timeZone: meeting.timeZone })}
                counts={x}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
