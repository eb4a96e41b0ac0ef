import { useState, type FormEvent } from "react";
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
import { useFieldChecks } from "../../../components/fieldChecks";

function AdoptModal({ plan, proposal, onClose }: { plan: Workplan; proposal: Activity; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const names = useNames(plan.members);
  const adopt = useAdoptProposal(plan.id);
  const [meeting, setMeeting] = useState("");
  const [adoptedOn, setAdoptedOn] = useState<string | null>(todayIso());
  const [code, setCode] = useState("");
  const [titleVi, setTitleVi] = useState(proposal.titleVi ?? "");
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const check = useFieldChecks();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // An unreal day is named at the date; a missing meeting name or date at the meeting, as before.
    setDateError(adoptedOn === null ? t("common.date.invalid") : null);
    const missing = !meeting.trim() || adoptedOn === "";
    setError(missing ? t("workplans.proposals.meetingRequired") : null);
    if (missing || !adoptedOn) return;
    if ([check.tooLong(meeting, 200), check.tooLong(code, 40), check.tooLong(titleVi, 500)].some(Boolean)) return;
    adopt.mutate(
      {
        activityId: proposal.id,
        version: proposal.version,
        meeting: meeting.trim(),
        adoptedOn,
        code: code.trim() || undefined,
        titleVi: titleVi.trim() || undefined,
      },
      {
        onSuccess: (a) => {
          notify(t("workplans.proposals.adoptedDone", { code: a.code ?? "" }));
          onClose();
        },
      },
    );
  };
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
            value={meeting}
            onChange={(e) => setMeeting(e.currentTarget.value)}
            error={check.tooLong(meeting, 200) ?? error}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t("workplans.proposals.adoptedOn")}
              value={adoptedOn}
              onChange={setAdoptedOn}
              error={dateError}
              required
            />
            <TextInput
              label={t("workplans.proposals.code")}
              description={t("workplans.proposals.codeHint")}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={check.tooLong(code, 40)}
            />
          </SimpleGrid>
          <TextInput
            label={t("workplans.proposals.titleVi")}
            value={titleVi}
            onChange={(e) => setTitleVi(e.currentTarget.value)}
            error={check.tooLong(titleVi, 500)}
          />
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
  const countries = plan.access.countries;
  const [country, setCountry] = useState<string | null>(countries.length === 1 ? countries[0]! : null);
  const [titleEn, setTitleEn] = useState("");
  const [titleVi, setTitleVi] = useState("");
  const [kind, setKind] = useState<ActivityKind>("activity");
  const [years, setYears] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const check = useFieldChecks();
  const from = Number(plan.periodStart.slice(0, 4));
  const to = Number(plan.periodEnd.slice(0, 4));
  const allYears = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!country || !titleEn.trim() || years.length === 0) return setError(t("workplans.proposals.required"));
    setError(null);
    if ([check.tooLong(titleEn, 500), check.tooLong(titleVi, 500), check.tooLong(note, 2000)].some(Boolean)) return;
    submit.mutate(
      {
        proposedBy: country,
        titleEn: titleEn.trim(),
        titleVi: titleVi.trim() || null,
        kind,
        plannedYears: years.map(Number),
        note: note.trim() || null,
      },
      {
        onSuccess: () => {
          setTitleEn("");
          setTitleVi("");
          setYears([]);
          setNote("");
          notify(t("workplans.proposals.submitted"));
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="proposal-new">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="proposal-new">
            {t("workplans.proposals.new")}
          </Title>
          <ErrorAlert error={submit.error} />
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("workplans.proposals.country")}
              data={countries.map((c) => ({ value: c, label: names.country(c) }))}
              value={country}
              onChange={setCountry}
              readOnly={countries.length === 1}
              allowDeselect={false}
              required
            />
            <Select
              label={t("workplans.proposals.kind")}
              data={activityKinds.map((k) => ({ value: k, label: t(`workplans.kind.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <TextInput
            label={t("workplans.proposals.titleEn")}
            value={titleEn}
            onChange={(e) => setTitleEn(e.currentTarget.value)}
            required
            error={check.tooLong(titleEn, 500)}
          />
          <TextInput
            label={t("workplans.proposals.titleViOptional")}
            description={t("common.optional")}
            value={titleVi}
            onChange={(e) => setTitleVi(e.currentTarget.value)}
            error={check.tooLong(titleVi, 500)}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="proposal-years">
              {t("workplans.proposals.yearsLabel")}
            </Text>
            <Chip.Group multiple value={years} onChange={setYears}>
              <Group gap="xs" role="group" aria-labelledby="proposal-years">
                {allYears.map((y) => (
                  <Chip key={y} value={y} size="sm">
                    {y}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
          <Textarea
            label={t("workplans.proposals.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            error={check.tooLong(note, 2000)}
          />
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
                        onAdopt={plan.access.manage ? () => setAdopting(p) : undefined}
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
      {plan.access.countries.length > 0 && <ProposalForm plan={plan} />}
      {adopting && <AdoptModal plan={plan} proposal={adopting} onClose={() => setAdopting(null)} />}
    </Stack>
  );
}
