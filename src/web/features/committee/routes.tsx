import type { RouteObject } from "react-router";
import { registerMeetingTab } from "../../lib/meetingTabs";
import { lazyPage } from "../../lib/lazyPage";
const CommitteeTab = lazyPage(() => import("./components/CommitteeTab"), "CommitteeTab");
// scripts: the live view on a phone
const LivePage = lazyPage(() => import("./components/LivePage"), "LivePage");

// The meeting page's organising-committee tab (issue 13): the committee, tasks, readiness, scripts and contingency
// plans, each a sub-page of /meetings/:id/committee/*.
registerMeetingTab({
  key: "committee",
  labelKey: "committee.tab",
  order: 5,
  visible: (m) => m.permissions?.readCommittee === true,
  render: (m) => <CommitteeTab meeting={m} />,
});

/** Pages outside the meeting's tabs (the live view on a phone has its own). */
export const committeeRoutes: RouteObject[] = [
  // scripts: the live "now / next" view
  { path: "meetings/:id/live", element: <LivePage /> },
];
