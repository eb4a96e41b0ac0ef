import type { RouteObject } from "react-router";
import { registerMeetingTab } from "../../lib/meetingTabs";
import { lazyPage } from "../../lib/lazyPage";
const CheckinPage = lazyPage(() => import("./components/CheckinPage"), "CheckinPage");
const BadgesTab = lazyPage(() => import("./components/BadgesTab"), "BadgesTab");
const AttendanceTab = lazyPage(() => import("./components/AttendanceTab"), "AttendanceTab");

// The meeting page's tabs (src/web/lib/meetingTabs.ts): badges for the host, attendance and the door for the rest.
registerMeetingTab({
  key: "badges",
  labelKey: "checkin.tab.badges",
  order: 40,
  visible: (m) => m.permissions?.manageDelegations === true,
  render: (m) => <BadgesTab meeting={m} />,
});
registerMeetingTab({
  key: "attendance",
  labelKey: "checkin.tab.attendance",
  order: 50,
  visible: (m) => m.permissions?.allDelegations === true,
  render: (m) => <AttendanceTab meeting={m} />,
});

/** The door check-in page, outside the meeting page so that it fills a phone's screen. */
export const checkinRoutes: RouteObject[] = [{ path: "checkin/:meetingId", element: <CheckinPage /> }];
