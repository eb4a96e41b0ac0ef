import { Link } from "react-router";
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useMe } from "../../../lib/me";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { useMeetings } from "../api/meetings";
import type { Meeting } from "../api/types";
import { MeetingStatusBadge, meetingTitle, pick } from "./labels";

function MeetingCard({ m }: { m: Meeting }) {
  const { t, lang, fmtDate } = useI18n();
  const headingId = `meeting-${m.id}`;
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} fz="h3" id={headingId}>
            <Anchor component={Link} to={`/meetings/${m.id}`} inherit>
              {meetingTitle(lang, m)}
            </Anchor>
          </Title>
          <MeetingStatusBadge status={m.status} />
        </Group>
        {(m.themeVi || m.themeEn) && (
          <Text size="sm" fs="italic">
            {pick(lang, m.themeVi, m.themeEn)}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t("meetings.datesCity", {
            from: fmtDate(m.startDate),
            to: fmtDate(m.endDate),
            city: pick(lang, m.cityVi, m.cityEn),
          })}
          {m.delegationCount !== undefined && <> · {t("meetings.delegationCount", { n: m.delegationCount })}</>}
        </Text>
        <Group gap="xs">
          <Button component={Link} to={`/meetings/${m.id}/programme`} variant="light">
            {t("meetings.tabs.programme")}
          </Button>
          <Button component={Link} to={`/meetings/${m.id}/delegations`} variant="default">
            {t("meetings.tabs.delegations")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The meetings the user may open: all for the ICD, those of their grants for everyone else. */
export function MeetingsPage() {
  const { t } = useI18n();
  const me = useMe();
  const meetings = useMeetings();
  return (
    <Page
      title={t("meetings.title")}
      description={t("meetings.description")}
      actions={
        me.permissions.meetings.create && (
          <Button component={Link} to="/meetings/new">
            {t("meetings.new")}
          </Button>
        )
      }
    >
      <QueryState query={meetings} isEmpty={(d) => d.length === 0} empty={t("meetings.empty")}>
        {(list) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {list.map((m) => (
              <MeetingCard key={m.id} m={m} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Page>
  );
}
