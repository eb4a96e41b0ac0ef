import { useState } from "react";
import { Button, Group, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { Dialog } from "./Dialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useProposals } from "../api/proposals";
import { useDecideProposal } from "../api/decideProposal";
import type { FieldValue, Proposal, SessionBrief } from "../api/types";
import { ProposalStatusBadge, useFieldLabel, useFormatValue } from "./labels";
import { useFieldChecks } from "../../../components/fieldChecks";
import { delegateFields } from "../../../../shared/personalData";

/** What a proposal may change, in the order a reader expects: every delegate field and the sessions. */
const shown: readonly string[] = [...delegateFields, "sessionIds"];

function Changes({ p, sessions }: { p: Proposal; sessions: SessionBrief[] }) {
  const { t } = useI18n();
  const label = useFieldLabel();
  const fmt = useFormatValue(sessions);
  if (p.kind === "remove")
    return <Text size="sm">{t("registration.proposal.removeWhat", { name: p.delegateName })}</Text>;
  const entries = shown.filter(
    (f) =>
      f in p.changes &&
      (p.kind === "edit" ||
        (p.changes[f] !== null &&
          p.changes[f] !== "" &&
          !(Array.isArray(p.changes[f]) && !(p.changes[f] as unknown[]).length))),
  );
  const before = p.before as unknown as Record<string, FieldValue> | null;
  const time = (f: string, v: unknown) =>
    (typeof v === "string" && f.endsWith("Time") ? v.slice(0, 5) : v) as FieldValue;
  return (
    <Table verticalSpacing={2} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t("registration.diff.field")}</Table.Th>
          {p.kind === "edit" && <Table.Th>{t("registration.diff.before")}</Table.Th>}
          <Table.Th>{p.kind === "edit" ? t("registration.diff.after") : t("registration.proposal.value")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((f) => (
          <Table.Tr key={f}>
            <Table.Td fw={500}>{label(f)}</Table.Td>
            {p.kind === "edit" && <Table.Td>{fmt(f, before?.[f] ?? null)}</Table.Td>}
            <Table.Td fw={700}>{fmt(f, time(f, p.changes[f]))}</Table.Td>
          </Table.Tr>
        ))}
        {p.hasPhoto && (
          <Table.Tr>
            <Table.Td fw={500}>{label("photo")}</Table.Td>
            {p.kind === "edit" && <Table.Td />}
            <Table.Td fw={700}>{t("registration.proposal.newPhoto")}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}

function ProposalCard({
  p,
  host,
  meetingId,
  delegationId,
  sessions,
  timeZone,
}: {
  p: Proposal;
  host: boolean;
  meetingId: string;
  delegationId: string;
  sessions: SessionBrief[];
  timeZone: string;
}) {
  const { t, fmtDateTime } = useI18n();
  const notify = useNotify();
  const decide = useDecideProposal(meetingId, delegationId);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState("");
  const check = useFieldChecks();
  const id = `proposal-${p.id}`;
  const act = (action: "accept" | "refuse" | "withdraw") =>
    decide.mutate(
      { id: p.id, version: p.version, action, reason },
      {
        onSuccess: () => {
          setRefusing(false);
          notify(t(`registration.proposal.done.${action}`));
        },
      },
    );
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={id}
      bg={p.status === "pending" ? "yellow.0" : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} fz="md" id={id}>
            {t(`registration.proposal.kind.${p.kind}`, { name: p.delegateName })}
          </Title>
          <ProposalStatusBadge status={p.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {t("registration.proposal.by", { name: p.proposedByName, date: fmtDateTime(p.proposedAt, { timeZone }) })}
        </Text>
        {p.note && <Text size="sm">“{p.note}”</Text>}
        <Changes p={p} sessions={sessions} />
        {p.decidedAt && (
          <Text size="sm" c={p.status === "refused" ? "red.8" : undefined}>
            {t(`registration.proposal.decided.${p.status}`, {
              name: p.decidedByName ?? "",
              date: fmtDateTime(p.decidedAt, { timeZone }),
            })}
            {p.reason ? ` ${t("registration.proposal.reason", { reason: p.reason })}` : ""}
          </Text>
        )}
        <ErrorAlert error={decide.error} />
        {p.status === "pending" && host && (
          <Group gap="xs">
            <Button
              size="xs"
              color="green"
              variant="light"
              loading={decide.isPending && decide.variables.action === "accept"}
              onClick={() => act("accept")}
            >
              {t("registration.proposal.accept")}
            </Button>
            <Button size="xs" color="red" variant="light" onClick={() => setRefusing(true)}>
              {t("registration.proposal.refuse")}
            </Button>
          </Group>
        )}
        {p.status === "pending" && !host && (
          <Group gap="xs">
            <Button size="xs" variant="default" loading={decide.isPending} onClick={() => act("withdraw")}>
              {t("registration.proposal.withdraw")}
            </Button>
          </Group>
        )}
      </Stack>
      <Dialog
        opened={refusing}
        onClose={() => setRefusing(false)}
        title={t("registration.proposal.refuseTitle", { name: p.delegateName })}
      >
        <Stack gap="sm">
          <Textarea
            label={t("registration.proposal.refuseReason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={check.tooLong(reason, 1000)}
            data-autofocus
          />
          <ErrorAlert error={decide.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setRefusing(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              disabled={!reason.trim()}
              loading={decide.isPending}
              onClick={() => !check.tooLong(reason, 1000) && act("refuse")}
            >
              {t("registration.proposal.refuse")}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Paper>
  );
}

/** Change proposals after the deadline: the contact sees each outcome; the host accepts or refuses with a reason. */
export function ProposalsPanel({
  meetingId,
  delegationId,
  host,
  sessions,
  timeZone,
  onlyPending = false,
}: {
  meetingId: string;
  delegationId: string;
  host: boolean;
  sessions: SessionBrief[];
  timeZone: string;
  onlyPending?: boolean;
}) {
  const { t } = useI18n();
  const proposals = useProposals(meetingId, delegationId);
  return (
    <QueryState query={proposals}>
      {(list) => {
        const items = onlyPending ? list.filter((p) => p.status === "pending") : list;
        if (!items.length)
          return (
            <EmptyState>
              {onlyPending ? t("registration.proposal.nonePending") : t("registration.proposal.none")}
            </EmptyState>
          );
        return (
          <Stack gap="sm">
            {items.map((p) => (
              <ProposalCard
                key={p.id}
                p={p}
                host={host}
                meetingId={meetingId}
                delegationId={delegationId}
                sessions={sessions}
                timeZone={timeZone}
              />
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}
