import { useState } from "react";
import { Navigate } from "react-router";
import {
  Box,
  Button,
  Group,
  Modal,
  Pagination,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { useReportsPage } from "../api/reports";
import { useReviewReport } from "../api/reviewReport";
import { useReopenReport } from "../api/reopenReport";
import { useSetYearLock, useYearLocks } from "../api/yearLocks";
import type { Report, Scheme } from "../api/types";
import { targetsAccess } from "./access";
import { PeriodStatusBadge, useTargetNames } from "./labels";
import { useSchemeContext } from "./SchemeLayout";
import { FiguresTable, History } from "./Figures";
import { useCheckedForm } from "../../../components/useCheckedForm";

type Shown = "submitted" | "returned" | "accepted";

function ReturnDialog({
  report,
  opened,
  onClose,
  onConfirm,
  pending,
  error,
  mode = "return",
}: {
  report: Report;
  opened: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
  pending: boolean;
  error: unknown;
  mode?: "return" | "reopen";
}) {
  const { t } = useI18n();
  const names = useTargetNames();
  const reopen = mode === "reopen";
  // The app's own message, in the user's language, instead of the browser's English popup.
  const form = useCheckedForm({
    initialValues: { comment: "" },
    required: { comment: t(reopen ? "targets.review.reopenReason" : "targets.review.comment") },
  });
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened={opened}
      onClose={onClose}
      title={t(reopen ? "targets.review.reopenTitle" : "targets.review.returnTitle", {
        agency: names.name(report.agency),
        period: report.period,
      })}
    >
      <form noValidate onSubmit={form.onSubmit((v) => onConfirm(v.comment))}>
        <Stack gap="sm">
          <Textarea
            label={t(reopen ? "targets.review.reopenReason" : "targets.review.comment")}
            description={t(reopen ? "targets.review.reopenHint" : "targets.review.commentHint")}
            {...form.getInputProps("comment")}
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
              {t(reopen ? "targets.review.confirmReopen" : "targets.review.confirmReturn")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Accepting locks the agency's year: the officer confirms it, seeing whose report and which year. */
function AcceptDialog({
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
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const names = useTargetNames();
  const agency = names.name(report.agency);
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened={opened}
      onClose={onClose}
      title={t("targets.review.acceptTitle", { agency, period: report.period })}
    >
      <Stack gap="sm">
        <Text size="sm">{t("targets.review.acceptConfirmText", { agency, period: report.period })}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t("common.cancel")}
          </Button>
          <Button onClick={onConfirm} loading={pending}>
            {t("targets.review.confirmAccept")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReviewCard({ scheme, report }: { scheme: Scheme; report: Report }) {
  const { t, fmtDateTime, fmtDate } = useI18n();
  const names = useTargetNames();
  const notify = useNotify();
  const review = useReviewReport(scheme.id);
  const reopen = useReopenReport(scheme.id);
  const [returning, setReturning] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const [reopening, setReopening] = useState(false);
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
          setAccepting(false);
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
  const doReopen = (reason: string) =>
    void reopen
      .mutateAsync({ agency: report.agency.code, period: report.period, version: report.version, reason })
      .then(
        () => {
          setReopening(false);
          notify(t("targets.review.reopenedMsg", { agency, period: report.period }), "orange");
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
        {report.yearLock && (
          <Text size="sm" c="dimmed">
            {t("targets.review.yearLocked", { period: report.period, by: report.yearLock.lockedBy })}
          </Text>
        )}
        {!returning && !accepting && <ErrorAlert error={review.error} />}
        {report.permissions.review && (
          <Group gap="sm">
            <Button onClick={() => setAccepting(true)}>{t("targets.review.accept")}</Button>
            <Button variant="default" onClick={() => setReturning(true)}>
              {t("targets.review.return")}
            </Button>
          </Group>
        )}
        {report.permissions.reopen && (
          <Group gap="sm">
            <Button variant="default" onClick={() => setReopening(true)}>
              {t("targets.review.reopen")}
            </Button>
          </Group>
        )}
      </Stack>
      <AcceptDialog
        report={report}
        opened={accepting}
        onClose={() => {
          setAccepting(false);
          review.reset();
        }}
        onConfirm={() => act("accept")}
        pending={review.isPending}
        error={review.error}
      />
      <ReturnDialog
        mode="reopen"
        report={report}
        opened={reopening}
        onClose={() => {
          setReopening(false);
          reopen.reset();
        }}
        onConfirm={doReopen}
        pending={reopen.isPending}
        error={reopen.error}
      />
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
  const access = targetsAccess(scheme);
  if (!access.reviewer) return <Navigate to={`/targets/${scheme.id}/reports`} replace />;
  return <Queue scheme={scheme} />;
}

const PAGE = 20;

/** Lock or unlock a whole reporting year of the scheme (no report of it is then sent, reviewed or reopened). */
function YearLocks({ scheme }: { scheme: Scheme }) {
  const { t, fmtDate } = useI18n();
  const notify = useNotify();
  const locks = useYearLocks(scheme.id);
  const set = useSetYearLock(scheme.id);
  const years: number[] = [];
  for (let y = scheme.endYear; y >= scheme.startYear; y--) years.push(y);
  const form = useCheckedForm({
    initialValues: { year: String(years[0] ?? scheme.endYear), reason: "" },
    limits: { reason: 1000 },
  });
  const { year, reason } = form.values;
  const [confirming, setConfirming] = useState(false);
  const list = locks.data ?? [];
  const lock = list.find((l) => l.period === Number(year));
  const run = () =>
    void set.mutateAsync({ period: Number(year), locked: !lock, reason }).then(
      () => {
        setConfirming(false);
        form.setFieldValue("reason", "");
        notify(t(lock ? "targets.locks.unlockedMsg" : "targets.locks.lockedMsg", { period: year }));
      },
      () => undefined,
    );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="year-locks-title">
      <Stack gap="sm">
        <Title order={3} fz="h5" id="year-locks-title">
          {t("targets.locks.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {list.length
            ? t("targets.locks.current", { years: list.map((l) => l.period).join(", ") })
            : t("targets.locks.none")}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t("targets.locks.year")}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={year}
            onChange={(v) => v && form.setFieldValue("year", v)}
            allowDeselect={false}
            style={{ flex: "0 1 10rem" }}
            name="lock-year"
          />
          {!lock && (
            <Textarea
              label={t("targets.locks.reason")}
              description={t("common.optional")}
              {...form.getInputProps("reason")}
              autosize
              minRows={1}
              style={{ flex: "1 1 16rem" }}
              name="lock-reason"
            />
          )}
          <Button
            variant={lock ? "default" : "filled"}
            color={lock ? undefined : "red"}
            onClick={() => form.onSubmit(() => setConfirming(true))()}
          >
            {t(lock ? "targets.locks.unlock" : "targets.locks.lock", { period: year })}
          </Button>
        </Group>
        {lock && (
          <Text size="sm">
            {t("targets.locks.lockedBy", { period: lock.period, date: fmtDate(lock.lockedAt), by: lock.lockedBy })}
            {lock.reason ? ` — ${lock.reason}` : ""}
          </Text>
        )}
        {!confirming && <ErrorAlert error={set.error} />}
      </Stack>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={confirming}
        onClose={() => {
          setConfirming(false);
          set.reset();
        }}
        title={t(lock ? "targets.locks.unlock" : "targets.locks.lock", { period: year })}
      >
        <Stack gap="sm">
          <Text size="sm">{t(lock ? "targets.locks.unlockText" : "targets.locks.lockText", { period: year })}</Text>
          <ErrorAlert error={set.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t("common.cancel")}
            </Button>
            <Button color={lock ? undefined : "red"} onClick={run} loading={set.isPending}>
              {t(lock ? "targets.locks.unlock" : "targets.locks.lock", { period: year })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function Queue({ scheme }: { scheme: Scheme }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown>("submitted");
  const [page, setPage] = useState(1);
  const reports = useReportsPage(scheme.id, { status: shown }, (page - 1) * PAGE, PAGE);
  const pages = Math.ceil((reports.data?.total ?? 0) / PAGE);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} fz="h3">
          {t(`targets.review.title.${shown}`)}
        </Title>
        <SegmentedControl
          aria-label={t("targets.review.show")}
          value={shown}
          onChange={(v) => {
            setShown(v === "returned" || v === "accepted" ? v : "submitted");
            setPage(1);
          }}
          data={(["submitted", "returned", "accepted"] as const).map((s) => ({
            value: s,
            label: t(`targets.periodStatus.${s}`),
          }))}
        />
      </Group>
      <QueryState query={reports} isEmpty={(d) => d.total === 0} empty={t(`targets.review.empty.${shown}`)}>
        {({ rows, total }) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed" role="status">
              {total > rows.length
                ? t("targets.review.countPage", {
                    from: (page - 1) * PAGE + 1,
                    to: (page - 1) * PAGE + rows.length,
                    total,
                  })
                : t("targets.review.count", { n: total })}
            </Text>
            {rows.map((r) => (
              <ReviewCard key={r.id} scheme={scheme} report={r} />
            ))}
            {pages > 1 && (
              <Box component="nav" aria-label={t("targets.review.pages")}>
                <Pagination
                  total={pages}
                  value={page}
                  onChange={setPage}
                  getItemProps={(p) => ({ "aria-label": t("targets.review.pageN", { n: p }) })}
                  getControlProps={(control) =>
                    control === "previous"
                      ? { "aria-label": t("targets.review.pagePrev") }
                      : control === "next"
                        ? { "aria-label": t("targets.review.pageNext") }
                        : {}
                  }
                />
              </Box>
            )}
          </Stack>
        )}
      </QueryState>
      <YearLocks scheme={scheme} />
    </Stack>
  );
}
