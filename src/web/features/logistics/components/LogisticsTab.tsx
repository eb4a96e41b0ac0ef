import { Group, NavLink as MantineNavLink, ScrollArea, Stack } from "@mantine/core";
import { NavLink, Navigate, Route, Routes } from "react-router";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { QueryState } from "../../../components/QueryState";
import type { LogisticsAbilities } from "../../../../shared/schemas/logistics";
import { useLogisticsSettings } from "../api/logistics";
import { LiaisonPage } from "./liaison/LiaisonPage";
import { LodgingPage } from "./lodging/LodgingPage";
import { TransfersPage } from "./transfers/TransfersPage";
import { MealsPage } from "./meals/MealsPage";
import { SecurityPage } from "./security/SecurityPage";

type Props = { meeting: MeetingTabMeeting; permissions: LogisticsAbilities };

/** The sub-pages of the logistics tab, in the order the navigation shows them, and who opens each. */
const pages: {
  path: string;
  labelKey: TranslationKey;
  opens: (p: LogisticsAbilities) => boolean;
  render: (props: Props) => React.ReactNode;
}[] = [
  {
    path: "liaison",
    labelKey: "logistics.nav.liaison",
    opens: (p) => p.read || p.liaisonOfficer,
    render: (props) => <LiaisonPage {...props} />,
  },
  {
    path: "hotels",
    labelKey: "logistics.nav.lodging",
    opens: (p) => p.read,
    render: (props) => <LodgingPage {...props} />,
  },
  {
    path: "transfers",
    labelKey: "logistics.nav.transfers",
    opens: (p) => p.read,
    render: (props) => <TransfersPage {...props} />,
  },
  { path: "meals", labelKey: "logistics.nav.meals", opens: (p) => p.read, render: (props) => <MealsPage {...props} /> },
  {
    path: "security",
    labelKey: "logistics.nav.security",
    opens: (p) => p.readSecurity,
    render: (props) => <SecurityPage {...props} />,
  },
];

/**
 * A meeting's logistics tab (issue 14): liaison officers and volunteers, hotels and rooming, airport transfers, meals
 * and security, each a sub-page of /meetings/:id/logistics/* shown to those whose abilities open it (the server's
 * policy, sent with the settings). Every list is derived from the delegation record.
 */
export function LogisticsTab({ meeting }: { meeting: MeetingTabMeeting }) {
  const settings = useLogisticsSettings(meeting.id);
  return <QueryState query={settings}>{(s) => <Areas meeting={meeting} permissions={s.permissions} />}</QueryState>;
}

function Areas({ meeting, permissions }: Props) {
  const { t } = useI18n();
  const base = `/meetings/${meeting.id}/logistics`;
  const open = pages.filter((p) => p.opens(permissions));
  return (
    <Stack gap="md">
      <ScrollArea type="auto" offsetScrollbars>
        <Group component="nav" aria-label={t("logistics.nav.label")} gap={4} wrap="nowrap">
          {open.map((p) => (
            <MantineNavLink
              key={p.path}
              component={NavLink}
              to={`${base}/${p.path}`}
              label={t(p.labelKey)}
              styles={{ label: { color: "#0f3f6e" } }}
              w="auto"
              style={{ borderRadius: 6, whiteSpace: "nowrap" }}
            />
          ))}
        </Group>
      </ScrollArea>
      <Routes>
        {open[0] && <Route index element={<Navigate to={`${base}/${open[0].path}`} replace />} />}
        {open.map((p) => (
          <Route key={p.path} path={`${p.path}/*`} element={p.render({ meeting, permissions })} />
        ))}
      </Routes>
    </Stack>
  );
}
