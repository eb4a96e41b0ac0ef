import { Group, NavLink as MantineNavLink, ScrollArea, Stack } from "@mantine/core";
import { NavLink, Route, Routes } from "react-router";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { MembersPage } from "./MembersPage";
import { TasksPage } from "./TasksPage";
import { ReadinessPage } from "./ReadinessPage";
import { ScriptsPage } from "./ScriptsPage";
import { ContingenciesPage } from "./ContingenciesPage";

/** The sub-pages of the committee tab, in the order the navigation shows them. */
const pages: { path: string; labelKey: TranslationKey }[] = [
  { path: "", labelKey: "committee.nav.members" },
  { path: "tasks", labelKey: "committee.nav.tasks" },
  { path: "readiness", labelKey: "committee.nav.readiness" },
  { path: "scripts", labelKey: "committee.nav.scripts" },
  { path: "contingencies", labelKey: "committee.nav.contingencies" },
];

/** The organising committee's tab of a meeting: a navigation of its sub-pages and the page open. */
export function CommitteeTab({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t } = useI18n();
  const base = `/meetings/${meeting.id}/committee`;
  return (
    <Stack gap="md">
      <ScrollArea type="auto" offsetScrollbars>
        <Group component="nav" aria-label={t("committee.nav.label")} gap={4} wrap="nowrap">
          {pages.map((p) => (
            <MantineNavLink
              key={p.path}
              component={NavLink}
              to={p.path ? `${base}/${p.path}` : base}
              end={p.path === ""}
              label={t(p.labelKey)}
              styles={{ label: { color: "#0f3f6e" } }}
              w="auto"
              style={{ borderRadius: 6, whiteSpace: "nowrap" }}
            />
          ))}
        </Group>
      </ScrollArea>
      <Routes>
        <Route index element={<MembersPage meeting={meeting} />} />
        <Route path="tasks/*" element={<TasksPage meeting={meeting} />} />
        <Route path="readiness" element={<ReadinessPage meeting={meeting} />} />
        <Route path="scripts/*" element={<ScriptsPage meeting={meeting} />} />
        <Route path="contingencies" element={<ContingenciesPage meeting={meeting} />} />
      </Routes>
    </Stack>
  );
}
