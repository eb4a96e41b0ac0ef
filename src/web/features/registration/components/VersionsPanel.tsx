import { useEffect, useState } from "react";
import { Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { ScrollTable } from "./ScrollTable";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useVersions } from "../api/versions";
import { useDiff } from "../api/diff";
import type { SessionBrief, VersionSummary } from "../api/types";
import { DiffView } from "./DiffView";

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
        <QueryState query={diff}>{(d) => <DiffView diff={d} sessions={sessions} />}</QueryState>
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
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </Stack>
            </Paper>
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
