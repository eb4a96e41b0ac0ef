import { useState } from "react";
import { Link } from "react-router";
import {
  Anchor,
  Button,
  Chip,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useNotify } from "../../../lib/notify";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { activityKinds } from "../../../../shared/workplans";
import { useProposals, useSubmitProposal } from "../api/proposals";
import { useAdoptProposal } from "../api/adoptProposal";
import type { Activity, ActivityKind, Workplan } from "../api/types";
import { StatusBadge, todayIso, useNames } from "./labels";
import { usePlan } from "./WorkplanLayout";
import { useCheckedForm, parsedInputProps } from "../../../components/useCheckedForm";

function AdoptModal({ plan, proposal, onClose }: { plan: Workplan; proposal: Activity; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const names = useNames(plan.members);
  const adopt = useAdoptProposal(plan.id);
  const form = useCheckedForm<{ meeting: string; adoptedOn: string | null; code: string; titleVi: string }>({
    initialValues: { meeting: "", adoptedOn: todayIso(), code: "", titleVi: proposal.titleVi ?? "" },
    limits: { meeting: 200, code: 40, titleVi: 500 },
    dates: ["adoptedOn"],
    // A missing meeting name or date is named at the meeting, as before; an unreal day at the date.
    rules: (v) => ({
      meeting: (!v.meeting.trim() || v.adoptedOn === "") && t("workplans.proposals.meetingRequired"),
    }),
  });
  const onSubmit = form.onSubmit((v) => {
    if (!v.adoptedOn) return;
    adopt.mutate(
      {
        activityId: proposal.id,
        version: proposal.version,
        meeting: v.meeting.trim(),
        adoptedOn: v.adoptedOn,
        code: v.code.trim() || undefined,
        titleVi: v.titleVi.trim() || undefined,
      },
      {
        onSuccess: (a) => {
          notify(t("workplans.proposals.adoptedDone", { code: a.code ?? "" }));
          onClose();
        },
      },
    );
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("workplans.proposals.adoptTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={500}>
            {names.title(proposal)}
          </Text>
          <ErrorAlert error={adopt.error} />
          <TextInput
            label={t("workplans.proposals.meeting")}
            description={t("workplans.proposals.meetingHint")}
            {...form.getInputProps("meeting")}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={t("workplans.proposals.adoptedOn")} {...parsedInputProps(form, "adoptedOn")} required />
            <TextInput
              label={t("workplans.proposals.code")}
              description={t("workplans.proposals.codeHint")}
              {...form.getInputProps("code")}
            />
          </SimpleGrid>
          <TextInput label={t("workplans.proposals.titleVi")} {...form.getInputProps("titleVi")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={adopt.isPending}>
              {t("workplans.proposals.adoptSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ProposalCard({ plan, p, onAdopt }: { plan: Workplan; p: Activity; onAdopt?: () => void }) {
  const { t, fmtDate } = useI18n();
  const names = useNames(plan.members);
  return (
    <Paper withBorder radius="md" p="md" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={`/workplans/${plan.id}/activities/${p.id}`} fw={600}>
            {names.title(p)}
          </Anchor>
          <StatusBadge status={p.status} />
        </Group>
        {p.titleVi && p.titleVi !== names.title(p) && (
          <Text size="sm" c="dimmed">
            {p.titleVi}
          </Text>
        )}
        <Text size="sm">
          {t("workplans.proposals.by", { country: names.country(p.proposedBy ?? ""), date: fmtDate(p.proposedOn) })}
          {" · "}
          {t("workplans.proposals.years", { years: p.plannedYears.join(", ") })}
        </Text>
        {p.adoptedAt && (
          <Text size="sm">
            {p.code && (
              <Text span ff="monospace" mr={6}>
                {p.code}
              </Text>
            )}
            {t("workplans.proposals.adoptedAt", { meeting: p.adoptedAt, date: fmtDate(p.adoptedOn) })}
          </Text>
        )}
        {onAdopt && (
          <div>
            <Button
              size="xs"
              onClick={onAdopt}
              aria-label={t("workplans.proposals.adoptLabel", { title: names.title(p) })}
            >
              {t("workplans.proposals.adopt")}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

function ProposalForm({ plan }: { plan: Workplan }) {
  const { t } = useI18n();
  const notify = useNotify();
  const names = useNames(plan.members);
  const submit = useSubmitProposal(plan.id);
  const countries = plan.permissions.countries;
  const form = useCheckedForm<{
    country: string;
    titleEn: string;
    titleVi: string;
    kind: ActivityKind;
    years: string[];
    note: string;
  }>({
    initialValues: {
      country: countries.length === 1 ? (countries[0] ?? "") : "",
      titleEn: "",
      titleVi: "",
      kind: "activity",
      years: [],
      note: "",
    },
    required: {
      country: t("workplans.proposals.country"),
      titleEn: t("workplans.proposals.titleEn"),
      years: t("workplans.proposals.yearsLabel"),
    },
    limits: { titleEn: 500, titleVi: 500, note: 2000 },
  });
  const from = Number(plan.periodStart.slice(0, 4));
  const to = Number(plan.periodEnd.slice(0, 4));
  const allYears = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

  const onSubmit = form.onSubmit((v) =>
    submit.mutate(
      {
        proposedBy: v.country,
        titleEn: v.titleEn.trim(),
        titleVi: v.titleVi.trim() || null,
        kind: v.kind,
        plannedYears: v.years.map(Number),
        note: v.note.trim() || null,
      },
      {
        onSuccess: () => {
          form.setValues({ titleEn: "", titleVi: "", years: [], note: "" });
          notify(t("workplans.proposals.submitted"));
        },
      },
    ),
  );

  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="proposal-new">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="proposal-new">
            {t("workplans.proposals.new")}
          </Title>
          <ErrorAlert error={submit.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("workplans.proposals.country")}
              data={countries.map((c) => ({ value: c, label: names.country(c) }))}
              {...form.getInputProps("country")}
              value={form.values.country || null}
              onChange={(v: string | null) => form.setFieldValue("country", v ?? "")}
              readOnly={countries.length === 1}
              allowDeselect={false}
              required
            />
            <Select
              label={t("workplans.proposals.kind")}
              data={activityKinds.map((k) => ({ value: k, label: t(`workplans.kind.${k}`) }))}
              value={form.values.kind}
              onChange={(v) => v && form.setFieldValue("kind", v)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <TextInput label={t("workplans.proposals.titleEn")} {...form.getInputProps("titleEn")} required />
          <TextInput
            label={t("workplans.proposals.titleViOptional")}
            description={t("common.optional")}
            {...form.getInputProps("titleVi")}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="proposal-years">
              {t("workplans.proposals.yearsLabel")}
            </Text>
            <Chip.Group multiple value={form.values.years} onChange={(v) => form.setFieldValue("years", v)}>
              <Group gap="xs" role="group" aria-labelledby="proposal-years">
                {allYears.map((y) => (
                  <Chip key={y} value={y} size="sm">
                    {y}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {form.errors.years && (
              <Text size="sm" c="red" role="alert">
                {form.errors.years}
              </Text>
            )}
          </Stack>
          <Textarea label={t("workplans.proposals.note")} {...form.getInputProps("note")} autosize minRows={2} />
          <Group justify="flex-end">
            <Button type="submit" loading={submit.isPending}>
              {t("workplans.proposals.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Members' proposals: those awaiting adoption (the ICD records the adopting meeting), the adopted ones, and a form. */
export function ProposalsPage() {
  const plan = usePlan();
  const { t } = useI18n();
  const proposals = useProposals(plan.id);
  const [adopting, setAdopting] = useState<Activity | null>(null);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t("workplans.proposals.hint")}
      </Text>
      <QueryState query={proposals}>
        {(list) => {
          const pending = list.filter((p) => p.status === "proposed");
          const adopted = list.filter((p) => p.status !== "proposed");
          return (
            <Stack gap="lg">
              <Stack gap="sm" component="section" aria-labelledby="proposals-pending">
                <Title order={2} fz="h4" id="proposals-pending">
                  {t("workplans.proposals.pending")}
                </Title>
                {pending.length === 0 ? (
                  <EmptyState>{t("workplans.proposals.noPending")}</EmptyState>
                ) : (
                  <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                    {pending.map((p) => (
                      <ProposalCard
                        key={p.id}
                        plan={plan}
                        p={p}
                        onAdopt={plan.permissions.manage ? () => setAdopting(p) : undefined}
                      />
                    ))}
                  </Stack>
                )}
              </Stack>
              <Stack gap="sm" component="section" aria-labelledby="proposals-adopted">
                <Title order={2} fz="h4" id="proposals-adopted">
                  {t("workplans.proposals.adopted")}
                </Title>
                {adopted.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("workplans.proposals.noneAdopted")}
                  </Text>
                ) : (
                  <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                    {adopted.map((p) => (
                      <ProposalCard key={p.id} plan={plan} p={p} />
                    ))}
                  </Stack>
                )}
              </Stack>
            </Stack>
          );
        }}
      </QueryState>
      {plan.permissions.countries.length > 0 && <ProposalForm plan={plan} />}
      {adopting && <AdoptModal plan={plan} proposal={adopting} onClose={() => setAdopting(null)} />}
    </Stack>
  );
}
