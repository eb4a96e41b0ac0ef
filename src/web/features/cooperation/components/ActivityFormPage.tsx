import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { Page } from "../../../components/Page";
import { DateField } from "../../../components/DateField";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { UnitSelect } from "../../../components/UnitSelect";
import { foldFilter } from "../../../components/foldFilter";
import { orNull, parsedInputProps, useCheckedForm } from "../../../components/useCheckedForm";
import { countryOptions } from "../../../../shared/countries";
import { todayInHanoi } from "../../../../shared/dates";
import { useActivity, useCreateActivity, useUpdateActivity } from "../api/activity";
import { useLatestSubmitDate } from "../api/calendar";
import { usePartnerSearch } from "../api/partners";
import { usePlan } from "../api/plan";
import {
  coopKinds,
  coopModes,
  fundingSources,
  leaderRanks,
  type Activity,
  type ActivityBody,
  type CoopKind,
  type PartnerRef,
} from "../api/types";
import { useAccess } from "./CooperationLayout";
import { useNames } from "./labels";

interface MemberRow {
  key: number;
  name: string;
  unitId: string | null;
  position: string;
}

interface Values extends Record<string, unknown> {
  kind: CoopKind | null;
  unitId: string | null;
  titleVi: string;
  titleEn: string;
  partnerIds: string[];
  countries: string[];
  startDate: string | null;
  endDate: string | null;
  place: string;
  mode: string;
  leaderName: string;
  leaderRank: string | null;
  members: MemberRow[];
  fundingSource: string | null;
  fundingEstimate: number | string;
  purpose: string;
  expectedResults: string;
  planItemId: string | null;
  outOfPlanReason: string;
  foreignParticipants: number | string;
  totalParticipants: number | string;
  agreementType: string;
  counterpart: string;
  donor: string;
  projectCode: string;
  durationMonths: number | string;
}

let rowKey = 0;
const toInt = (v: number | string): number | null => (typeof v === "number" ? v : v.trim() === "" ? null : Number(v));
const notInt = (v: number | string) => {
  const n = toInt(v);
  return n !== null && (!Number.isInteger(n) || n < 0);
};

function initial(a: Activity | undefined, unitId: string | null): Values {
  const d = a?.details ?? {};
  return {
    kind: a?.kind ?? null,
    unitId: a?.unit.id ?? unitId,
    titleVi: a?.titleVi ?? "",
    titleEn: a?.titleEn ?? "",
    partnerIds: a?.partners.map((p) => p.id) ?? [],
    countries: a?.countries ?? [],
    startDate: a?.startDate ?? "",
    endDate: a?.endDate ?? "",
    place: a?.place ?? "",
    mode: a?.mode ?? "in_person",
    leaderName: a?.leaderName ?? "",
    leaderRank: a?.leaderRank ?? null,
    members: (a?.members ?? []).map((m) => ({
      key: ++rowKey,
      name: m.name,
      unitId: m.unitId,
      position: m.position ?? "",
    })),
    fundingSource: a?.fundingSource ?? null,
    fundingEstimate: a?.fundingEstimate ?? "",
    purpose: a?.purpose ?? "",
    expectedResults: a?.expectedResults ?? "",
    planItemId: a?.planItem?.id ?? null,
    outOfPlanReason: a?.outOfPlanReason ?? "",
    foreignParticipants: d.foreignParticipants ?? "",
    totalParticipants: d.totalParticipants ?? "",
    agreementType: d.agreementType ?? "",
    counterpart: d.counterpart ?? "",
    donor: d.donor ?? "",
    projectCode: d.projectCode ?? "",
    durationMonths: d.durationMonths ?? "",
  };
}

function toBody(v: Values): ActivityBody {
  const kind = v.kind ?? "outbound";
  const participants = kind === "conference" || kind === "guests" || kind === "inbound";
  return {
    unitId: v.unitId ?? "",
    kind,
    titleVi: v.titleVi.trim(),
    titleEn: orNull(v.titleEn),
    partnerIds: v.partnerIds,
    countries: v.countries,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    place: orNull(v.place),
    mode: v.mode as ActivityBody["mode"],
    leaderName: orNull(v.leaderName),
    leaderRank: (v.leaderRank ?? null) as ActivityBody["leaderRank"],
    members: v.members
      .filter((m) => m.name.trim() !== "")
      .map((m) => ({ name: m.name.trim(), unitId: m.unitId, position: orNull(m.position) })),
    fundingSource: (v.fundingSource ?? null) as ActivityBody["fundingSource"],
    fundingEstimate: toInt(v.fundingEstimate),
    purpose: orNull(v.purpose),
    expectedResults: orNull(v.expectedResults),
    planItemId: v.planItemId,
    outOfPlanReason: v.planItemId ? null : orNull(v.outOfPlanReason),
    details: {
      foreignParticipants: participants ? toInt(v.foreignParticipants) : null,
      totalParticipants: participants ? toInt(v.totalParticipants) : null,
      agreementType: kind === "agreement" ? orNull(v.agreementType) : null,
      counterpart: kind === "agreement" ? orNull(v.counterpart) : null,
      donor: kind === "project" ? orNull(v.donor) : null,
      projectCode: kind === "project" ? orNull(v.projectCode) : null,
      durationMonths: kind === "project" ? toInt(v.durationMonths) : null,
    },
  };
}

/** Partners picked from the directory (searched on the server, diacritics optional); the picked ones stay listed. */
function PartnerPicker({
  value,
  onChange,
  known,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  known: PartnerRef[];
}) {
  const { t } = useI18n();
  const names = useNames();
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<PartnerRef[]>(known);
  const found = usePartnerSearch(search);
  const all = new Map<string, PartnerRef>();
  for (const p of [...picked, ...(found.data?.rows ?? [])]) all.set(p.id, p);
  return (
    <MultiSelect
      label={t("cooperation.form.partners")}
      description={t("cooperation.form.partnersHint")}
      data={[...all.values()].map((p) => ({ value: p.id, label: names.partner(p) }))}
      value={value}
      onChange={(ids) => {
        setPicked([...all.values()].filter((p) => ids.includes(p.id)));
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t("common.loading") : t("cooperation.partners.noMatch")}
      hidePickedOptions
    />
  );
}

/**
 * "Latest date to submit": the start date less the working days the activity's rule requires — the server's answer
 * for the saved start date, the working-day calendar's for a start date being typed.
 */
function Deadline({ startDate, activity }: { startDate: string | null; activity?: Activity }) {
  const { t, fmtDate } = useI18n();
  const lead = activity?.leadTime ?? null;
  const required = lead?.required ?? null;
  const saved = !!lead?.latestSubmitDate && startDate === activity?.startDate;
  const latest = useLatestSubmitDate(saved ? null : startDate, required);
  if (required === null) return null;
  if (!startDate)
    return (
      <Alert color="gray" variant="light" data-testid="coop-deadline">
        {t("cooperation.form.deadlineUnknown")}
      </Alert>
    );
  const date = saved ? lead.latestSubmitDate : latest.data?.date;
  if (!date) return null;
  const past = date < todayInHanoi();
  return (
    <Alert color={past ? "orange" : "blue"} variant="light" data-testid="coop-deadline" role="status">
      <Text size="sm" fw={600}>
        {past
          ? t("cooperation.form.deadlinePast", { date: fmtDate(date) })
          : t("cooperation.form.deadline", { date: fmtDate(date) })}
      </Text>
      <Text size="sm">{t("cooperation.form.deadlineDetail", { n: required })}</Text>
    </Alert>
  );
}

function PlanItemPicker({
  year,
  unitId,
  value,
  onChange,
}: {
  year: number | null;
  unitId: string | null;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { t } = useI18n();
  const names = useNames();
  const plan = usePlan(year ?? 0);
  if (!year)
    return (
      <Text size="sm" c="dimmed">
        {t("cooperation.form.noPlanYear")}
      </Text>
    );
  const items = (plan.data?.items ?? []).filter(
    (i) => i.status !== "left_out" && (!unitId || i.unit.id === unitId || i.id === value),
  );
  return (
    <Select
      label={t("cooperation.form.planItem", { year })}
      description={t("cooperation.form.planItemHint")}
      placeholder={t("cooperation.form.planItemNone")}
      data={items.map((i) => ({ value: i.id, label: names.title(i) }))}
      value={value}
      onChange={onChange}
      searchable
      filter={foldFilter}
      clearable
      nothingFoundMessage={plan.isError ? plan.error.message : t("common.empty")}
    />
  );
}

function ActivityForm({ activity }: { activity?: Activity }) {
  const { t, lang } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const notify = useNotify();
  const create = useCreateActivity();
  const update = useUpdateActivity(activity?.id ?? "");
  const save = activity ? update : create;
  const names = useNames();
  const form = useCheckedForm<Values>({
    initialValues: initial(activity, access.units.length === 1 ? (access.units[0]?.id ?? null) : null),
    required: {
      kind: t("cooperation.form.kind"),
      unitId: t("cooperation.form.unit"),
      titleVi: t("cooperation.form.titleVi"),
    },
    limits: {
      titleVi: 500,
      titleEn: 500,
      place: 300,
      leaderName: 200,
      purpose: 5000,
      expectedResults: 5000,
      outOfPlanReason: 2000,
      agreementType: 200,
      counterpart: 300,
      donor: 300,
      projectCode: 100,
    },
    dates: ["startDate", "endDate"],
    rules: (v) => ({
      endDate: v.startDate && v.endDate && v.endDate < v.startDate ? t("cooperation.form.endBeforeStart") : undefined,
      fundingEstimate: notInt(v.fundingEstimate) && t("cooperation.form.notNumber"),
      foreignParticipants: notInt(v.foreignParticipants) && t("cooperation.form.notNumber"),
      totalParticipants: notInt(v.totalParticipants) && t("cooperation.form.notNumber"),
      durationMonths: notInt(v.durationMonths) && t("cooperation.form.notNumber"),
    }),
  });
  const v = form.values;
  const year = v.startDate && /^\d{4}/.test(v.startDate) ? Number(v.startDate.slice(0, 4)) : null;
  const kind = v.kind;
  const onSave = form.onSubmit((values) => {
    const body = toBody(values);
    const done = (a: Activity) => {
      notify(t("cooperation.form.saved"));
      void navigate(`/cooperation/activities/${a.id}`);
    };
    if (activity) update.mutate({ ...body, version: activity.version }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  });
  const unitOptions = access.units.map((u) => ({ value: u.id, label: names.unit(u) }));
  const options = <K extends string>(list: readonly K[], prefix: string) =>
    list.map((k) => ({ value: k, label: t(`${prefix}.${k}` as Parameters<typeof t>[0]) }));

  return (
    <form onSubmit={onSave} noValidate>
      <Stack gap="lg" maw={880}>
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Select
              label={t("cooperation.form.kind")}
              description={t("cooperation.form.kindHint")}
              data={options(coopKinds, "cooperation.kind")}
              {...form.getInputProps("kind")}
              required
              allowDeselect={false}
              data-autofocus
            />
            {unitOptions.length > 0 && !access.readAll ? (
              <Select
                label={t("cooperation.form.unit")}
                data={unitOptions}
                {...form.getInputProps("unitId")}
                required
                allowDeselect={false}
              />
            ) : (
              <UnitSelect label={t("cooperation.form.unit")} {...form.getInputProps("unitId")} required />
            )}
          </Stack>
        </Paper>

        {kind && (
          <>
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-general">
              <Stack gap="sm">
                <Title order={2} size="h4" id="coop-general">
                  {t("cooperation.form.section.general")}
                </Title>
                <TextInput label={t("cooperation.form.titleVi")} {...form.getInputProps("titleVi")} required />
                <TextInput label={t("cooperation.form.titleEn")} {...form.getInputProps("titleEn")} lang="en" />
                <PartnerPicker
                  value={v.partnerIds}
                  onChange={(ids) => form.setFieldValue("partnerIds", ids)}
                  known={activity?.partners ?? []}
                />
                <MultiSelect
                  label={t("cooperation.form.countries")}
                  data={countryOptions(lang)}
                  {...form.getInputProps("countries")}
                  searchable
                  filter={foldFilter}
                  hidePickedOptions
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <DateField label={t("cooperation.form.startDate")} {...parsedInputProps(form, "startDate")} />
                  <DateField label={t("cooperation.form.endDate")} {...parsedInputProps(form, "endDate")} />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t("cooperation.form.place")} {...form.getInputProps("place")} />
                  <Select
                    label={t("cooperation.form.mode")}
                    data={options(coopModes, "cooperation.mode")}
                    {...form.getInputProps("mode")}
                    allowDeselect={false}
                  />
                </SimpleGrid>
              </Stack>
            </Paper>

            {(kind === "conference" ||
              kind === "guests" ||
              kind === "inbound" ||
              kind === "agreement" ||
              kind === "project") && (
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-kind">
                <Stack gap="sm">
                  <Title order={2} size="h4" id="coop-kind">
                    {t("cooperation.form.section.kind")}
                  </Title>
                  {(kind === "conference" || kind === "guests" || kind === "inbound") && (
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <NumberInput
                        label={t("cooperation.form.foreignParticipants")}
                        {...form.getInputProps("foreignParticipants")}
                        allowDecimal={false}
                        allowNegative={false}
                      />
                      <NumberInput
                        label={t("cooperation.form.totalParticipants")}
                        {...form.getInputProps("totalParticipants")}
                        allowDecimal={false}
                        allowNegative={false}
                      />
                    </SimpleGrid>
                  )}
                  {kind === "agreement" && (
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput label={t("cooperation.form.agreementType")} {...form.getInputProps("agreementType")} />
                      <TextInput label={t("cooperation.form.counterpart")} {...form.getInputProps("counterpart")} />
                    </SimpleGrid>
                  )}
                  {kind === "project" && (
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <TextInput label={t("cooperation.form.donor")} {...form.getInputProps("donor")} />
                      <TextInput label={t("cooperation.form.projectCode")} {...form.getInputProps("projectCode")} />
                      <NumberInput
                        label={t("cooperation.form.durationMonths")}
                        {...form.getInputProps("durationMonths")}
                        allowDecimal={false}
                        allowNegative={false}
                      />
                    </SimpleGrid>
                  )}
                </Stack>
              </Paper>
            )}

            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-people">
              <Stack gap="sm">
                <Title order={2} size="h4" id="coop-people">
                  {t("cooperation.form.section.people")}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t("cooperation.form.leaderName")} {...form.getInputProps("leaderName")} />
                  <Select
                    label={t("cooperation.form.leaderRank")}
                    data={options(leaderRanks, "cooperation.rank")}
                    {...form.getInputProps("leaderRank")}
                    clearable
                  />
                </SimpleGrid>
                <Text size="sm" fw={500}>
                  {t("cooperation.form.members")}
                </Text>
                {v.members.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t("cooperation.form.noMembers")}
                  </Text>
                )}
                {v.members.map((m, i) => (
                  <Paper
                    key={m.key}
                    withBorder
                    radius="sm"
                    p="xs"
                    component="fieldset"
                    style={{ margin: 0 }}
                    data-testid="coop-member"
                  >
                    <Text component="legend" size="xs" c="dimmed" px={4}>
                      {t("cooperation.form.memberRow", { n: i + 1 })}
                    </Text>
                    <Group align="flex-end" gap="xs" wrap="wrap">
                      <TextInput
                        label={t("cooperation.form.memberName")}
                        {...form.getInputProps(`members.${i}.name`)}
                        style={{ flex: "1 1 12rem" }}
                      />
                      <UnitSelect
                        label={t("cooperation.form.memberUnit")}
                        {...form.getInputProps(`members.${i}.unitId`)}
                        style={{ flex: "1 1 14rem" }}
                      />
                      <TextInput
                        label={t("cooperation.form.memberPosition")}
                        {...form.getInputProps(`members.${i}.position`)}
                        style={{ flex: "1 1 10rem" }}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t("cooperation.form.removeMember", { n: i + 1 })}
                        onClick={() => form.removeListItem("members", i)}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  </Paper>
                ))}
                <Group>
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() =>
                      form.insertListItem("members", { key: ++rowKey, name: "", unitId: v.unitId, position: "" })
                    }
                  >
                    + {t("cooperation.form.addMember")}
                  </Button>
                </Group>
              </Stack>
            </Paper>

            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-funding">
              <Stack gap="sm">
                <Title order={2} size="h4" id="coop-funding">
                  {t("cooperation.form.section.funding")}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t("cooperation.form.fundingSource")}
                    data={options(fundingSources, "cooperation.funding")}
                    {...form.getInputProps("fundingSource")}
                    clearable
                  />
                  <NumberInput
                    label={t("cooperation.form.fundingEstimate")}
                    {...form.getInputProps("fundingEstimate")}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator={lang === "vi" ? "." : ","}
                    decimalSeparator={lang === "vi" ? "," : "."}
                  />
                </SimpleGrid>
                <Textarea
                  label={t("cooperation.form.purpose")}
                  {...form.getInputProps("purpose")}
                  autosize
                  minRows={2}
                />
                <Textarea
                  label={t("cooperation.form.expectedResults")}
                  {...form.getInputProps("expectedResults")}
                  autosize
                  minRows={2}
                />
              </Stack>
            </Paper>

            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-plan">
              <Stack gap="sm">
                <Title order={2} size="h4" id="coop-plan">
                  {t("cooperation.form.section.plan")}
                </Title>
                <PlanItemPicker
                  year={year}
                  unitId={v.unitId}
                  value={v.planItemId}
                  onChange={(id) => form.setFieldValue("planItemId", id)}
                />
                {!v.planItemId && (
                  <Textarea
                    label={t("cooperation.form.outOfPlanReason")}
                    {...form.getInputProps("outOfPlanReason")}
                    autosize
                    minRows={2}
                  />
                )}
              </Stack>
            </Paper>
            <Deadline startDate={v.startDate} activity={activity} />
          </>
        )}

        <ErrorAlert error={save.error} onReload={activity ? () => window.location.reload() : undefined} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("cooperation.form.save")}
          </Button>
          <Button
            variant="default"
            component={Link}
            to={activity ? `/cooperation/activities/${activity.id}` : "/cooperation"}
          >
            {t("cooperation.form.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** New draft (/cooperation/new) or a draft or returned activity's edit (/cooperation/activities/:id/edit). */
export function ActivityFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const activity = useActivity(id);
  const back = (
    <Anchor component={Link} to={id ? `/cooperation/activities/${id}` : "/cooperation"} size="sm">
      ← {t("cooperation.form.back")}
    </Anchor>
  );
  if (!id)
    return (
      <Page title={t("cooperation.form.newTitle")} before={back}>
        <ActivityForm />
      </Page>
    );
  return (
    <QueryState query={activity}>
      {(a) => (
        <Page title={t("cooperation.form.editTitle", { code: a.code })} before={back}>
          {a.permissions.edit ? (
            <ActivityForm activity={a} />
          ) : (
            <Alert color="orange" variant="light" role="alert">
              {t("cooperation.form.notEditable")}
            </Alert>
          )}
        </Page>
      )}
    </QueryState>
  );
}
