import type { MeetingTabMeeting } from "../../../lib/meetingTabs";

/** Placeholder until this area is built (issue 13). */
export function TasksPage({ meeting }: { meeting: MeetingTabMeeting }) {
  return <div data-meeting={meeting.id} />;
}
