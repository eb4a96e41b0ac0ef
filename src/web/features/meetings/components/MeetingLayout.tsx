import { Link, NavLink, Outlet, useOutletContext, useParams } from "react-router";
import { Anchor, Button, Group, Text } from "@mantine/core";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { extraMeetingTabs } from "../../../lib/meetingTabs";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { useMeeting } from "../api/meeting";
import type { Meeting } from "../api/types";
import { MeetingStatusBadge, meetingTitle, pick } from "./labels";

/** The meeting every page under /meetings/:id works on. */
export function useMeetingContext(): Meeting {
  return useOutletContext<Meeting>();
}

const coreTabs: { to: string; key: TranslationKey; end: boolean }[] = [
  { to: "", key: "meetings.tabs.overview", end: true },
  { to: "programme", key: "meetings.tabs.programme", end: false },
  { to: "venues", key: "meetings.tabs.venues", end: false },
  { to: "delegations", key: "meetings.tabs.delegations", end: false },
];

function Frame({ meeting }: { meeting: Meeting }) {
  const { t, lang, fmtDate } = useI18n();
  // Other features' tabs (registration, badges, check-in, exports) attach here through src/web/lib/meetingTabs.ts.
  const extra = extraMeetingTabs().filter((tab) => tab.visible?.(meeting) ?? true);
  const tabs = [
    ...coreTabs.map((c) => ({ to: c.to, label: t(c.key), end: c.end })),
    ...extra.map((e) => ({ to: e.key, label: t(e.labelKey), end: false })),
  ];
  return (
    <Page
      title={meetingTitle(lang, meeting)}
      before={
        <Anchor component={Link} to="/meetings" size="sm">
          ← {t("meetings.back")}
        </Anchor>
      }
      description={
        <Group gap="xs">
          <MeetingStatusBadge status={meeting.status} />
          <Text size="sm" c="dimmed">
            {t("meetings.datesCity", {
              from: fmtDate(meeting.startDate),
              to: fmtDate(meeting.endDate),
              city: pick(lang, meeting.cityVi, meeting.cityEn),
            })}
          </Text>
        </Group>
      }
    >
      <nav aria-label={t("meetings.tabs.label")}>
        <Group gap={4} wrap="wrap">
          {tabs.map((tab) => (
            <NavLink
              key={tab.to || "overview"}
              to={tab.to ? `/meetings/${meeting.id}/${tab.to}` : `/meetings/${meeting.id}`}
              end={tab.end}
            >
              {({ isActive }) => (
                <Button component="span" variant={isActive ? "filled" : "subtle"} size="sm">
                  {tab.label}
                </Button>
              )}
            </NavLink>
          ))}
        </Group>
      </nav>
      <Outlet context={meeting} />
    </Page>
  );
}

/** Loads the meeting once and frames its pages: title, dates, status and the tabs. */
export function MeetingLayout() {
  const { id = "" } = useParams();
  const meeting = useMeeting(id);
  return <QueryState query={meeting}>{(m) => <Frame meeting={m} />}</QueryState>;
}
