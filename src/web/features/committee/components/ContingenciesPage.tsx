import { useState } from "react";
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  List,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useCheckedForm } from "../../../components/useCheckedForm";
import { matchesSearch } from "../../../../shared/text";
import { contingencyKinds, type ContingencyKind } from "../../../../shared/committee";
import type { ContingencyOptions } from "../../../../shared/schemas/committee";
import {
  useContingencies,
  useContingencyOptions,
  useDeleteContingency,
  useSaveContingency,
  type Contingency,
} from "../api/readiness";

const kindKey: Record<ContingencyKind, TranslationKey> = {
  flight_delay: "contingencies.kind.flight_delay",
  leader_delayed: "contingencies.kind.leader_delayed",
  power_failure: "contingencies.kind.power_failure",
  weather: "contingencies.kind.weather",
  illness: "contingencies.kind.illness",
  security_alert: "contingencies.kind.security_alert",
  other: "contingencies.kind.other",
};
const kindColor: Record<ContingencyKind, string> = {
  flight_delay: "blue",
  leader_delayed: "grape",
  power_failure: "yellow",
  weather: "cyan",
  illness: "pink",
  security_alert: "red",
  other: "gray",
};
const SITUATION_MAX = 500;
const STEP_MAX = 1000;
const MEETING_WIDE = "meeting";

type FormValues = {
  scope: string;
  kind: ContingencyKind;
  situationVi: string;
  situationEn: string;
  trigger: string;
  steps: string[];
  responsibleId: string;
  informIds: string[];
  informOther: string;
  resources: string;
};

/** The add/edit form: steps are typed one by one (Enter or "Add step") and can be removed or moved up. */
function PlanForm({
  meetingId,
  plan,
  options,
  onDone,
}: {
  meetingId: string;
  plan: Contingency | null;
  options: ContingencyOptions;
  onDone: (m: string) => void;
}) {
  const { t, lang, fmtDateTime } = useI18n();
  const save = useSaveContingency(meetingId);
  const [step, setStep] = useState("");
  const form = useCheckedForm<FormValues>({
    initialValues: {
      scope: plan?.sessionId ?? MEETING_WIDE,
      kind: plan?.kind ?? "other",
      situationVi: plan?.situationVi ?? "",
      situationEn: plan?.situationEn ?? "",
      trigger: plan?.trigger ?? "",
      steps: plan?.steps ?? [],
      responsibleId: plan?.responsible?.id ?? "",
      informIds: plan?.inform.map((i) => i.id) ?? [],
      informOther: plan?.informOther ?? "",
      resources: plan?.resources ?? "",
    },
    required: {
      situationVi: t("contingencies.field.situationVi"),
      responsibleId: t("contingencies.field.responsible"),
    },
    limits: {
      situationVi: SITUATION_MAX,
      situationEn: SITUATION_MAX,
      trigger: 1000,
      informOther: 1000,
      resources: 2000,
    },
    rules: (v) => ({ steps: v.steps.length === 0 ? t("contingencies.stepsNeeded") : undefined }),
  });
  const members = options.members.map((m) => ({
    value: m.id,
    label: m.position ? `${m.fullName} (${m.position})` : m.fullName,
  }));
  const scopes = [
    { value: MEETING_WIDE, label: t("contingencies.meetingWide") },
    ...options.sessions.map((s) => ({
      value: s.id,
      label: `${lang === "en" ? s.titleEn : s.titleVi} — ${fmtDateTime(s.startsAt)}`,
    })),
  ];
  const addStep = () => {
    const text = step.trim();
    if (!text || text.length > STEP_MAX) return;
    form.setFieldValue("steps", [...form.values.steps, text]);
    setStep("");
  };
  const steps = form.values.steps;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const body = {
          sessionId: v.scope === MEETING_WIDE ? null : v.scope,
          kind: v.kind,
          situationVi: v.situationVi.trim(),
          situationEn: v.situationEn.trim(),
          trigger: v.trigger.trim(),
          steps: v.steps,
          responsibleId: v.responsibleId,
          informIds: v.informIds,
          informOther: v.informOther.trim() || null,
          resources: v.resources.trim() || null,
        };
        save.mutate(
          { id: plan?.id, version: plan?.version, body },
          {
            onSuccess: (p) =>
              onDone(
                t("contingencies.saved", { name: lang === "en" && p.situationEn ? p.situationEn : p.situationVi }),
              ),
          },
        );
      })}
    >
      <Stack gap="sm">
        <Select
          label={t("contingencies.field.scope")}
          data={scopes}
          value={form.values.scope}
          onChange={(v) => v && form.setFieldValue("scope", v)}
          allowDeselect={false}
        />
        <Select
          label={t("contingencies.field.kind")}
          data={contingencyKinds.map((k) => ({ value: k, label: t(kindKey[k]) }))}
          value={form.values.kind}
          onChange={(v) => {
            const k = contingencyKinds.find((x) => x === v);
            if (k) form.setFieldValue("kind", k);
          }}
          allowDeselect={false}
        />
        <Textarea
          label={t("contingencies.field.situationVi")}
          required
          autosize
          minRows={1}
          data-autofocus
          {...form.getInputProps("situationVi")}
        />
        <Textarea
          label={t("contingencies.field.situationEn")}
          autosize
          minRows={1}
          {...form.getInputProps("situationEn")}
        />
        <Textarea label={t("contingencies.field.trigger")} autosize minRows={1} {...form.getInputProps("trigger")} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="plan-steps-label">
            {t("contingencies.steps")}{" "}
            <Text span c="red" aria-hidden>
              *
            </Text>
          </Text>
          {steps.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t("contingencies.noSteps")}
            </Text>
          ) : (
            <List type="ordered" spacing={4} size="sm" aria-labelledby="plan-steps-label">
              {steps.map((s, i) => (
                <List.Item key={`${i}-${s}`}>
                  <Group gap={4} wrap="nowrap" align="flex-start">
                    <Text size="sm" style={{ flex: 1 }}>
                      {s}
                    </Text>
                    {i > 0 && (
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-label={t("contingencies.moveUp", { n: i + 1 })}
                        onClick={() => {
                          const next = [...steps];
                          next.splice(i - 1, 2, steps[i] ?? "", steps[i - 1] ?? "");
                          form.setFieldValue("steps", next);
                        }}
                      >
                        ↑
                      </ActionIcon>
                    )}
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="sm"
                      aria-label={t("contingencies.removeStep", { n: i + 1 })}
                      onClick={() =>
                        form.setFieldValue(
                          "steps",
                          steps.filter((_, j) => j !== i),
                        )
                      }
                    >
                      ×
                    </ActionIcon>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t("contingencies.field.step")}
              value={step}
              error={
                step.length > STEP_MAX
                  ? `${t("contingencies.field.step")}: ≤ ${STEP_MAX}`
                  : steps.length === 0
                    ? (form.errors.steps ?? undefined)
                    : undefined
              }
              onChange={(e) => {
                const value = e.currentTarget.value;
                setStep(value);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addStep();
                }
              }}
            />
            <Button variant="default" onClick={addStep} mb={form.errors.steps && steps.length === 0 ? 22 : 0}>
              {t("contingencies.addStep")}
            </Button>
          </Group>
        </Stack>
        <Select
          label={t("contingencies.field.responsible")}
          required
          searchable
          data={members}
          value={form.values.responsibleId || null}
          onChange={(v) => form.setFieldValue("responsibleId", v ?? "")}
          error={form.errors.responsibleId}
        />
        <MultiSelect
          label={t("contingencies.field.inform")}
          searchable
          data={members}
          value={form.values.informIds}
          onChange={(v) => form.setFieldValue("informIds", v)}
        />
        <TextInput label={t("contingencies.field.informOther")} {...form.getInputProps("informOther")} />
        <Textarea
          label={t("contingencies.field.resources")}
          autosize
          minRows={1}
          {...form.getInputProps("resources")}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t("contingencies.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlanCard({
  plan,
  onEdit,
  onDelete,
}: {
  plan: Contingency;
  onEdit: (p: Contingency) => void;
  onDelete: (p: Contingency) => void;
}) {
  const { t, lang } = useI18n();
  const situation = lang === "en" && plan.situationEn ? plan.situationEn : plan.situationVi;
  const headingId = `plan-${plan.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Badge variant="light" color={kindColor[plan.kind]} size="sm">
              {t(kindKey[plan.kind])}
            </Badge>
            <Title order={4} fz="md" id={headingId}>
              {situation}
            </Title>
          </Stack>
          {plan.permissions.edit && (
            <Group gap={4} wrap="nowrap">
              <Button size="xs" variant="default" onClick={() => onEdit(plan)} aria-describedby={headingId}>
                {t("contingencies.edit")}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => onDelete(plan)}
                aria-describedby={headingId}
              >
                {t("contingencies.delete")}
              </Button>
            </Group>
          )}
        </Group>
        {plan.trigger && (
          <Text size="sm">
            <Text span fw={600}>
              {t("contingencies.trigger")}:
            </Text>{" "}
            {plan.trigger}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {t("contingencies.steps")}
        </Text>
        <List type="ordered" size="sm" spacing={2}>
          {plan.steps.map((s, i) => (
            <List.Item key={`${i}-${s}`}>{s}</List.Item>
          ))}
        </List>
        <Text size="sm">
          <Text span fw={600}>
            {t("contingencies.responsible")}:
          </Text>{" "}
          {plan.responsible
            ? [plan.responsible.fullName, plan.responsible.position, plan.responsible.phone].filter(Boolean).join(" · ")
            : "—"}
        </Text>
        {(plan.inform.length > 0 || plan.informOther) && (
          <Text size="sm">
            <Text span fw={600}>
              {t("contingencies.inform")}:
            </Text>{" "}
            {[...plan.inform.map((i) => i.fullName), plan.informOther].filter(Boolean).join("; ")}
          </Text>
        )}
        {plan.resources && (
          <Text size="sm">
            <Text span fw={600}>
              {t("contingencies.resources")}:
            </Text>{" "}
            {plan.resources}
          </Text>
        )}
        {plan.cues.length > 0 && (
          <Text size="xs" c="dimmed">
            {t("contingencies.cues", { n: plan.cues.length })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

type Dialog = { plan: Contingency | null } | null;

/**
 * Contingency plans (phương án xử lý tình huống, issue 13 point 5): grouped meeting-wide, then per session; filtered
 * by kind and searched without diacritics; added and edited in a dialog by the ICD and the heads and deputies of
 * sub-committees, read by every committee member.
 */
export function ContingenciesPage({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang, fmtDateTime } = useI18n();
  const notify = useNotify();
  const plans = useContingencies(meeting.id);
  const options = useContingencyOptions(meeting.id);
  const remove = useDeleteContingency(meeting.id);
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleting, setDeleting] = useState<Contingency | null>(null);
  const canEdit = options.data?.permissions.edit === true;
  const nameOf = (p: Contingency) => (lang === "en" && p.situationEn ? p.situationEn : p.situationVi);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="h3">
          {t("contingencies.title")}
        </Title>
        {canEdit && <Button onClick={() => setDialog({ plan: null })}>{t("contingencies.add")}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t("contingencies.intro")}
      </Text>
      {options.data && !canEdit && (
        <Text size="xs" c="dimmed">
          {t("contingencies.readOnly")}
        </Text>
      )}
      <Group gap="md" align="flex-end">
        <TextInput
          label={t("contingencies.search")}
          type="search"
          value={q}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setQ(value);
          }}
          w="18rem"
        />
        <Select
          label={t("contingencies.filterKind")}
          placeholder={t("contingencies.allKinds")}
          data={contingencyKinds.map((k) => ({ value: k, label: t(kindKey[k]) }))}
          value={kind}
          onChange={setKind}
          clearable
          w="14rem"
        />
      </Group>
      <QueryState query={plans} isEmpty={(d) => d.length === 0} empty={t("contingencies.empty")}>
        {(all) => {
          const shown = all.filter(
            (p) =>
              (!kind || p.kind === kind) &&
              matchesSearch(
                [p.situationVi, p.situationEn, p.trigger, ...p.steps, p.resources ?? "", p.informOther ?? ""].join(" "),
                q,
              ),
          );
          if (!shown.length) return <EmptyState>{t("contingencies.noMatch")}</EmptyState>;
          const groups: { key: string; title: string; plans: Contingency[] }[] = [];
          for (const p of shown) {
            const key = p.sessionId ?? MEETING_WIDE;
            let g = groups.find((x) => x.key === key);
            if (!g) {
              const title = p.session
                ? t("contingencies.sessionGroup", {
                    name: `${lang === "en" ? p.session.titleEn : p.session.titleVi} — ${fmtDateTime(p.session.startsAt, { timeZone: meeting.timeZone })}`,
                  })
                : t("contingencies.meetingWide");
              g = { key, title, plans: [] };
              groups.push(g);
            }
            g.plans.push(p);
          }
          return (
            <Stack gap="lg">
              {groups.map((g) => (
                <Stack key={g.key} gap="sm" component="section" aria-labelledby={`plans-${g.key}`}>
                  <Title order={3} fz="h4" id={`plans-${g.key}`}>
                    {g.title}
                  </Title>
                  {g.plans.map((p) => (
                    <PlanCard key={p.id} plan={p} onEdit={(x) => setDialog({ plan: x })} onDelete={setDeleting} />
                  ))}
                </Stack>
              ))}
            </Stack>
          );
        }}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
        title={dialog?.plan ? t("contingencies.editOf", { name: nameOf(dialog.plan) }) : t("contingencies.add")}
      >
        {dialog && options.data && (
          <PlanForm
            key={dialog.plan?.id ?? "new"}
            meetingId={meeting.id}
            plan={dialog.plan}
            options={options.data}
            onDone={(m) => {
              setDialog(null);
              notify(m);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={deleting ? t("contingencies.deleteOf", { name: nameOf(deleting) }) : ""}
      >
        {deleting && (
          <Stack gap="sm">
            <Text size="sm">{t("contingencies.deleteConfirm", { name: nameOf(deleting) })}</Text>
            <ErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t("contingencies.cancel")}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: deleting.id, version: deleting.version },
                    {
                      onSuccess: () => {
                        notify(t("contingencies.deleted", { name: nameOf(deleting) }));
                        setDeleting(null);
                      },
                    },
                  )
                }
              >
                {t("contingencies.deleteYes")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
