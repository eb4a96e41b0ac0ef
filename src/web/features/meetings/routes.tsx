import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazyPage";
const MeetingsPage = lazyPage(() => import("./components/MeetingsPage"), "MeetingsPage");
const MeetingLayout = lazyPage(() => import("./components/MeetingLayout"), "MeetingLayout");
const OverviewTab = lazyPage(() => import("./components/OverviewTab"), "OverviewTab");
const EditMeetingPage = lazyPage(() => import("./components/MeetingFormPage"), "EditMeetingPage");
const NewMeetingPage = lazyPage(() => import("./components/MeetingFormPage"), "NewMeetingPage");
const ProgrammeTab = lazyPage(() => import("./components/ProgrammeTab"), "ProgrammeTab");
const SessionPage = lazyPage(() => import("./components/SessionPage"), "SessionPage");
const SessionFormPage = lazyPage(() => import("./components/SessionFormPage"), "SessionFormPage");
const VenuesTab = lazyPage(() => import("./components/VenuesTab"), "VenuesTab");
const DelegationsTab = lazyPage(() => import("./components/DelegationsTab"), "DelegationsTab");
const DelegationPage = lazyPage(() => import("./components/DelegationPage"), "DelegationPage");
const EditDelegationPage = lazyPage(() => import("./components/DelegationFormPage"), "EditDelegationPage");
const NewDelegationPage = lazyPage(() => import("./components/DelegationFormPage"), "NewDelegationPage");
const DelegatePage = lazyPage(() => import("./components/DelegatePage"), "DelegatePage");
const DelegateFormPage = lazyPage(() => import("./components/DelegateFormPage"), "DelegateFormPage");
const MeetingExtensionTab = lazyPage(() => import("./components/ExtensionTab"), "MeetingExtensionTab");

export const meetingsRoutes: RouteObject[] = [
  { path: "meetings", element: <MeetingsPage /> },
  { path: "meetings/new", element: <NewMeetingPage /> },
  {
    path: "meetings/:id",
    element: <MeetingLayout />,
    children: [
      { index: true, element: <OverviewTab /> },
      { path: "edit", element: <EditMeetingPage /> },
      { path: "programme", element: <ProgrammeTab /> },
      { path: "programme/new", element: <SessionFormPage /> },
      { path: "programme/:sessionId", element: <SessionPage /> },
      { path: "programme/:sessionId/edit", element: <SessionFormPage /> },
      { path: "venues", element: <VenuesTab /> },
      { path: "delegations", element: <DelegationsTab /> },
      { path: "delegations/new", element: <NewDelegationPage /> },
      { path: "delegations/:delegationId/edit", element: <EditDelegationPage /> },
      { path: "delegations/:delegationId/delegates/new", element: <DelegateFormPage /> },
      { path: "delegations/:delegationId/delegates/:delegateId", element: <DelegatePage /> },
      { path: "delegations/:delegationId/delegates/:delegateId/edit", element: <DelegateFormPage /> },
      // The delegation page, and other features' delegation tabs at …/:delegationId/<key>/* (src/web/lib/meetingTabs.ts).
      { path: "delegations/:delegationId/*", element: <DelegationPage /> },
      // Other features' meeting tabs (registration, badges, check-in, exports) at /meetings/:id/<key>/*.
      { path: ":tab/*", element: <MeetingExtensionTab /> },
    ],
  },
];
