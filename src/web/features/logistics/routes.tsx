import type { RouteObject } from "react-router";
import { registerMeetingTab } from "../../lib/meetingTabs";
// health log (issue 14, point 6)
import { registerDelegationTab } from "../../lib/meetingTabs";
import { lazyPage } from "../../lib/lazyPage";
const LogisticsTab = lazyPage(() => import("./components/LogisticsTab"), "LogisticsTab");
const HealthPage = lazyPage(() => import("./components/health/HealthPage"), "HealthPage");
// health log (issue 14, point 6): the delegation's "needs medical attention" list
const AttentionTab = lazyPage(() => import("./components/health/AttentionList"), "AttentionTab");

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

// health log (issue 14, point 6): on a delegation's page, who needs medical attention (the flag only, no content),
// for whoever opens the meeting's logistics and the health officers.
registerDelegationTab({
  key: "health",
  labelKey: "health.attention.tab",
  order: 7,
  visible: (m) => m.permissions?.readLogistics === true || m.permissions?.readHealth === true,
  render: (m, d) => <AttentionTab meeting={m} delegation={d} />,
});

/** Pages outside the meeting's tabs (each area adds its own, e.g. the liaison officer's phone page). */
export const logisticsRoutes: RouteObject[] = [];
