import { Link, NavLink, Navigate, useParams } from "react-router";
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useRegistration } from "../api/overview";
import { useMyDelegations } from "../api/myDelegations";
import type { Overview } from "../api/types";
import { DelegatesPanel } from "./DelegatesPanel";
import { UploadPanel } from "./UploadPanel";
import { VersionsPanel } from "./VersionsPanel";
import { ProposalsPanel } from "./ProposalsPanel";
import { pick } from "./labels";

const tabs = ["", "upload", "submissions", "proposals"] as const;
type Tab = (typeof tabs)[number];

function Tabs({ o, base }: { o: Overview; base: string }) {
  const { t } = useI18n();
  const label: Record<Tab, string> = {
    "": t("registration.portal.tab.delegates"),
    upload: t("registration.portal.tab.upload"),
    submissions: t("registration.portal.tab.submissions"),
    proposals: t("registration.portal.tab.proposals"),
  };
  return (
    <nav aria-label={t("registration.portal.tabs")}>
      <Group gap={4} wrap="wrap">
        {tabs.map((tab) => (
          <NavLink key={tab || "delegates"} to={tab ? `${base}/${tab}` : base} end={tab === ""}>
            {({ isActive }) => (
              <Button component="span" variant={isActive ? "filled" : "subtle"} size="sm">
                {label[tab]}
                {tab === "proposals" && o.pendingProposals > 0 && (
                  <Badge
                    size="xs"
                    ml={6}
                    color="yellow"
                    variant="filled"
                    aria-label={t("registration.portal.pendingCount", { n: o.pendingProposals })}
                  >
                    {o.pendingProposals}
                  </Badge>
                )}
              </Button>
            )}
          </NavLink>
        ))}
      </Group>
    </nav>
  );
}

function Portal({ o, tab }: { o: Overview; tab: string }) {
  const { t, lang, fmtDate } = useI18n();
  const base = `/register/${o.meeting.id}/${o.delegation.id}`;
  const m = o.meeting;
  return (
    <Page
      title={t("registration.portal.title", { delegation: pick(lang, o.delegation.nameVi, o.delegation.nameEn) })}
      description={t("registration.portal.meeting", {
        meeting: pick(lang, m.titleVi, m.titleEn),
        from: fmtDate(m.startDate),
        to: fmtDate(m.endDate),
        city: pick(lang, m.cityVi, m.cityEn),
      })}
    >
      {o.meetingClosed ? (
        <Alert color="gray" variant="light" title={t("registration.portal.meetingClosedTitle")}>
          {t("registration.portal.meetingClosed")}
        </Alert>
      ) : o.closed ? (
        <Alert color="orange" variant="light" title={t("registration.portal.closedTitle")}>
          {o.deadlineText
            ? t("registration.portal.closed", { deadline: o.deadlineText })
            : t("registration.portal.closedNoDeadline")}
        </Alert>
      ) : (
        <Alert color="blue" variant="light">
          {o.deadlineText
            ? t("registration.portal.open", { deadline: o.deadlineText })
            : t("registration.portal.openNoDeadline")}
        </Alert>
      )}
      <Tabs o={o} base={base} />
      {tab === "" && <DelegatesPanel o={o} />}
      {tab === "upload" && <UploadPanel o={o} />}
      {tab === "submissions" && (
        <VersionsPanel meetingId={m.id} delegationId={o.delegation.id} sessions={o.sessions} timeZone={m.timeZone} />
      )}
      {tab === "proposals" && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("registration.proposal.intro")}
          </Text>
          <ProposalsPanel
            meetingId={m.id}
            delegationId={o.delegation.id}
            host={o.role === "host"}
            sessions={o.sessions}
            timeZone={m.timeZone}
          />
        </Stack>
      )}
    </Page>
  );
}

/** The contact's registration of one delegation: delegates, bulk upload, submissions, proposals. */
export function PortalPage() {
  const { t } = useI18n();
  const params = useParams();
  const first = (params["*"] ?? "").split("/")[0] ?? "";
  const tab = tabs.find((x) => x === first);
  const o = useRegistration(params.meetingId ?? "", params.delegationId ?? "");
  if (tab === undefined) return <EmptyState>{t("registration.portal.noTab")}</EmptyState>;
  return <QueryState query={o}>{(data) => <Portal o={data} tab={tab} />}</QueryState>;
}

/** /register: the contact's delegations; with only one, straight to it. */
export function PortalHome() {
  const { t, lang, fmtDate } = useI18n();
  const mine = useMyDelegations();
  return (
    <QueryState query={mine}>
      {(list) => {
        const [only] = list;
        if (only && list.length === 1)
          return <Navigate to={`/register/${only.meetingId}/${only.delegationId}`} replace />;
        return (
          <Page title={t("registration.home.title")} description={t("registration.home.intro")}>
            {list.length === 0 ? (
              <EmptyState>{t("registration.home.none")}</EmptyState>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                {list.map((d) => (
                  <li key={d.delegationId}>
                    <Anchor component={Link} to={`/register/${d.meetingId}/${d.delegationId}`} fw={600}>
                      {pick(lang, d.nameVi, d.nameEn)} — {d.meetingCode}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {pick(lang, d.meetingTitleVi, d.meetingTitleEn)} · {fmtDate(d.startDate)} – {fmtDate(d.endDate)}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}
