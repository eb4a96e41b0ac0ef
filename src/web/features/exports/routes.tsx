import type { RouteObject } from "react-router";
import { registerMeetingTab } from "../../lib/meetingTabs";
import { lazyPage } from "../../lib/lazyPage";
const ExportsTab = lazyPage(() => import("./components/ExportsTab"), "ExportsTab");

// The meeting page's exports tab (src/web/lib/meetingTabs.ts): the programme for everyone who reads the meeting,
// lists and packs for those who see delegates, the purge for the host.
registerMeetingTab({
  key: "exports",
  labelKey: "exports.tab",
  order: 60,
  render: (m) => <ExportsTab meeting={m} />,
});

/** No pages of its own: everything is in the meeting's tab. */
export const exportsRoutes: RouteObject[] = [];
