import { Alert, Button, Group, NumberInput, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { isApiError } from "../../../lib/api";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { DateField } from "../../../components/DateField";
import { expectedPercent } from "../../../../shared/targets";
import { useSaveReport } from "../api/saveReport";
import type { CarryOver, FigureInput, FigureIssue, Indicator, Report, Scheme } from "../api/types";
import { PeriodStatusBadge, usePercent, useTargetNames } from "./labels";
import { History } from "./Figures";
import { useCheckedForm } from "../../../components/useCheckedForm";

type Num = number | string;
interface FieldState {
  numerator: Num;
  denominator: Num;
  achieved: "yes" | "no" | "";
  /** ISO, "" when not given, null while the typed text is not a real day (the form is not sent then). */
  achievedOn: string | null;
}

function initialState(
  indicators: Indicator[],
  report: Report | null,
  carry: CarryOver | null,
): Record<string, FieldState> {
  const out: Record<string, FieldState> = {};
  for (const ind of indicators) {
    const v = report?.values.find((x) => x.indicatorId === ind.id);
    // A report not started yet begins with what carries over from last year (totals, a yes already given).
    const c = report ? undefined : carry?.values.find((x) => x.indicatorId === ind.id);
    out[ind.id] = {
      numerator: v?.numerator ?? "",
      denominator: v?.denominator ?? c?.denominator ?? "",
      achieved: v?.achieved != null ? (v.achieved ? "yes" : "no") : c?.achieved ? "yes" : "",
      achievedOn: v?.achievedOn ?? c?.achievedOn ?? "",
    };
  }
  return out;
}

/** The fields pre-filled from last year and not changed since: marked so the agency checks them. */
function carriedFields(report: Report | null, carry: CarryOver | null): Map<string, "denominator" | "achieved"> {
  const out = new Map<string, "denominator" | "achieved">();
  if (report || !carry?.fromPeriod) return out;
  for (const c of carry.values) out.set(c.indicatorId, c.denominator !== null ? "denominator" : "achieved");
  return out;
}

const asNumber = (x: Num): number | null => (x === "" || x === "-" ? null : typeof x === "number" ? x : Number(x));

function StatusNotice({ report, period }: { report: Report | null; period: number }) {
  const { t, fmtDate } = useI18n();
  if (!report)
    return (
      <Alert color="gray" variant="light">
        {t("targets.form.status.missing", { year: period })}
      </Alert>
    );
  switch (report.status) {
    case "draft":
      return (
        <Alert color="gray" variant="light">
          {t("targets.form.status.draft")}
        </Alert>
      );
    case "submitted":
      return (
        <Alert color="blue" variant="light">
          {t("targets.form.status.submitted", { date: fmtDate(report.submittedAt) })}
        </Alert>
      );
    case "returned":
      return (
        <Alert
          color="orange"
          variant="light"
          title={t("targets.form.status.returned", { date: fmtDate(report.reviewedAt) })}
        >
          <Text size="sm" data-testid="return-comment">
            {report.returnComment}
          </Text>
        </Alert>
      );
    case "accepted":
      return (
        <Alert color="green" variant="light">
          {t("targets.form.status.accepted", { date: fmtDate(report.reviewedAt) })}
        </Alert>
      );
  }
}

/**
 * An agency's figures for one year. Editable while a draft or returned; the server refuses impossible figures and
 * names each field, and those messages are shown at the fields they concern.
 */
export function ReportForm({
  scheme,
  agencyCode,
  agencyName,
  period,
  report,
  editable,
  carry = null,
}: {
  scheme: Scheme;
  agencyCode: string;
  agencyName: string;
  period: number;
  report: Report | null;
  editable: boolean;
  /** Last accepted year's figures that carry over, for a report not started yet. */
  carry?: CarryOver | null;
}) {
  const { t, fmtDate } = useI18n();
  const names = useTargetNames();
  const pct = usePercent();
  const notify = useNotify();
  const save = useSaveReport(scheme.id);
  // Marked until the agency changes the field: "carried over from {year}" (a changed field is touched in the form).
  const carriedFrom = carriedFields(report, carry);
  const canWrite = editable && (!report || report.permissions.edit);
  const titleId = `report-form-${period}`;
  const form = useCheckedForm({
    initialValues: { fields: initialState(scheme.indicators, report, carry), note: report?.note ?? "" },
    limits: { note: 2000 },
    // A day typed that is not a real day: the form is not sent while there is one.
    rules: (v) =>
      Object.fromEntries(
        scheme.indicators
          .filter((ind) => ind.kind === "boolean" && v.fields[ind.id]!.achieved === "yes")
          .filter((ind) => v.fields[ind.id]!.achievedOn === null)
          .map((ind) => [`fields.${ind.id}.achievedOn`, t("common.date.invalid")]),
      ),
  });
  const fields = form.values.fields;
  const path = (id: string, field: keyof FieldState) => `fields.${id}.${field}`;
  const carried = new Map([...carriedFrom].filter(([id, field]) => !form.isTouched(path(id, field))));

  const set = (id: string, patch: Partial<FieldState>) => {
    for (const [k, v] of Object.entries(patch)) form.setFieldValue(path(id, k as keyof FieldState), v);
  };
  const issueOf = (id: string, field: FigureIssue["field"]) => {
    const e = form.errors[path(id, field)];
    return typeof e === "string" && e ? e : undefined;
  };

  const values = (v: typeof form.values): FigureInput[] =>
    scheme.indicators.map((ind) => {
      const f = v.fields[ind.id]!;
      if (ind.kind === "boolean") {
        return {
          indicatorId: ind.id,
          achieved: f.achieved === "" ? null : f.achieved === "yes",
          achievedOn: f.achieved === "yes" && f.achievedOn ? f.achievedOn : null,
        };
      }
      return { indicatorId: ind.id, numerator: asNumber(f.numerator), denominator: asNumber(f.denominator) };
    });

  /** The server's messages, each at the field it names. */
  const showIssues = (list: FigureIssue[]) => {
    const errors: Record<string, string> = {};
    for (const i of list) {
      const k = path(i.indicatorId, i.field);
      errors[k] = errors[k] ? `${errors[k]} ${i.message}` : i.message;
    }
    form.setErrors(errors);
  };

  const run = (submit: boolean) =>
    form.onSubmit((v) => {
      // mutateAsync, not mutate's callbacks: a saved report comes back with a new version, which remounts this form
      // (it is keyed by the version), and mutate's callbacks are dropped once their component has unmounted — whether
      // the notice was shown depended on which refetch answered first.
      void save
        .mutateAsync({
          agency: agencyCode,
          period,
          version: report?.version ?? 0,
          values: values(v),
          note: v.note.trim() || null,
          submit,
        })
        .then(
          () => {
            form.clearErrors();
            notify(submit ? t("targets.form.submittedMsg", { year: period }) : t("targets.form.savedMsg"));
          },
          (e: unknown) => {
            showIssues(
              isApiError(e, "FIGURES_INVALID") && Array.isArray(e.details) ? (e.details as FigureIssue[]) : [],
            );
          },
        );
    });

  const expectedOn = (ind: Indicator) => expectedPercent(ind, `${period}-12-31`);
  const carriedNote = (id: string, field: "denominator" | "achieved") =>
    carried.get(id) === field && carry?.fromPeriod ? t("targets.form.carried", { year: carry.fromPeriod }) : undefined;

  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={titleId}>
      <form onSubmit={run(true)} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Title order={2} fz="h3" id={titleId}>
              {t("targets.form.title", { agency: agencyName, year: period })}
            </Title>
            <PeriodStatusBadge status={report?.status ?? "missing"} />
          </Group>
          <StatusNotice report={report} period={period} />
          {carried.size > 0 && carry?.fromPeriod && (
            <Alert color="blue" variant="light" data-testid="carried-notice">
              {t("targets.form.carriedNotice", { year: carry.fromPeriod })}
            </Alert>
          )}
          {report?.yearLock && (
            <Alert color="gray" variant="light">
              {t("targets.form.yearLocked", { year: period, by: report.yearLock.lockedBy })}
            </Alert>
          )}

          {scheme.indicators.map((ind) => {
            const f = fields[ind.id]!;
            const n = asNumber(f.numerator);
            const d = asNumber(f.denominator);
            const share = n !== null && d ? (100 * n) / d : null;
            return (
              <Stack
                key={ind.id}
                gap="xs"
                component="fieldset"
                style={{ border: 0, padding: 0, margin: 0 }}
                data-indicator={ind.code}
              >
                <Text component="legend" fw={600} size="sm" mb={4}>
                  ({ind.code}) {names.title(ind)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("targets.indicator.target", { target: pct(ind.targetPercent), deadline: fmtDate(ind.deadline) })}
                  {" · "}
                  {t("targets.form.path", { year: period, expected: pct(expectedOn(ind)) })}
                </Text>
                {ind.kind === "boolean" ? (
                  <Group align="flex-start" gap="lg" wrap="wrap">
                    <Radio.Group
                      label={names.numerator(ind)}
                      description={carriedNote(ind.id, "achieved")}
                      data-carried={carried.get(ind.id) === "achieved" || undefined}
                      value={f.achieved}
                      onChange={(v) =>
                        set(
                          ind.id,
                          v === "no" ? { achieved: "no", achievedOn: "" } : { achieved: v === "yes" ? "yes" : "" },
                        )
                      }
                      error={issueOf(ind.id, "achieved")}
                      name={`achieved-${ind.code}`}
                    >
                      <Group gap="md" mt={6}>
                        <Radio value="yes" label={t("common.yes")} disabled={!canWrite} />
                        <Radio value="no" label={t("common.no")} disabled={!canWrite} />
                      </Group>
                    </Radio.Group>
                    {f.achieved === "yes" && (
                      <DateField
                        label={t("targets.form.achievedOn")}
                        value={f.achievedOn}
                        onChange={(v) => set(ind.id, { achievedOn: v })}
                        error={issueOf(ind.id, "achievedOn")}
                        readOnly={!canWrite}
                        name={`achievedOn-${ind.code}`}
                        style={{ flex: "0 1 14rem" }}
                      />
                    )}
                  </Group>
                ) : (
                  <Group align="flex-start" gap="md" wrap="wrap">
                    <NumberInput
                      label={names.numerator(ind)}
                      value={f.numerator}
                      onChange={(v) => set(ind.id, { numerator: v })}
                      error={issueOf(ind.id, "numerator")}
                      readOnly={!canWrite}
                      allowDecimal={false}
                      allowNegative={false}
                      thousandSeparator={t("targets.form.thousands")}
                      decimalSeparator={t("targets.form.decimal")}
                      hideControls
                      name={`numerator-${ind.code}`}
                      style={{ flex: "1 1 16rem" }}
                    />
                    <NumberInput
                      label={names.denominator(ind)}
                      description={carriedNote(ind.id, "denominator")}
                      data-carried={carried.get(ind.id) === "denominator" || undefined}
                      value={f.denominator}
                      onChange={(v) => set(ind.id, { denominator: v })}
                      error={issueOf(ind.id, "denominator")}
                      readOnly={!canWrite}
                      allowDecimal={false}
                      allowNegative={false}
                      thousandSeparator={t("targets.form.thousands")}
                      decimalSeparator={t("targets.form.decimal")}
                      hideControls
                      name={`denominator-${ind.code}`}
                      style={{ flex: "1 1 12rem" }}
                    />
                    <Stack gap={0} pt={28} style={{ flex: "0 0 auto" }}>
                      <Text
                        size="sm"
                        fw={600}
                        c={share !== null && share + 1e-9 < expectedOn(ind) ? "red.9" : undefined}
                        aria-live="polite"
                      >
                        {t("targets.form.share", { percent: pct(share === null ? null : Math.round(share * 10) / 10) })}
                      </Text>
                    </Stack>
                  </Group>
                )}
              </Stack>
            );
          })}

          <Textarea
            label={t("targets.note")}
            description={t("common.optional")}
            {...form.getInputProps("note")}
            readOnly={!canWrite}
            autosize
            minRows={2}
            name="note"
          />
          <ErrorAlert error={save.error} id="report-error" />
          {canWrite && (
            <Group gap="sm">
              <Button type="submit" loading={save.isPending && save.variables?.submit === true}>
                {t("targets.form.submit")}
              </Button>
              <Button
                variant="default"
                onClick={() => run(false)()}
                loading={save.isPending && save.variables?.submit === false}
              >
                {t("targets.form.saveDraft")}
              </Button>
            </Group>
          )}
          {report && report.events.length > 0 && (
            <Stack gap={4}>
              <Title order={3} fz="h6">
                {t("targets.form.history")}
              </Title>
              <History report={report} />
            </Stack>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
