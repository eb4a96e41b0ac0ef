import { Link, useSearchParams } from "react-router";
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title, Anchor } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../../lib/i18n";
import { ScrollTable } from "./ScrollTable";
import { usePhone } from "./usePhone";
import { Dialog } from "./Dialog";
import type { MeetingTabDelegation, MeetingTabMeeting } from "../../../lib/meetingTabs";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useRegistration } from "../api/overview";
import { useDiff } from "../api/diff";
import { useMeetingRegistration } from "../api/meetingRegistration";
import type { MeetingRegistrationRow, Overview } from "../api/types";
import { AccreditationPanel } from "./AccreditationPanel";
import { DiffView } from "./DiffView";
import { InvitationPanel, InviteForm } from "./InvitationPanel";
import { ProposalsPanel } from "./ProposalsPanel";
import { VersionsPanel } from "./VersionsPanel";
import { LinkStatusBadge, pick } from "./labels";

const EMPTY = new Set<string>();

function LatestSubmission({ o }: { o: Overview }) {
  const { t, fmtDateTime } = useI18n();
  const latest = o.latestVersion;
  const diff = useDiff(
    o.meeting.id,
    o.delegation.id,
    latest && latest.number > 1 ? latest.number - 1 : null,
    latest && latest.number > 1 ? latest.number : null,
  );
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="latest-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="latest-title">
          {t("registration.host.latestTitle")}
        </Title>
        {!latest ? (
          <Text size="sm">{t("registration.host.noSubmission")}</Text>
        ) : (
          <>
            <Text size="sm">
              {t("registration.submit.latest", {
                n: latest.number,
                date: fmtDateTime(latest.submittedAt, { timeZone: o.meeting.timeZone }),
                name: latest.submittedByName,
              })}
            </Text>
            {latest.number === 1 ? (
              <Text size="sm" c="dimmed">
                {t("registration.host.firstSubmission")}
              </Text>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {t("registration.host.diffAgainst", { a: latest.number - 1, b: latest.number })}
                </Text>
                <QueryState query={diff}>{(d) => <DiffView diff={d} sessions={o.sessions} />}</QueryState>
              </>
            )}
          </>
        )}
        {o.unsubmitted.added + o.unsubmitted.removed + o.unsubmitted.changed > 0 && latest && (
          <Text size="sm" c="orange.9">
            {t("registration.host.unsubmitted", o.unsubmitted)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function HostView({ o }: { o: Overview }) {
  const { t } = useI18n();
  const latest = o.latestVersion?.number ?? null;
  const diff = useDiff(
    o.meeting.id,
    o.delegation.id,
    latest && latest > 1 ? latest - 1 : null,
    latest && latest > 1 ? latest : null,
  );
  const added = latest === 1 ? null : new Set(diff.data?.added.map((x) => x.id) ?? []);
  const changed = new Set(diff.data?.changed.map((x) => x.id) ?? []);
  return (
    <Stack gap="md">
      <InvitationPanel
        meetingId={o.meeting.id}
        delegationId={o.delegation.id}
        contactEmail={o.delegation.contactEmail}
        contactName={o.delegation.contactName}
        timeZone={o.meeting.timeZone}
      />
      <LatestSubmission o={o} />
      <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="proposals-title">
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={2} fz="h4" id="proposals-title">
              {t("registration.host.proposalsTitle")}
            </Title>
            {o.pendingProposals > 0 && (
              <Badge color="yellow" variant="filled">
                {o.pendingProposals}
              </Badge>
            )}
          </Group>
          <ProposalsPanel
            meetingId={o.meeting.id}
            delegationId={o.delegation.id}
            host
            sessions={o.sessions}
            timeZone={o.meeting.timeZone}
            onlyPending
          />
        </Stack>
      </Paper>
      <AccreditationPanel
        meetingId={o.meeting.id}
        delegationId={o.delegation.id}
        added={added ?? EMPTY}
        changed={changed}
        latest={latest}
      />
    </Stack>
  );
}

/** The delegation page's "Registration" tab: the host's invitation, latest submission and accreditation; the contact's way in. */
export function DelegationRegistrationTab({
  meeting,
  delegation,
}: {
  meeting: MeetingTabMeeting;
  delegation: MeetingTabDelegation;
}) {
  const { t } = useI18n();
  const o = useRegistration(meeting.id, delegation.id);
  return (
    <QueryState query={o}>
      {(data) =>
        data.role === "host" ? (
          <HostView o={data} />
        ) : (
          <Paper withBorder radius="md" p="lg">
            <Stack gap="sm" align="flex-start">
              <Text>{t("registration.contactCard.text")}</Text>
              <Button component={Link} to={`/register/${meeting.id}/${delegation.id}`}>
                {t("registration.contactCard.open")}
              </Button>
            </Stack>
          </Paper>
        )
      }
    </QueryState>
  );
}

/** The delegation page's "Versions" tab: every submission and the difference between any two. */
export function DelegationVersionsTab({
  meeting,
  delegation,
}: {
  meeting: MeetingTabMeeting;
  delegation: MeetingTabDelegation;
}) {
  const o = useRegistration(meeting.id, delegation.id);
  return (
    <QueryState query={o}>
      {(data) => (
        <VersionsPanel
          meetingId={meeting.id}
          delegationId={delegation.id}
          sessions={data.sessions}
          timeZone={meeting.timeZone}
        />
      )}
    </QueryState>
  );
}

type MeetingFilter = "all" | "attention" | "notInvited";

/** The meeting's "Registration" tab: every delegation's link, submissions, accreditation and open proposals. */
export function MeetingRegistrationTab({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang, fmtDateTime } = useI18n();
  const rows = useMeetingRegistration(meeting.id);
  const phone = usePhone();
  // The home page links here filtered (`?filter=attention`): the delegations with delegates or proposals waiting.
  const [params] = useSearchParams();
  const asked = params.get("filter");
  const [filter, setFilter] = useState<MeetingFilter>(asked === "attention" || asked === "notInvited" ? asked : "all");
  const [inviting, setInviting] = useState<MeetingRegistrationRow | null>(null);
  const needsAttention = (r: MeetingRegistrationRow) => r.counts.pending > 0 || r.pendingProposals > 0;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("registration.meeting.intro")}
      </Text>
      <SegmentedControl
        aria-label={t("registration.meeting.filter")}
        value={filter}
        onChange={(v) => setFilter(v)}
        data={(["all", "attention", "notInvited"] as const).map((f) => ({
          value: f,
          label: t(`registration.meeting.filter.${f}`),
        }))}
        w={{ base: "100%", sm: "auto" }}
      />
      <QueryState query={rows} isEmpty={(l) => l.length === 0} empty={t("registration.meeting.empty")}>
        {(list) => {
          const shown = list.filter((r) =>
            filter === "attention"
              ? needsAttention(r)
              : filter === "notInvited"
                ? !r.link || r.link.status !== "active"
                : true,
          );
          if (!shown.length) return <EmptyState>{t("registration.meeting.noneMatch")}</EmptyState>;
          const cells = (r: MeetingRegistrationRow) => ({
            name: (
              <Anchor
                component={Link}
                to={`/meetings/${meeting.id}/delegations/${r.delegationId}/registration`}
                fw={600}
                size="sm"
              >
                {pick(lang, r.nameVi, r.nameEn)}
              </Anchor>
            ),
            contact: (
              <>
                <Text size="sm">{r.contactName ?? t("registration.value.none")}</Text>
                {r.contactEmail && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {r.contactEmail}
                  </Text>
                )}
              </>
            ),
            link: r.link ? (
              <LinkStatusBadge status={r.link.status} />
            ) : (
              <Text size="sm" c="dimmed">
                {t("registration.meeting.notInvited")}
              </Text>
            ),
            submission: r.latestVersion ? (
              <Text size="sm">
                {t("registration.meeting.versionAt", {
                  n: r.latestVersion,
                  date: fmtDateTime(r.lastSubmittedAt, { timeZone: meeting.timeZone }),
                })}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t("registration.meeting.noVersion")}
              </Text>
            ),
            delegates: <Text size="sm">{t("registration.meeting.counts", r.counts)}</Text>,
            proposals:
              r.pendingProposals > 0 ? (
                <Badge color="yellow" variant="light" tt="none">
                  {t("registration.meeting.pendingProposals", { n: r.pendingProposals })}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("registration.value.none")}
                </Text>
              ),
            action: (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setInviting(r)}
                aria-label={t("registration.meeting.inviteOf", { name: pick(lang, r.nameVi, r.nameEn) })}
              >
                {r.link?.status === "active" ? t("registration.meeting.reinvite") : t("registration.meeting.invite")}
              </Button>
            ),
          });
          if (phone) {
            return (
              <Stack
                gap="xs"
                component="ul"
                p={0}
                m={0}
                style={{ listStyle: "none" }}
                aria-label={t("registration.meeting.table")}
              >
                {shown.map((r) => {
                  const c = cells(r);
                  return (
                    <Paper key={r.delegationId} component="li" withBorder radius="md" p="sm">
                      <Stack gap={6}>
                        <Group justify="space-between" gap="xs" wrap="nowrap">
                          {c.name}
                          {c.link}
                        </Group>
                        <div>{c.contact}</div>
                        <Text size="sm">
                          <Text span c="dimmed" size="sm">
                            {t("registration.meeting.submission")}:{" "}
                          </Text>
                          {r.latestVersion
                            ? t("registration.meeting.versionAt", {
                                n: r.latestVersion,
                                date: fmtDateTime(r.lastSubmittedAt, { timeZone: meeting.timeZone }),
                              })
                            : t("registration.meeting.noVersion")}
                        </Text>
                        <Text size="sm">
                          <Text span c="dimmed" size="sm">
                            {t("registration.meeting.delegates")}:{" "}
                          </Text>
                          {t("registration.meeting.counts", r.counts)}
                        </Text>
                        <Group justify="space-between" gap="xs">
                          {c.proposals}
                          {c.action}
                        </Group>
                      </Stack>
                    </Paper>
                  );
                })}
              </Stack>
            );
          }
          return (
            <ScrollTable minWidth={820} label={t("registration.meeting.table")}>
              <Table verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("registration.meeting.delegation")}</Table.Th>
                    <Table.Th>{t("registration.meeting.contact")}</Table.Th>
                    <Table.Th>{t("registration.meeting.link")}</Table.Th>
                    <Table.Th>{t("registration.meeting.submission")}</Table.Th>
                    <Table.Th>{t("registration.meeting.delegates")}</Table.Th>
                    <Table.Th>{t("registration.meeting.proposals")}</Table.Th>
                    <Table.Th>{t("registration.accreditation.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((r) => {
                    const c = cells(r);
                    return (
                      <Table.Tr key={r.delegationId}>
                        <Table.Td>{c.name}</Table.Td>
                        <Table.Td>{c.contact}</Table.Td>
                        <Table.Td>{c.link}</Table.Td>
                        <Table.Td>{c.submission}</Table.Td>
                        <Table.Td>{c.delegates}</Table.Td>
                        <Table.Td>{c.proposals}</Table.Td>
                        <Table.Td>{c.action}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          );
        }}
      </QueryState>
      <Dialog
        opened={!!inviting}
        onClose={() => setInviting(null)}
        title={
          inviting ? t("registration.meeting.inviteTitle", { name: pick(lang, inviting.nameVi, inviting.nameEn) }) : ""
        }
        size="lg"
      >
        {inviting && (
          <InviteForm
            meetingId={meeting.id}
            delegationId={inviting.delegationId}
            defaultEmail={inviting.contactEmail}
            defaultName={inviting.contactName}
          />
        )}
      </Dialog>
    </Stack>
  );
}
