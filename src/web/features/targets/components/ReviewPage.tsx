import { useState } from "react";
import { Navigate } from "react-router";
import { Button, Group, Modal, Paper, SegmentedControl, Stack, Text, Textarea, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { useMe } from "../../../lib/me";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { useReports } from "../api/reports";
import { useReviewReport } from "../api/reviewReport";
import type { Report, Scheme } from "../api/types";
import { targetsAccess } from "./access";
import { PeriodStatusBadge, useTargetNames } from "./labels";
import { useSchemeContext } from "./SchemeLayout";
import { FiguresTable, History } from "./Figures";
import { useFieldChecks } from "../../../components/fieldChecks";

type Shown = "submitted" | "returned" | "accepted";

function ReturnDialog({
  report,
  opened,
  onClose,
  onConfirm,
  pending,
  error,
}: {
  report: Report;
  opened: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const names = useTargetNames();
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState<string | undefined>();
  const check = useFieldChecks();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("targets.review.returnTitle", { agency: names.name(report.agency), period: report.period })}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // The app's own message, in the user's language, instead of the browser's English popup.
          const why = check.required(comment, t("targets.review.comment"));
          setMissing(why);
          if (!why) onConfirm(comment);
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t("targets.review.comment")}
            description={t("targets.review.commentHint")}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={missing}
            minRows={3}
            autosize
            required
            data-autofocus
            name="comment"
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={pending}>
              {t("targets.review.confirmReturn")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ReviewCard({ scheme, report }: { scheme: Scheme; report: Report }) {
  const { t, fmtDateTime, fmtDate } = useI18n();
  const names = useTargetNames();
  const notify = useNotify();
  const review = useReviewReport(scheme.id);
  const [returning, setReturning] = useState(false);
  const agency = names.name(report.agency);
  const titleId = `report-${report.id}`;
  // mutateAsync, not mutate's onSuccess: a reviewed report leaves the queue, which unmounts this card, and mutate's
  // callbacks are dropped once their component has unmounted — whether the notice was shown depended on which
  // refetch answered first. An error keeps the card and is shown from review.error.
  const act = (decision: "accept" | "return", comment?: string) =>
    void review
      .mutateAsync({ agency: report.agency.code, period: report.period, version: report.version, decision, comment })
      .then(
        () => {
          setReturning(false);
          notify(
            t(decision === "accept" ? "targets.review.acceptedMsg" : "targets.review.returnedMsg", {
              agency,
              period: report.period,
            }),
            decision === "accept" ? "green" : "orange",
          );
        },
        () => undefined,
      );
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={titleId}
      data-report={`${report.agency.code}-${report.period}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={3} fz="h5" id={titleId}>
              {t("targets.review.reportTitle", { agency, period: report.period })}
            </Title>
            {report.submittedAt && (
              <Text size="sm" c="dimmed">
                {t("targets.review.submittedBy", {
                  date: fmtDateTime(report.submittedAt),
                  name: report.submittedBy ?? "",
                })}
              </Text>
            )}
          </Stack>
          <PeriodStatusBadge status={report.status} />
        </Group>
        <FiguresTable report={report} indicators={scheme.indicators} />
        {report.note && (
          <Text size="sm">
            <strong>{t("targets.note")}:</strong> {report.note}
          </Text>
        )}
        {report.status === "returned" && report.returnComment && (
          <Text size="sm" fw={500}>
            {t("targets.review.returnedOn", { date: fmtDate(report.reviewedAt) })} “{report.returnComment}”
          </Text>
        )}
        <History report={report} />
        {!returning && <ErrorAlert error={review.error} />}
        {report.canReview && (
          <Group gap="sm">
            <Button onClick={() => act("accept")} loading={review.isPending && review.variables?.decision === "accept"}>
              {t("targets.review.accept")}
            </Button>
            <Button variant="default" onClick={() => setReturning(true)}>
              {t("targets.review.return")}
            </Button>
          </Group>
        )}
      </Stack>
      <ReturnDialog
        report={report}
        opened={returning}
        onClose={() => {
          setReturning(false);
          review.reset();
        }}
        onConfirm={(comment) => act("return", comment)}
        pending={review.isPending}
        error={review.error}
      />
    </Paper>
  );
}

/** The ICD's review queue: submitted reports oldest first, with accept and return-with-comment. */
export function ReviewPage() {
  const scheme = useSchemeContext();
  const access = targetsAccess(useMe());
  if (!access.reviewer) return <Navigate to={`/targets/${scheme.id}/reports`} replace />;
  return <Queue scheme={scheme} />;
}

function Queue({ scheme }: { scheme: Scheme }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown>("submitted");
  const reports = useReports(scheme.id, { status: shown });
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} fz="h3">
          {t(`targets.review.title.${shown}`)}
        </Title>
        <SegmentedControl
          aria-label={t("targets.review.show")}
          value={shown}
          onChange={(v) => setShown(v === "returned" || v === "accepted" ? v : "submitted")}
          data={(["submitted", "returned", "accepted"] as const).map((s) => ({
            value: s,
            label: t(`targets.periodStatus.${s}`),
          }))}
        />
      </Group>
      <QueryState query={reports} isEmpty={(d) => d.length === 0} empty={t(`targets.review.empty.${shown}`)}>
        {(list) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed" role="status">
              {t("targets.review.count", { n: list.length })}
            </Text>
            {list.map((r) => (
              <ReviewCard key={r.id} scheme={scheme} report={r} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
