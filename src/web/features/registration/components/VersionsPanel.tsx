import { useEffect, useState } from "react";
import { Alert, Button, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { ScrollTable } from "./ScrollTable";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useVersions } from "../api/versions";
import { useVersion } from "../api/version";
import { useDiff } from "../api/diff";
import type { AccreditationStatus, PurgeNotice, SessionBrief, VersionSummary } from "../api/types";
import { DiffView } from "./DiffView";
import { AccreditationBadge, useFieldLabel, useFormatValue } from "./labels";

/** Says, once the meeting's personal data is purged, when that was and what the versions no longer hold. */
export function PurgedNotice({ purged }: { purged: PurgeNotice | null }) {
  const { t, fmtDate } = useI18n();
  const label = useFieldLabel();
  if (!purged) return null;
  return (
    <Alert color="gray" variant="light" title={t("registration.purge.title")} data-testid="purge-notice" role="status">
      {t("registration.purge.notice", {
        date: fmtDate(purged.at),
        fields: purged.erasedFields.map(label).join(", "),
      })}
    </Alert>
  );
}

/** One submission as it was: who was on the list (with what remains of them after a purge). */
function VersionView({
  meetingId,
  delegationId,
  number,
  sessions,
  timeZone,
  onClose,
}: {
  meetingId: string;
  delegationId: string;
  number: number;
  sessions: SessionBrief[];
  timeZone: string;
  onClose: () => void;
}) {
  const { t, fmtDateTime } = useI18n();
  const version = useVersion(meetingId, delegationId, number);
  const fmt = useFormatValue(sessions);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="version-title">
      <QueryState query={version}>
        {(v) => (
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} fz="h4" id="version-title">
                {t("registration.versions.view", { n: v.number, date: fmtDateTime(v.submittedAt, { timeZone }) })}
              </Title>
              <Button variant="default" size="compact-sm" onClick={onClose}>
                {t("registration.versions.close")}
              </Button>
            </Group>
            <PurgedNotice purged={v.purged} />
            <ScrollTable minWidth={560} label={t("registration.versions.view", { n: v.number, date: "" })}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("registration.versions.col.name")}</Table.Th>
                    <Table.Th>{t("registration.versions.col.position")}</Table.Th>
                    <Table.Th>{t("registration.versions.col.role")}</Table.Th>
                    <Table.Th>{t("registration.versions.col.accreditation")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.delegates.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td fw={600}>{d.fullName}</Table.Td>
                      <Table.Td>
                        {[d.position, d.organisation].filter(Boolean).join(", ") || fmt("position", null)}
                      </Table.Td>
                      <Table.Td>{fmt("role", d.role)}</Table.Td>
                      <Table.Td>
                        <AccreditationBadge status={d.accreditationStatus as AccreditationStatus} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}

function Compare({
  meetingId,
  delegationId,
  list,
  sessions,
  timeZone,
}: {
  meetingId: string;
  delegationId: string;
  list: VersionSummary[];
  sessions: SessionBrief[];
  timeZone: string;
}) {
  const { t, fmtDateTime } = useI18n();
  const last = list.at(-1)!.number;
  const [a, setA] = useState<number>(Math.max(1, last - 1));
  const [b, setB] = useState<number>(last);
  useEffect(() => {
    setA(Math.max(1, last - 1));
    setB(last);
  }, [last]);
  const diff = useDiff(meetingId, delegationId, a, b);
  const options = list.map((v) => ({
    value: String(v.number),
    label: t("registration.versions.option", { n: v.number, date: fmtDateTime(v.submittedAt, { timeZone }) }),
  }));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="compare-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="compare-title">
          {t("registration.versions.compare")}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t("registration.versions.from")}
            data={options}
            value={String(a)}
            onChange={(v) => v && setA(Number(v))}
            allowDeselect={false}
            w={{ base: "100%", sm: 300 }}
          />
          <Select
            label={t("registration.versions.to")}
            data={options}
            value={String(b)}
            onChange={(v) => v && setB(Number(v))}
            allowDeselect={false}
            w={{ base: "100%", sm: 300 }}
          />
        </Group>
        <QueryState query={diff}>
          {(d) => (
            <Stack gap="sm">
              <PurgedNotice purged={d.purged} />
              <DiffView diff={d} sessions={sessions} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

/** Every submission of the list, and the difference between any two. */
export function VersionsPanel({
  meetingId,
  delegationId,
  sessions,
  timeZone,
}: {
  meetingId: string;
  delegationId: string;
  sessions: SessionBrief[];
  timeZone: string;
}) {
  const { t, fmtDateTime } = useI18n();
  const versions = useVersions(meetingId, delegationId);
  const [open, setOpen] = useState<number | null>(null);
  return (
    <QueryState query={versions}>
      {(list) =>
        list.length === 0 ? (
          <EmptyState>{t("registration.versions.empty")}</EmptyState>
        ) : (
          <Stack gap="md">
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="versions-title">
              <Stack gap="xs">
                <Title order={2} fz="h4" id="versions-title">
                  {t("registration.versions.title")}
                </Title>
                <ScrollTable minWidth={480} label={t("registration.versions.title")}>
                  <Table verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("registration.versions.number")}</Table.Th>
                        <Table.Th>{t("registration.versions.submittedAt")}</Table.Th>
                        <Table.Th>{t("registration.versions.by")}</Table.Th>
                        <Table.Th>{t("registration.versions.delegates")}</Table.Th>
                        <Table.Th>{t("registration.versions.note")}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t("registration.versions.open")}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {[...list].reverse().map((v) => (
                        <Table.Tr key={v.number}>
                          <Table.Td fw={600}>{v.number}</Table.Td>
                          <Table.Td>{fmtDateTime(v.submittedAt, { timeZone })}</Table.Td>
                          <Table.Td>{v.submittedByName}</Table.Td>
                          <Table.Td>{v.delegateCount}</Table.Td>
                          <Table.Td>
                            <Text size="sm">{v.note ?? t("registration.value.none")}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="light"
                              aria-label={t("registration.versions.openOne", { n: v.number })}
                              aria-pressed={open === v.number}
                              onClick={() => setOpen(v.number)}
                            >
                              {t("registration.versions.open")}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </Stack>
            </Paper>
            {open !== null && (
              <VersionView
                meetingId={meetingId}
                delegationId={delegationId}
                number={open}
                sessions={sessions}
                timeZone={timeZone}
                onClose={() => setOpen(null)}
              />
            )}
            {list.length > 1 ? (
              <Compare
                meetingId={meetingId}
                delegationId={delegationId}
                list={list}
                sessions={sessions}
                timeZone={timeZone}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t("registration.versions.onlyOne")}
              </Text>
            )}
          </Stack>
        )
      }
    </QueryState>
  );
}
