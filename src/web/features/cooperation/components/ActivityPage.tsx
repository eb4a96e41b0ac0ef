import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { Page } from "../../../components/Page";
import { ErrorAlert, errorText } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { orNull, useCheckedForm } from "../../../components/useCheckedForm";
import { todayInHanoi } from "../../../../shared/dates";
import {
  downloadAttachment,
  downloadDecision,
  downloadSubmission,
  useActivity,
  useAttach,
  useDecide,
  useReportResults,
  useRouteLog,
  useSubmitActivity,
} from "../api/activity";
import { attachmentKinds, type Activity, type AttachmentKind, type StepDecision } from "../api/types";
import { Flags, StatusBadge, useDates, useNames } from "./labels";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: "pre-line" }}>
        {children || "—"}
      </Text>
    </Stack>
  );
}

function Facts({ a }: { a: Activity }) {
  const { t, fmtNumber } = useI18n();
  const names = useNames();
  const dates = useDates();
  const d = a.details;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-facts">
      <Stack gap="sm">
        <Title order={2} size="h4" id="coop-facts">
          {t("cooperation.activity.facts")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Fact label={t("cooperation.activity.code")}>{a.code}</Fact>
          <Fact label={t("cooperation.activity.kind")}>{t(`cooperation.kind.${a.kind}`)}</Fact>
          <Fact label={t("cooperation.activity.unit")}>{names.unit(a.unit)}</Fact>
          <Fact label={t("cooperation.activity.dates")}>{dates(a.startDate, a.endDate)}</Fact>
          <Fact label={t("cooperation.activity.place")}>
            {[a.place, t(`cooperation.mode.${a.mode}`)].filter(Boolean).join(" · ")}
          </Fact>
          <Fact label={t("cooperation.activity.countries")}>{names.countries(a.countries)}</Fact>
          <Fact label={t("cooperation.activity.partners")}>{a.partners.map(names.partner).join("\n")}</Fact>
          <Fact label={t("cooperation.activity.leader")}>
            {[a.leaderName, a.leaderRank && t(`cooperation.rank.${a.leaderRank}`)].filter(Boolean).join(", ")}
          </Fact>
          <Fact label={t("cooperation.activity.funding")}>
            {[
              a.fundingSource && t(`cooperation.funding.${a.fundingSource}`),
              a.fundingEstimate !== null && `${fmtNumber(a.fundingEstimate)} đ`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Fact>
          {d.foreignParticipants != null && (
            <Fact label={t("cooperation.form.foreignParticipants")}>{fmtNumber(d.foreignParticipants)}</Fact>
          )}
          {d.totalParticipants != null && (
            <Fact label={t("cooperation.form.totalParticipants")}>{fmtNumber(d.totalParticipants)}</Fact>
          )}
          {d.agreementType && <Fact label={t("cooperation.form.agreementType")}>{d.agreementType}</Fact>}
          {d.counterpart && <Fact label={t("cooperation.form.counterpart")}>{d.counterpart}</Fact>}
          {d.donor && <Fact label={t("cooperation.form.donor")}>{d.donor}</Fact>}
          {d.projectCode && <Fact label={t("cooperation.form.projectCode")}>{d.projectCode}</Fact>}
          {d.durationMonths != null && <Fact label={t("cooperation.form.durationMonths")}>{d.durationMonths}</Fact>}
        </SimpleGrid>
        <Fact label={t("cooperation.activity.plan")}>
          {a.planItem ? (
            <Group gap={6}>
              {t("cooperation.activity.planItem", { title: names.title(a.planItem) })}
              {a.planItem.pmApproved && (
                <Badge size="sm" variant="light" tt="none">
                  {t("cooperation.badge.pmApproved")}
                </Badge>
              )}
            </Group>
          ) : (
            t("cooperation.activity.outOfPlan", { reason: a.outOfPlanReason ?? "—" })
          )}
        </Fact>
        {a.members.length > 0 && (
          <Fact label={t("cooperation.activity.members")}>
            <Stack gap={2} component="ol" style={{ margin: 0, paddingInlineStart: "1.2rem" }}>
              {a.members.map((m) => (
                <li key={m.id}>
                  {[
                    m.name,
                    m.position,
                    names.unit(m.unitNameVi ? { nameVi: m.unitNameVi, nameEn: m.unitNameEn ?? m.unitNameVi } : null),
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </li>
              ))}
            </Stack>
          </Fact>
        )}
        <Fact label={t("cooperation.activity.purpose")}>{a.purpose}</Fact>
        <Fact label={t("cooperation.activity.expectedResults")}>{a.expectedResults}</Fact>
      </Stack>
    </Paper>
  );
}

/** The route as a vertical stepper: which rule chose it and why, the current step, each step's decision. */
function RouteSection({ a }: { a: Activity }) {
  const { t, lang, fmtDate, fmtDateTime } = useI18n();
  const route = a.route;
  const log = useRouteLog(a.id, !!route);
  const rule = log.data?.rule;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-route">
      <Stack gap="sm">
        <Title order={2} size="h4" id="coop-route">
          {t("cooperation.activity.route")}
        </Title>
        {a.leadTime && (a.route || a.leadTime.short) && (
          <Alert
            color={a.leadTime.short ? "orange" : "green"}
            variant="light"
            data-testid="coop-leadtime"
            title={a.leadTime.short ? t("cooperation.badge.short") : undefined}
          >
            {t(a.leadTime.short ? "cooperation.activity.lead.short" : "cooperation.activity.lead.ok", {
              available: a.leadTime.available,
              required: a.leadTime.required,
            })}
          </Alert>
        )}
        {(a.status === "draft" || a.status === "returned") && a.leadTime?.latestSubmitDate && (
          <Text size="sm" fw={600} data-testid="coop-deadline">
            {t("cooperation.form.deadline", { date: fmtDate(a.leadTime.latestSubmitDate) })}
          </Text>
        )}
        {!route ? (
          <Text size="sm" c="dimmed">
            {t("cooperation.activity.routeNone")}
          </Text>
        ) : (
          <>
            <Text size="sm" data-testid="coop-rule">
              {t("cooperation.activity.rule", {
                rule: rule ? (lang === "en" ? rule.nameEn : rule.nameVi) : route.ruleId,
                version: route.ruleVersion,
              })}
            </Text>
            {rule && (
              <Text size="sm" c="dimmed">
                {t("cooperation.activity.why", { reason: lang === "en" ? rule.reasonEn : rule.reasonVi })}
              </Text>
            )}
            <Timeline
              active={route.current ?? (a.status === "approved" ? route.steps.length - 1 : -1)}
              bulletSize={22}
              lineWidth={2}
              component="ol"
              aria-label={t("cooperation.activity.route")}
              style={{ paddingInlineStart: 0 }}
            >
              {route.steps.map((s, i) => {
                const current = route.current === i;
                const color =
                  s.status === "approved"
                    ? "green"
                    : s.status === "returned"
                      ? "orange"
                      : s.status === "refused"
                        ? "red"
                        : current
                          ? "blue"
                          : "gray";
                return (
                  <Timeline.Item
                    key={`${s.step}-${i}`}
                    component="li"
                    color={color}
                    bullet={
                      <Text size="xs" fw={700} c="white">
                        {i + 1}
                      </Text>
                    }
                    title={
                      <Group gap={6}>
                        <Text size="sm" fw={600}>
                          {t(`cooperation.step.${s.step}`)}
                        </Text>
                        <Badge size="sm" variant={current ? "filled" : "light"} color={color} tt="none">
                          {current ? t("cooperation.activity.current") : t(`cooperation.stepStatus.${s.status}`)}
                        </Badge>
                      </Group>
                    }
                    data-step={s.step}
                    data-status={s.status}
                    aria-current={current ? "step" : undefined}
                  >
                    {(log.data
                      ? log.data.entries.filter((e) => e.idx === i)
                      : s.decision
                        ? [{ ...s, round: 1, decidedAt: s.decidedAt ?? "" }]
                        : []
                    ).map((e, k) => (
                      <Stack key={k} gap={0} mt={4} data-decision={e.decision}>
                        <Text size="xs" c="dimmed">
                          {t("cooperation.activity.decidedBy", {
                            decision: t(`cooperation.decision.${e.decision ?? "approve"}`),
                            name: e.decidedBy ?? "—",
                            date: fmtDateTime(e.decidedAt),
                          })}
                        </Text>
                        {e.documentNumber && (
                          <Text size="xs">
                            {t("cooperation.activity.documentNumber", { number: e.documentNumber })}
                          </Text>
                        )}
                        {e.comment && (
                          <Text size="xs" style={{ whiteSpace: "pre-line" }}>
                            {t("cooperation.activity.comment", { comment: e.comment })}
                          </Text>
                        )}
                      </Stack>
                    ))}
                  </Timeline.Item>
                );
              })}
            </Timeline>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The holder of the current step: approve, return (a comment needed) or refuse (asked to confirm). */
function DecisionPanel({ a }: { a: Activity }) {
  const { t } = useI18n();
  const notify = useNotify();
  const decide = useDecide(a.id);
  const step = a.route && a.route.current !== null ? a.route.steps[a.route.current]?.step : undefined;
  const numbered = step === "pm_permission";
  const intent = useRef<StepDecision>("approve");
  const [confirming, setConfirming] = useState(false);
  const commentLabel = t("cooperation.activity.commentLabel");
  const numberLabel = t("cooperation.activity.documentNumberLabel");
  const form = useCheckedForm({
    initialValues: { comment: "", documentNumber: "" },
    limits: { comment: 4000, documentNumber: 100 },
    rules: (v, check) => ({
      comment: intent.current !== "approve" && check.required(v.comment, commentLabel),
      documentNumber: numbered && intent.current === "approve" && check.required(v.documentNumber, numberLabel),
    }),
  });
  if (!step) return null;
  const send = (decision: StepDecision) =>
    decide.mutate(
      { decision, comment: orNull(form.values.comment), documentNumber: orNull(form.values.documentNumber) },
      {
        onSuccess: () => {
          notify(t("cooperation.activity.decided"));
          form.reset();
        },
      },
    );
  const attempt = (decision: StepDecision) => {
    intent.current = decision;
    const r = form.validate();
    if (r.hasErrors) return;
    if (decision === "refuse") setConfirming(true);
    else send(decision);
  };
  const approveLabel =
    step === "pm_permission"
      ? t("cooperation.activity.recordPm")
      : step === "personnel_decision"
        ? t("cooperation.activity.issueDecision")
        : t("cooperation.activity.approve");
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="coop-decide"
      bg="var(--mantine-color-blue-light)"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          attempt("approve");
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="coop-decide">
            {t("cooperation.activity.decide")}
          </Title>
          <Text size="sm">{t("cooperation.activity.decideStep", { step: t(`cooperation.step.${step}`) })}</Text>
          {numbered && <TextInput label={numberLabel} {...form.getInputProps("documentNumber")} required maw={320} />}
          {step === "personnel_decision" && (
            <Text size="sm" c="dimmed">
              {t("cooperation.activity.numberFromRegister")}
            </Text>
          )}
          <Textarea label={commentLabel} {...form.getInputProps("comment")} autosize minRows={2} />
          <ErrorAlert error={decide.error} />
          <Group gap="xs">
            <Button type="submit" loading={decide.isPending && decide.variables?.decision === "approve"}>
              {approveLabel}
            </Button>
            <Button
              variant="default"
              color="orange"
              onClick={() => attempt("return")}
              loading={decide.isPending && decide.variables?.decision === "return"}
            >
              {t("cooperation.activity.return")}
            </Button>
            <Button variant="subtle" color="red" onClick={() => attempt("refuse")}>
              {t("cooperation.activity.refuse")}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("cooperation.activity.refuse")}
        centered
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack gap="md">
          <Text size="sm">{t("cooperation.activity.refuseConfirm")}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirming(false);
                send("refuse");
              }}
            >
              {t("cooperation.activity.refuseYes")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function ResultsSection({ a }: { a: Activity }) {
  const { t, fmtDate } = useI18n();
  const notify = useNotify();
  const report = useReportResults(a.id);
  const label = t("cooperation.activity.resultsText");
  const form = useCheckedForm({
    initialValues: { results: a.results ?? "", followUp: a.followUp ?? "" },
    required: { results: label },
    limits: { results: 10000, followUp: 5000 },
  });
  const ended = !!a.endDate && a.endDate < todayInHanoi();
  if (a.status !== "approved" && !a.resultsReportedAt) return null;
  if (!ended && !a.resultsReportedAt && !a.permissions.reportResults) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-results">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h4" id="coop-results">
            {t("cooperation.activity.results")}
          </Title>
          {a.resultsOverdue && (
            <Badge color="red.9" tt="none">
              {t("cooperation.badge.overdue")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {a.resultsReportedAt
            ? t("cooperation.activity.resultsReported", { date: fmtDate(a.resultsReportedAt) })
            : a.resultsDueOn
              ? t("cooperation.activity.resultsDue", { date: fmtDate(a.resultsDueOn) })
              : t("cooperation.activity.resultsNotYet")}
        </Text>
        {a.permissions.reportResults ? (
          <form
            noValidate
            onSubmit={form.onSubmit((v) =>
              report.mutate(
                { results: v.results.trim(), followUp: orNull(v.followUp), version: a.version },
                { onSuccess: () => notify(t("cooperation.activity.resultsSaved")) },
              ),
            )}
          >
            <Stack gap="sm">
              <Textarea label={label} {...form.getInputProps("results")} required autosize minRows={3} />
              <Textarea
                label={t("cooperation.activity.followUp")}
                {...form.getInputProps("followUp")}
                autosize
                minRows={2}
              />
              <ErrorAlert error={report.error} />
              <Group>
                <Button type="submit" loading={report.isPending}>
                  {t("cooperation.activity.resultsSave")}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          a.results && (
            <Stack gap="xs">
              <Fact label={label}>{a.results}</Fact>
              <Fact label={t("cooperation.activity.followUp")}>{a.followUp}</Fact>
            </Stack>
          )
        )}
      </Stack>
    </Paper>
  );
}

function AttachmentsSection({ a }: { a: Activity }) {
  const { t, fmtDate } = useI18n();
  const notify = useNotify();
  const attach = useAttach(a.id);
  const [kind, setKind] = useState<AttachmentKind>("invitation");
  const [file, setFile] = useState<File | null>(null);
  const canAttach = a.permissions.edit || a.permissions.reportResults;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-attachments">
      <Stack gap="sm">
        <Title order={2} size="h4" id="coop-attachments">
          {t("cooperation.activity.attachments")}
        </Title>
        {a.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("cooperation.activity.noAttachments")}
          </Text>
        ) : (
          <Stack gap={4} component="ul" style={{ margin: 0, paddingInlineStart: "1.2rem" }}>
            {a.attachments.map((f) => (
              <li key={f.id}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() =>
                    void downloadAttachment(a, f.id, f.fileName).catch((e: unknown) =>
                      notify(errorText(e, t("common.error.unexpected")), "red"),
                    )
                  }
                >
                  {f.fileName}
                </Anchor>{" "}
                <Text span size="xs" c="dimmed">
                  {t(`cooperation.attachment.${f.kind}`)} · {fmtDate(f.createdAt)}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {canAttach && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t("cooperation.activity.attachKind")}
              data={attachmentKinds.map((k) => ({ value: k, label: t(`cooperation.attachment.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v)}
              allowDeselect={false}
              w={200}
            />
            <FileInput
              label={t("cooperation.activity.attachFile")}
              value={file}
              onChange={setFile}
              clearable
              clearButtonProps={{ "aria-label": t("cooperation.activity.attachClear") }}
              style={{ flex: "1 1 14rem" }}
            />
            <Button
              variant="default"
              disabled={!file}
              loading={attach.isPending}
              onClick={() =>
                file &&
                attach.mutate(
                  { kind, file },
                  {
                    onSuccess: () => {
                      notify(t("cooperation.activity.attached", { name: file.name }));
                      setFile(null);
                    },
                  },
                )
              }
            >
              {t("cooperation.activity.attach")}
            </Button>
          </Group>
        )}
        <ErrorAlert error={attach.error} />
      </Stack>
    </Paper>
  );
}

function Documents({ a }: { a: Activity }) {
  const { t } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  if (!a.permissions.downloadDocuments || !a.route) return null;
  const decisionIssued = a.route.steps.some((s) => s.step === "personnel_decision" && s.status === "approved");
  const submissionIssued = a.route.steps.some((s) => s.step === "icd_review" && s.status === "approved");
  if (!submissionIssued && !decisionIssued) return null;
  const get = (which: string, fn: () => Promise<void>) => {
    setBusy(which);
    fn()
      .catch((e: unknown) => notify(errorText(e, t("common.error.unexpected")), "red"))
      .finally(() => setBusy(null));
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coop-docs">
      <Stack gap="sm">
        <Title order={2} size="h4" id="coop-docs">
          {t("cooperation.activity.documents")}
        </Title>
        <Group gap="xs">
          {submissionIssued && (
            <Button
              variant="default"
              loading={busy === "s"}
              onClick={() => get("s", () => downloadSubmission(a))}
              data-testid="coop-doc-submission"
            >
              {t("cooperation.activity.submission")}
            </Button>
          )}
          {decisionIssued && (
            <Button
              variant="default"
              loading={busy === "d"}
              onClick={() => get("d", () => downloadDecision(a))}
              data-testid="coop-doc-decision"
            >
              {t("cooperation.activity.decisionDoc")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function ActivityView({ a }: { a: Activity }) {
  const { t } = useI18n();
  const names = useNames();
  const notify = useNotify();
  const submit = useSubmitActivity(a.id);
  return (
    <Page
      title={names.title(a)}
      before={
        <Anchor component={Link} to="/cooperation" size="sm">
          ← {t("cooperation.activity.back")}
        </Anchor>
      }
      description={
        <Group gap="xs">
          <StatusBadge status={a.status} />
          <Text size="sm" c="dimmed">
            {a.code} · {t(`cooperation.kind.${a.kind}`)} · {names.unit(a.unit)}
          </Text>
          <Flags a={a} />
        </Group>
      }
      actions={
        <>
          {a.permissions.edit && (
            <Button variant="default" component={Link} to={`/cooperation/activities/${a.id}/edit`}>
              {t("cooperation.activity.edit")}
            </Button>
          )}
          {a.permissions.submit && (
            <Button
              loading={submit.isPending}
              onClick={() =>
                submit.mutate(a.version, {
                  onSuccess: (next) => {
                    const cur = next.route && next.route.current !== null ? next.route.steps[next.route.current] : null;
                    notify(
                      t("cooperation.activity.submitted", { step: cur ? t(`cooperation.step.${cur.step}`) : "—" }),
                    );
                  },
                })
              }
            >
              {a.status === "returned" ? t("cooperation.activity.resubmit") : t("cooperation.activity.submit")}
            </Button>
          )}
        </>
      }
    >
      <ErrorAlert error={submit.error} />
      {a.permissions.decide && <DecisionPanel a={a} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: "start" }}>
        <Stack gap="lg">
          <Facts a={a} />
          <AttachmentsSection a={a} />
        </Stack>
        <Stack gap="lg">
          <RouteSection a={a} />
          <Documents a={a} />
          <ResultsSection a={a} />
        </Stack>
      </SimpleGrid>
    </Page>
  );
}

/** One activity: its facts, route, lead time, documents, results and attachments, and what the caller may do. */
export function ActivityPage() {
  const { id = "" } = useParams();
  const activity = useActivity(id);
  return <QueryState query={activity}>{(a) => <ActivityView a={a} />}</QueryState>;
}
