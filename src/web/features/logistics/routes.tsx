import type { RouteObject } from "react-router";
import { registerMeetingTab } from "../../lib/meetingTabs";
import { lazyPage } from "../../lib/lazyPage";
const LogisticsTab = lazyPage(() => import("./components/LogisticsTab"), "LogisticsTab");
const HealthPage = lazyPage(() => import("./components/health/HealthPage"), "HealthPage");

// A meeting's people and logistics (issue 14): liaison, hotels, transfers, meals and security under one tab; the
// health log in a tab of its own, shown to the meeting's health officers only.
registerMeetingTab({
  key: "logistics",
  labelKey: "logistics.tab",
  order: 6,
  visible: (m) => m.permissions?.readLogistics === true,
  render: (m) => <LogisticsTab meeting={m} />,
});
registerMeetingTab({
  key: "health",
  labelKey: "logistics.nav.health",
  order: 7,
  visible: (m) => m.permissions?.readHealth === true,
  render: (m) => <HealthPage meeting={m} />,
});

/** Pages outside the meeting's tabs (each area adds its own, e.g. the liaison officer's phone page). */
export const logisticsRoutes: RouteObject[] = [];
