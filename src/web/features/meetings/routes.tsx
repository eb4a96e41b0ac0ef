import type { RouteObject } from "react-router";
import { MeetingsPage } from "./components/MeetingsPage";
import { MeetingLayout } from "./components/MeetingLayout";
import { OverviewTab } from "./components/OverviewTab";
import { EditMeetingPage, NewMeetingPage } from "./components/MeetingFormPage";
import { ProgrammeTab } from "./components/ProgrammeTab";
import { SessionPage } from "./components/SessionPage";
import { SessionFormPage } from "./components/SessionFormPage";
import { VenuesTab } from "./components/VenuesTab";
import { DelegationsTab } from "./components/DelegationsTab";
import { DelegationPage } from "./components/DelegationPage";
import { EditDelegationPage, NewDelegationPage } from "./components/DelegationFormPage";
import { DelegatePage } from "./components/DelegatePage";
import { DelegateFormPage } from "./components/DelegateFormPage";
import { MeetingExtensionTab } from "./components/ExtensionTab";

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
