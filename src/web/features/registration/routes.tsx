import type { RouteObject } from "react-router";
import { registerDelegationTab, registerMeetingTab } from "../../lib/meetingTabs";
import { lazyPage } from "../../lib/lazyPage";
const OpenLinkPage = lazyPage(() => import("./components/OpenLinkPage"), "OpenLinkPage");
const PortalHome = lazyPage(() => import("./components/PortalPage"), "PortalHome");
const PortalPage = lazyPage(() => import("./components/PortalPage"), "PortalPage");
const DelegationRegistrationTab = lazyPage(() => import("./components/HostTabs"), "DelegationRegistrationTab");
const DelegationVersionsTab = lazyPage(() => import("./components/HostTabs"), "DelegationVersionsTab");
const MeetingRegistrationTab = lazyPage(() => import("./components/HostTabs"), "MeetingRegistrationTab");

// The host's tabs on the meeting pages (src/web/lib/meetingTabs.ts).
registerMeetingTab({
  key: "registration",
  labelKey: "registration.tab.meeting",
  order: 10,
  visible: (m) => m.permissions?.manageDelegations === true,
  render: (m) => <MeetingRegistrationTab meeting={m} />,
});
registerDelegationTab({
  key: "registration",
  labelKey: "registration.tab.delegation",
  order: 10,
  visible: (m, d) =>
    m.permissions?.manageDelegations === true || (m.permissions?.ownDelegationIds.includes(d.id) ?? false),
  render: (m, d) => <DelegationRegistrationTab meeting={m} delegation={d} />,
});
registerDelegationTab({
  key: "versions",
  labelKey: "registration.tab.versions",
  order: 11,
  visible: (m, d) =>
    m.permissions?.delegateView === "full" ||
    m.permissions?.delegateView === "standard" ||
    (m.permissions?.ownDelegationIds.includes(d.id) ?? false),
  render: (m, d) => <DelegationVersionsTab meeting={m} delegation={d} />,
});

/** The delegation contact's portal (signed in). */
export const registrationRoutes: RouteObject[] = [
  { path: "register", element: <PortalHome /> },
  { path: "register/:meetingId/:delegationId/*", element: <PortalPage /> },
];

/** Where a personal registration link lands (no sign-in yet). */
export const registrationPublicRoutes: RouteObject[] = [{ path: "register/link", element: <OpenLinkPage /> }];
