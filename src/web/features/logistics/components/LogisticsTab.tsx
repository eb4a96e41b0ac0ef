import { Group, NavLink as MantineNavLink, ScrollArea, Stack } from "@mantine/core";
import { NavLink, Route, Routes } from "react-router";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { LiaisonPage } from "./liaison/LiaisonPage";
import { LodgingPage } from "./lodging/LodgingPage";
import { TransfersPage } from "./transfers/TransfersPage";
import { MealsPage } from "./meals/MealsPage";
import { SecurityPage } from "./security/SecurityPage";

/** The sub-pages of the logistics tab, in the order the navigation shows them. */
const pages: { path: string; labelKey: TranslationKey }[] = [
  { path: "", labelKey: "logistics.nav.liaison" },
  { path: "hotels", labelKey: "logistics.nav.lodging" },
  { path: "transfers", labelKey: "logistics.nav.transfers" },
  { path: "meals", labelKey: "logistics.nav.meals" },
  { path: "security", labelKey: "logistics.nav.security" },
];

/**
 * A meeting's logistics tab (issue 14): liaison officers and volunteers, hotels and rooming, airport transfers, meals
 * and security, each a sub-page of /meetings/:id/logistics/*. Every list is derived from the delegation record.
 */
export function LogisticsTab({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t } = useI18n();
  const base = `/meetings/${meeting.id}/logistics`;
  return (
    <Stack gap="md">
      <ScrollArea type="auto" offsetScrollbars>
        <Group component="nav" aria-label={t("logistics.nav.label")} gap={4} wrap="nowrap">
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
        <Route index element={<LiaisonPage meeting={meeting} />} />
        <Route path="hotels/*" element={<LodgingPage meeting={meeting} />} />
        <Route path="transfers/*" element={<TransfersPage meeting={meeting} />} />
        <Route path="meals/*" element={<MealsPage meeting={meeting} />} />
        <Route path="security/*" element={<SecurityPage meeting={meeting} />} />
      </Routes>
    </Stack>
  );
}
