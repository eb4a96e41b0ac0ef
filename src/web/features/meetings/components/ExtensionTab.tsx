import { useParams } from "react-router";
import { extraMeetingTabs } from "../../../lib/meetingTabs";
import { EmptyState } from "../../../components/QueryState";
import { useI18n } from "../../../lib/i18n";
import { useMeetingContext } from "./MeetingLayout";

function NotFound() {
  const { t } = useI18n();
  return <EmptyState>{t("meetings.tabNotFound")}</EmptyState>;
}

/** Renders another feature's meeting tab (registered in src/web/lib/meetingTabs.ts) at /meetings/:id/:tab/*. */
export function MeetingExtensionTab() {
  const { tab = "" } = useParams();
  const meeting = useMeetingContext();
  const found = extraMeetingTabs().find((x) => x.key === tab);
  if (!found || !(found.visible?.(meeting) ?? true)) return <NotFound />;
  return <>{found.render(meeting)}</>;
}
