import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import type { MeetingTabDelegation, MeetingTabMeeting } from "../../../../lib/meetingTabs";
import { useI18n } from "../../../../lib/i18n";
import { QueryState } from "../../../../components/QueryState";
import { useHealthAttention } from "../../api/health";

/** The delegates shared as "needs medical attention" — a badge list (the same the organisers see). */
export function AttentionList({ meetingId, delegationId }: { meetingId: string; delegationId?: string }) {
  const { t } = useI18n();
  const q = useHealthAttention(meetingId);
  return (
    <QueryState query={q}>
      {(all) => {
        const list = delegationId ? all.filter((a) => a.delegationId === delegationId) : all;
        return (
          <Stack gap="xs" component="section" aria-label={t("health.attention.title")}>
            <Title order={3} fz="h5">
              {t("health.attention.title")}
            </Title>
            {delegationId && (
              <Text size="sm" c="dimmed">
                {t("health.attention.intro")}
              </Text>
            )}
            {list.length === 0 ? (
              <Text size="sm">{t("health.attention.none")}</Text>
            ) : (
              <Group gap="xs">
                {list.map((a) => (
                  <Badge key={a.delegateId} color="red" variant="light" size="lg" tt="none">
                    {delegationId ? a.fullName : `${a.fullName} (${a.delegationName})`}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** The delegation page's "Health" tab: only which of its delegates need medical attention, never the content. */
export function AttentionTab({
  meeting,
  delegation,
}: {
  meeting: MeetingTabMeeting;
  delegation: MeetingTabDelegation;
}) {
  return <AttentionList meetingId={meeting.id} delegationId={delegation.id} />;
}
