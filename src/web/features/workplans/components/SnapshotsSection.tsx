import { useState } from "react";
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useNotify } from "../../../lib/notify";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorState, Loading, QueryState } from "../../../components/QueryState";
import { useCreateSnapshot, useSnapshots } from "../api/snapshots";
import { useCompareSnapshots } from "../api/compareSnapshots";
import { useExportReview } from "../api/exportReview";
import type { Comparison, SnapshotHead, Workplan } from "../api/types";
import { ScrollTable, StatusBadge, useNames } from "./labels";
import { useCheckedForm } from "../../../components/useCheckedForm";

function CreateSnapshot({ plan, asOf }: { plan: Workplan; asOf: string }) {
  const { t, fmtDate } = useI18n();
  const notify = useNotify();
  const create = useCreateSnapshot(plan.id);
  const form = useCheckedForm({
    initialValues: { name: "" },
    limits: { name: 200 },
    rules: (v) => ({ name: !v.name.trim() && t("workplans.snapshots.nameRequired") }),
  });
  const onSubmit = form.onSubmit((v) =>
    create.mutate(
      { name: v.name.trim(), asOf },
      {
        onSuccess: (s) => {
          form.setValues({ name: "" });
          notify(t("workplans.snapshots.created", { name: s.name }));
        },
      },
    ),
  );
  return (
    <Paper bg="gray.0" p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-labelledby="snapshot-create-title">
        <Stack gap="sm">
          <Text fw={600} size="sm" id="snapshot-create-title">
            {t("workplans.snapshots.create", { date: fmtDate(asOf) })}
          </Text>
          <ErrorAlert error={create.error} />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t("workplans.snapshots.name")}
              placeholder={t("workplans.snapshots.namePlaceholder")}
              {...form.getInputProps("name")}
              required
              style={{ flex: "1 1 18rem" }}
            />
            <Button type="submit" loading={create.isPending}>
              {t("workplans.snapshots.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function SnapshotsTable({ plan, list }: { plan: Workplan; list: SnapshotHead[] }) {
  const { t, lang, fmtDate, fmtDateTime } = useI18n();
  const notify = useNotify();
  const exp = useExportReview(plan.id);
  const run = (s: SnapshotHead, format: "docx" | "xlsx") =>
    exp.mutate(
      { format, snapshotId: s.id, lang },
      {
        onError: (e) => notify(e.message, "red", t("workplans.review.exportFailed")),
      },
    );
  return (
    <ScrollTable label={t("workplans.snapshots.title")}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("workplans.snapshots.col.name")}</Table.Th>
            <Table.Th>{t("workplans.snapshots.col.asOf")}</Table.Th>
            <Table.Th ta="right" visibleFrom="sm">
              {t("workplans.snapshots.col.total")}
            </Table.Th>
            <Table.Th visibleFrom="md">{t("workplans.snapshots.col.createdBy")}</Table.Th>
            <Table.Th>{t("workplans.snapshots.col.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.name}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{fmtDate(s.asOf)}</Table.Td>
              <Table.Td ta="right" visibleFrom="sm">
                {s.total}
              </Table.Td>
              <Table.Td visibleFrom="md">
                <Text size="sm">{s.createdByName}</Text>
                <Text size="xs" c="dimmed">
                  {fmtDateTime(s.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => run(s, "docx")}
                    aria-label={t("workplans.snapshots.downloadWord", { name: s.name })}
                  >
                    {t("workplans.format.docx")}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => run(s, "xlsx")}
                    aria-label={t("workplans.snapshots.downloadExcel", { name: s.name })}
                  >
                    {t("workplans.format.xlsx")}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function ComparisonView({ plan, c }: { plan: Workplan; c: Comparison }) {
  const { t, fmtDate } = useI18n();
  const names = useNames(plan.members);
  const notInPlan = (
    <Text size="sm" c="dimmed">
      {t("workplans.snapshots.notInPlan")}
    </Text>
  );
  return (
    <Stack gap="sm" aria-live="polite">
      <Text size="sm" fw={600}>
        {t("workplans.snapshots.compareResult", {
          from: c.from.name,
          fromDate: fmtDate(c.from.asOf),
          to: c.to.name,
          toDate: fmtDate(c.to.asOf),
        })}
      </Text>
      <ScrollTable label={t("workplans.snapshots.countsCaption")}>
        <Table verticalSpacing={4} captionSide="top">
          <Table.Caption style={{ textAlign: "left" }}>{t("workplans.snapshots.countsCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("workplans.review.col.status")}</Table.Th>
              <Table.Th ta="right">{t("workplans.snapshots.col.from")}</Table.Th>
              <Table.Th ta="right">{t("workplans.snapshots.col.to")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.byStatus.map((b) => (
              <Table.Tr key={b.status}>
                <Table.Th scope="row" fw={400}>
                  <StatusBadge status={b.status} />
                </Table.Th>
                <Table.Td ta="right">{b.from}</Table.Td>
                <Table.Td ta="right">{b.to}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Text size="sm" role="status">
        {c.changes.length
          ? t("workplans.snapshots.changedCount", { n: c.changes.length, unchanged: c.unchanged })
          : t("workplans.snapshots.noChanges")}
      </Text>
      {c.changes.length > 0 && (
        <ScrollTable label={t("workplans.snapshots.compare")}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("workplans.snapshots.col.activity")}</Table.Th>
                <Table.Th>{t("workplans.snapshots.col.from")}</Table.Th>
                <Table.Th>{t("workplans.snapshots.col.to")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.changes.map((x) => (
                <Table.Tr key={x.activityId}>
                  <Table.Td>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {x.code ?? t("common.none")}
                    </Text>
                    <Text size="sm">{names.title(x)}</Text>
                  </Table.Td>
                  <Table.Td>{x.fromStatus ? <StatusBadge status={x.fromStatus} /> : notInPlan}</Table.Td>
                  <Table.Td>{x.toStatus ? <StatusBadge status={x.toStatus} /> : notInPlan}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

function Compare({ plan, list }: { plan: Workplan; list: SnapshotHead[] }) {
  const { t, fmtDate } = useI18n();
  // Oldest first in the "earlier" picker's default, newest in the "later" one.
  const [from, setFrom] = useState<string | null>(list.at(-1)?.id ?? null);
  const [to, setTo] = useState<string | null>(list[0]?.id ?? null);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);
  const cmp = useCompareSnapshots(plan.id, pair);
  if (list.length < 2)
    return (
      <Text size="sm" c="dimmed">
        {t("workplans.snapshots.compareNeedTwo")}
      </Text>
    );
  const options = list.map((s) => ({ value: s.id, label: `${s.name} (${fmtDate(s.asOf)})` }));
  return (
    <Stack gap="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) setPair({ from, to });
        }}
        aria-labelledby="compare-title"
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t("workplans.snapshots.from")}
            data={options}
            value={from}
            onChange={setFrom}
            allowDeselect={false}
            style={{ flex: "1 1 16rem" }}
          />
          <Select
            label={t("workplans.snapshots.to")}
            data={options}
            value={to}
            onChange={setTo}
            allowDeselect={false}
            style={{ flex: "1 1 16rem" }}
          />
          <Button type="submit" variant="light" disabled={!from || !to}>
            {t("workplans.snapshots.compareSubmit")}
          </Button>
        </Group>
      </form>
      {pair &&
        (cmp.isPending ? (
          <Loading />
        ) : cmp.isError ? (
          <ErrorState error={cmp.error} />
        ) : (
          <ComparisonView plan={plan} c={cmp.data} />
        ))}
    </Stack>
  );
}

/** Named snapshots of the review: the list with downloads, freezing the current date (ICD), and comparing two. */
export function SnapshotsSection({ plan, asOf }: { plan: Workplan; asOf: string }) {
  const { t } = useI18n();
  const snapshots = useSnapshots(plan.id);
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="snapshots-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="h4" id="snapshots-title">
            {t("workplans.snapshots.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("workplans.snapshots.hint")}
          </Text>
        </Stack>
        {plan.permissions.manage && <CreateSnapshot plan={plan} asOf={asOf} />}
        <QueryState query={snapshots} isEmpty={(d) => d.length === 0} empty={t("workplans.snapshots.empty")}>
          {(list) => (
            <Stack gap="md">
              <SnapshotsTable plan={plan} list={list} />
              <Title order={3} fz="h5" id="compare-title">
                {t("workplans.snapshots.compare")}
              </Title>
              <Compare key={list.map((s) => s.id).join()} plan={plan} list={list} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
