import { Stack, Title } from "@mantine/core";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import type { LogisticsAbilities } from "../../../../../shared/schemas/logistics";
import { useI18n } from "../../../../lib/i18n";

/** The transfers page of a meeting's logistics (issue 14). */
export function TransfersPage({
  meeting,
  permissions,
}: {
  meeting: MeetingTabMeeting;
  permissions: LogisticsAbilities;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="md" data-meeting={meeting.id} data-manage={permissions.manage}>
      <Title order={2}>{t("logistics.nav.transfers")}</Title>
    </Stack>
  );
}
