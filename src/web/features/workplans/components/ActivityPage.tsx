import { useState } from "react";
import { Link, useParams } from "react-router";
import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { planStatuses } from "../../../../shared/workplans";
import { useActivity } from "../api/activity";
import { useActivityAudit } from "../api/activityAudit";
import { useRecordStatus } from "../api/recordStatus";
import type { ActivityDetail, PlanStatus, Workplan } from "../api/types";
import { ScrollTable, StatusBadge, todayIso, useNames } from "./labels";
import { usePlan } from "./WorkplanLayout";
import { useCheckedForm, parsedInputProps } from "../../../components/useCheckedForm";

function Section({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="h4" id={id}>
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Details({ plan, a }: { plan: Workplan; a: ActivityDetail }) {
  const { t, fmtDate } = useI18n();
  const names = useNames(plan.members);
  return (
    <Section id="activity-details" title={t("workplans.activity.details")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Field label={t("workplans.activity.titleVi")}>{a.titleVi ?? t("common.none")}</Field>
        <Field label={t("workplans.activity.titleEn")}>{a.titleEn}</Field>
        <Field label={t("workplans.activity.leads")}>{names.countries(a.leads)}</Field>
        <Field label={t("workplans.activity.coLeads")}>
          {a.coLeads.length ? names.countries(a.coLeads) : t("common.none")}
        </Field>
        <Field label={t("workplans.activity.years")}>{a.plannedYears.join(", ")}</Field>
        <Field label={t("workplans.activity.kind")}>{t(`workplans.kind.${a.kind}`)}</Field>
        <Field label={t("workplans.activity.status")}>
          <Group gap="xs">
            <StatusBadge status={a.status} />
            <Text size="sm" c="dimmed">
              {t("workplans.activity.since", { date: fmtDate(a.statusOn) })}
            </Text>
          </Group>
        </Field>
        {a.proposedBy && (
          <Field label={t("workplans.tabs.proposals")}>
            <div>
              {t("workplans.activity.proposed", { country: names.country(a.proposedBy), date: fmtDate(a.proposedOn) })}
            </div>
            {a.adoptedAt && (
              <div>{t("workplans.activity.adopted", { meeting: a.adoptedAt, date: fmtDate(a.adoptedOn) })}</div>
            )}
          </Field>
        )}
      </SimpleGrid>
    </Section>
  );
}

/** Records a dated status change with the version it was read at; a 409 offers the latest version. */
function RecordForm({ plan, a, onReload }: { plan: Workplan; a: ActivityDetail; onReload: () => void }) {
  const { t, fmtDate } = useI18n();
  const notify = useNotify();
  const record = useRecordStatus(plan.id, a.id);
  const current = a.status === "proposed" ? "planned" : a.status;
  const form = useCheckedForm<{ status: PlanStatus; effectiveOn: string | null; note: string }>({
    initialValues: { status: current, effectiveOn: todayIso(), note: "" },
    limits: { note: 2000 },
    dates: ["effectiveOn"],
    rules: (v) => ({ effectiveOn: v.effectiveOn === "" && t("workplans.activity.record.required") }),
  });
  const last = a.history.at(-1)?.effectiveOn ?? plan.periodStart;

  const onSubmit = form.onSubmit((v) => {
    if (!v.effectiveOn) return;
    // mutateAsync, not mutate's onSuccess: the answer replaces the activity at once, which remounts this form (it is
    // keyed by the version, so it starts empty again) before mutate's callbacks run, and those are dropped once
    // their component has unmounted — the change was recorded but no notice said so. An error keeps the form
    // mounted and is shown by ErrorAlert from record.error.
    void record
      .mutateAsync({ version: a.version, status: v.status, effectiveOn: v.effectiveOn, note: v.note.trim() || null })
      .then(
        (next) => notify(t("workplans.activity.record.saved", { code: next.code ?? next.titleEn })),
        () => undefined,
      );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="record-title">
      <Stack gap="sm">
        <ErrorAlert
          error={record.error}
          onReload={() => {
            record.reset();
            onReload();
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("workplans.activity.record.status")}
            data={planStatuses.map((s) => ({ value: s, label: t(`workplans.status.${s}`) }))}
            value={form.values.status}
            onChange={(v) => v && form.setFieldValue("status", v)}
            allowDeselect={false}
            required
          />
          <DateField
            label={t("workplans.activity.record.effectiveOn")}
            description={t("workplans.activity.record.effectiveOnHint", { date: fmtDate(last) })}
            {...parsedInputProps(form, "effectiveOn")}
            required
          />
        </SimpleGrid>
        <Textarea
          label={t("workplans.activity.record.note")}
          description={t("workplans.activity.record.noteHint")}
          {...form.getInputProps("note")}
          autosize
          minRows={2}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t("workplans.activity.version", { v: a.version })}
          </Text>
          <Button type="submit" loading={record.isPending}>
            {t("workplans.activity.record.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function History({ a }: { a: ActivityDetail }) {
  const { t, fmtDate, fmtDateTime } = useI18n();
  const rows = [...a.history].reverse();
  return (
    <ScrollTable label={t("workplans.activity.history")}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("workplans.activity.history.col.effectiveOn")}</Table.Th>
            <Table.Th>{t("workplans.activity.history.col.change")}</Table.Th>
            <Table.Th visibleFrom="sm">{t("workplans.activity.history.col.note")}</Table.Th>
            <Table.Th>{t("workplans.activity.history.col.recorded")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{fmtDate(h.effectiveOn)}</Table.Td>
              <Table.Td>
                {h.fromStatus === null ? (
                  <Text size="sm">
                    {t("workplans.activity.history.first", { status: t(`workplans.status.${h.status}`) })}
                  </Text>
                ) : h.fromStatus === h.status ? (
                  <Text size="sm">
                    {t("workplans.activity.history.noteOnly", { status: t(`workplans.status.${h.status}`) })}
                  </Text>
                ) : (
                  <Group gap={4} wrap="nowrap">
                    <StatusBadge status={h.fromStatus} />
                    <Text size="sm" aria-hidden>
                      →
                    </Text>
                    <StatusBadge status={h.status} />
                  </Group>
                )}
                {h.note && (
                  <Text size="xs" c="dimmed" hiddenFrom="sm" mt={4}>
                    {h.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">{h.note ?? t("common.none")}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{h.recordedByName}</Text>
                <Text size="xs" c="dimmed">
                  {fmtDateTime(h.recordedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function AuditTrail({ plan, a }: { plan: Workplan; a: ActivityDetail }) {
  const { t, fmtDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const audit = useActivityAudit(plan.id, a.id, open);
  return (
    <Section id="activity-audit" title={t("workplans.activity.audit.title")} hint={t("workplans.activity.audit.hint")}>
      <div>
        <Button
          variant="default"
          size="xs"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="audit-list"
        >
          {open ? t("workplans.activity.audit.hide") : t("workplans.activity.audit.show")}
        </Button>
      </div>
      {open && (
        <div id="audit-list">
          <QueryState query={audit} isEmpty={(d) => d.length === 0} empty={t("workplans.activity.audit.empty")}>
            {(rows) => (
              <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {rows.map((r) => (
                  <li key={r.id}>
                    <Text size="sm" fw={500}>
                      {fmtDateTime(r.at)} — {r.actorName ?? t("workplans.activity.audit.system")} —{" "}
                      <Code>{r.action}</Code>
                    </Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                      {JSON.stringify(r.before)} → {JSON.stringify(r.after)}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </QueryState>
        </div>
      )}
    </Section>
  );
}

function Detail({ plan, a, onReload }: { plan: Workplan; a: ActivityDetail; onReload: () => void }) {
  const { t } = useI18n();
  const names = useNames(plan.members);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/workplans/${plan.id}`} size="sm">
        ← {t("workplans.activity.back")}
      </Anchor>
      <Stack gap={2}>
        <Text size="sm" ff="monospace" c="dimmed">
          {a.code ?? t("workplans.activity.noCode")}
        </Text>
        <Title order={2} fz="h3">
          {names.title(a)}
        </Title>
      </Stack>
      <Details plan={plan} a={a} />
      <Section id="record-title" title={t("workplans.activity.record.title")}>
        {a.permissions.recordStatus ? (
          <RecordForm key={a.version} plan={plan} a={a} onReload={onReload} />
        ) : (
          <Alert color="gray" variant="light">
            {a.status === "proposed"
              ? t("workplans.activity.record.proposal")
              : t("workplans.activity.record.notAllowed")}
          </Alert>
        )}
      </Section>
      <Section id="activity-history" title={t("workplans.activity.history")} hint={t("workplans.activity.historyHint")}>
        {a.history.length ? <History a={a} /> : <EmptyState />}
      </Section>
      {plan.permissions.manage && <AuditTrail plan={plan} a={a} />}
    </Stack>
  );
}

/** One activity: details, the "record status change" form for those who may, its history, and (ICD) its audit trail. */
export function ActivityPage() {
  const plan = usePlan();
  const { activityId = "" } = useParams();
  const activity = useActivity(plan.id, activityId);
  return (
    <QueryState query={activity}>
      {(a) => <Detail plan={plan} a={a} onReload={() => void activity.refetch()} />}
    </QueryState>
  );
}
