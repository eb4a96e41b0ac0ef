import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../../lib/api";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { Page } from "../../../components/Page";
import { DateField } from "../../../components/DateField";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { orNull, parsedInputProps, useCheckedForm } from "../../../components/useCheckedForm";
import { todayInHanoi } from "../../../../shared/dates";
import { useApprovePlan, useConsolidatePlan, usePatchItem, usePlan, useProposeItem } from "../api/plan";
import { coopKinds, type CoopKind, type Plan, type PlanItem, type PlanItemProgress } from "../api/types";
import { useAccess } from "./CooperationLayout";
import { ScrollTable, StatusBadge, useNames } from "./labels";

const progressColor: Record<PlanItemProgress, string> = {
  not_started: "gray",
  under_way: "blue",
  carried_out: "green",
};

function ItemsTable({ plan, items, unitName }: { plan: Plan; items: PlanItem[]; unitName: string }) {
  const { t } = useI18n();
  const names = useNames();
  const patch = usePatchItem();
  return (
    <Paper withBorder radius="md">
      <ScrollTable label={t("cooperation.plan.table", { unit: unitName })}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("cooperation.plan.col.title")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("cooperation.plan.col.time")}</Table.Th>
              <Table.Th>{t("cooperation.plan.col.status")}</Table.Th>
              <Table.Th>{t("cooperation.plan.col.progress")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id} data-item={i.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {names.title(i)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`cooperation.kind.${i.kind}`)}
                    {i.countries.length > 0 && ` · ${names.countries(i.countries)}`}
                  </Text>
                  {i.pmApproved && (
                    <Badge size="xs" variant="light" tt="none">
                      {t("cooperation.badge.pmApproved")}
                    </Badge>
                  )}
                  {i.activities.map((a) => (
                    <Anchor
                      key={a.id}
                      component={Link}
                      to={`/cooperation/activities/${a.id}`}
                      size="xs"
                      display="block"
                    >
                      {a.code} · {a.titleVi}
                    </Anchor>
                  ))}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">
                    {i.monthFrom
                      ? t("cooperation.plan.months", { from: i.monthFrom, to: i.monthTo ?? i.monthFrom })
                      : "—"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm">{t(`cooperation.itemStatus.${i.status}`)}</Text>
                    {i.permissions.consolidate && plan.status !== "approved" && (
                      <Group gap={4}>
                        {i.status !== "included" && (
                          <Button
                            size="compact-xs"
                            variant="light"
                            onClick={() => patch.mutate({ id: i.id, status: "included", version: i.version })}
                          >
                            {t("cooperation.plan.include")}
                          </Button>
                        )}
                        {i.status !== "left_out" && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            onClick={() => patch.mutate({ id: i.id, status: "left_out", version: i.version })}
                          >
                            {t("cooperation.plan.leaveOut")}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={progressColor[i.progress]}
                    variant="light"
                    tt="none"
                    styles={{ root: { maxWidth: "none" } }}
                  >
                    {t(`cooperation.progress.${i.progress}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <ErrorAlert error={patch.error} />
    </Paper>
  );
}

function ProposeForm({ year, onDone }: { year: number; onDone: () => void }) {
  const { t } = useI18n();
  const access = useAccess();
  const names = useNames();
  const notify = useNotify();
  const propose = useProposeItem(year);
  const monthCheck = (v: number | string) =>
    v !== "" && (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 12)
      ? t("cooperation.form.notNumber")
      : undefined;
  const form = useCheckedForm({
    initialValues: {
      unitId: access.units.length === 1 ? (access.units[0]?.id ?? null) : (null as string | null),
      kind: "outbound",
      titleVi: "",
      titleEn: "",
      monthFrom: "",
      monthTo: "",
      pmApproved: false,
    },
    required: {
      unitId: t("cooperation.form.unit"),
      kind: t("cooperation.form.kind"),
      titleVi: t("cooperation.form.titleVi"),
    },
    limits: { titleVi: 500, titleEn: 500 },
    rules: (v) => ({ monthFrom: monthCheck(v.monthFrom), monthTo: monthCheck(v.monthTo) }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        propose.mutate(
          {
            unitId: v.unitId ?? "",
            kind: v.kind as CoopKind,
            titleVi: v.titleVi.trim(),
            titleEn: orNull(v.titleEn),
            monthFrom: v.monthFrom === "" ? null : Number(v.monthFrom),
            monthTo: v.monthTo === "" ? null : Number(v.monthTo),
            ...(access.readAll ? { pmApproved: v.pmApproved } : {}),
          },
          {
            onSuccess: () => {
              notify(t("cooperation.plan.saved"));
              onDone();
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        <Select
          label={t("cooperation.form.unit")}
          data={access.units.map((u) => ({ value: u.id, label: names.unit(u) }))}
          {...form.getInputProps("unitId")}
          required
          searchable
        />
        <Select
          label={t("cooperation.form.kind")}
          data={coopKinds.map((k) => ({ value: k, label: t(`cooperation.kind.${k}`) }))}
          {...form.getInputProps("kind")}
          required
          allowDeselect={false}
        />
        <TextInput label={t("cooperation.form.titleVi")} {...form.getInputProps("titleVi")} required />
        <TextInput label={t("cooperation.form.titleEn")} {...form.getInputProps("titleEn")} lang="en" />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t("cooperation.plan.monthFrom")}
            {...form.getInputProps("monthFrom")}
            min={1}
            max={12}
            allowDecimal={false}
          />
          <NumberInput
            label={t("cooperation.plan.monthTo")}
            {...form.getInputProps("monthTo")}
            min={1}
            max={12}
            allowDecimal={false}
          />
        </SimpleGrid>
        {access.readAll && (
          <Switch
            label={t("cooperation.plan.pmApproved")}
            {...form.getInputProps("pmApproved", { type: "checkbox" })}
          />
        )}
        <ErrorAlert error={propose.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={propose.isPending}>
            {t("cooperation.plan.propose")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ApproveForm({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const notify = useNotify();
  const approve = useApprovePlan(plan.year);
  const form = useCheckedForm({
    initialValues: { decisionNumber: "", decisionDate: todayInHanoi() },
    required: {
      decisionNumber: t("cooperation.plan.decisionNumber"),
      decisionDate: t("cooperation.plan.decisionDate"),
    },
    limits: { decisionNumber: 100 },
    dates: ["decisionDate"],
  });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-plan-approve">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          approve.mutate(
            { decisionNumber: v.decisionNumber.trim(), decisionDate: v.decisionDate ?? "", version: plan.version },
            { onSuccess: () => notify(t("cooperation.plan.saved")) },
          ),
        )}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="coop-plan-approve">
            {t("cooperation.plan.approve")}
          </Title>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t("cooperation.plan.decisionNumber")}
              {...form.getInputProps("decisionNumber")}
              required
            />
            <DateField
              label={t("cooperation.plan.decisionDate")}
              {...parsedInputProps(form, "decisionDate")}
              required
            />
            <Button type="submit" loading={approve.isPending}>
              {t("cooperation.plan.approve")}
            </Button>
          </Group>
          <ErrorAlert error={approve.error} />
        </Stack>
      </form>
    </Paper>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const { t, fmtDate } = useI18n();
  const names = useNames();
  const [proposing, setProposing] = useState(false);
  const consolidate = useConsolidatePlan(plan.year);
  const byUnit = new Map<string, PlanItem[]>();
  for (const i of plan.items) byUnit.set(i.unit.id, [...(byUnit.get(i.unit.id) ?? []), i]);
  return (
    <Stack gap="lg">
      <Group gap="sm" wrap="wrap">
        <Badge variant="light" tt="none" color={plan.status === "approved" ? "green" : "blue"}>
          {t(`cooperation.planStatus.${plan.status}`)}
        </Badge>
        {plan.decisionNumber && plan.decisionDate && (
          <Text size="sm">
            {t("cooperation.plan.approvedBy", { number: plan.decisionNumber, date: fmtDate(plan.decisionDate) })}
          </Text>
        )}
        {plan.permissions.propose && (
          <Button size="xs" onClick={() => setProposing(true)}>
            {t("cooperation.plan.propose")}
          </Button>
        )}
        {plan.permissions.consolidate && plan.status === "open" && plan.id && (
          <Button
            size="xs"
            variant="default"
            loading={consolidate.isPending}
            onClick={() => consolidate.mutate(plan.version)}
          >
            {t("cooperation.plan.consolidate")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={consolidate.error} />
      {plan.permissions.approve && plan.status !== "approved" && <ApproveForm plan={plan} />}
      <Stack gap="md" component="section" aria-labelledby="coop-plan-items">
        <Title order={2} size="h4" id="coop-plan-items">
          {t("cooperation.plan.items")}
        </Title>
        {plan.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("cooperation.plan.noItems")}
          </Text>
        )}
        {[...byUnit.values()].map((items) => {
          const unitName = names.unit(items[0]!.unit);
          return (
            <Stack key={items[0]!.unit.id} gap={6}>
              <Title order={3} size="h5">
                {unitName}{" "}
                <Text span size="sm" c="dimmed" fw={400}>
                  ({t("cooperation.plan.itemCount", { n: items.length })})
                </Text>
              </Title>
              <ItemsTable plan={plan} items={items} unitName={unitName} />
            </Stack>
          );
        })}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="coop-plan-out">
        <Title order={2} size="h4" id="coop-plan-out">
          {t("cooperation.plan.outOfPlan")}
        </Title>
        {plan.outOfPlan.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("cooperation.plan.noOutOfPlan")}
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ margin: 0, paddingInlineStart: "1.2rem" }}>
            {plan.outOfPlan.map((a) => (
              <li key={a.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/cooperation/activities/${a.id}`} size="sm">
                    {a.code} · {a.titleVi}
                  </Anchor>
                  <StatusBadge status={a.status} />
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={proposing}
        onClose={() => setProposing(false)}
        title={t("cooperation.plan.propose")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <ProposeForm year={plan.year} onDone={() => setProposing(false)} />
      </Modal>
    </Stack>
  );
}

/** The annual plan by year: items by unit with their progress, the out-of-plan activities apart. */
export function PlanPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const params = useParams();
  const thisYear = Number(todayInHanoi().slice(0, 4));
  const y = Number(params.year);
  const year = Number.isInteger(y) && y > 1990 && y < 2100 ? y : thisYear;
  const plan = usePlan(year);
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));
  if (!years.includes(String(year))) years.push(String(year));
  return (
    <Page
      title={t("cooperation.plan.title", { year })}
      actions={
        <Select
          label={t("cooperation.plan.year")}
          data={years}
          value={String(year)}
          onChange={(v) => v && void navigate(`/cooperation/plan/${v}`)}
          allowDeselect={false}
          w={110}
        />
      }
    >
      {plan.error instanceof ApiError && plan.error.status === 404 ? (
        <Alert variant="light">{t("cooperation.plan.none", { year })}</Alert>
      ) : (
        <QueryState query={plan}>{(p) => <PlanView plan={p} />}</QueryState>
      )}
    </Page>
  );
}
