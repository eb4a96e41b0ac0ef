import { useState } from "react";

import { useSearchParamsUpdate } from "../../../lib/searchParams";
import { Badge, Button, Group, Loader, Paper, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useNotify } from "../../../lib/notify";
import { useI18n } from "../../../lib/i18n";
import { ErrorState, Loading } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { useReview } from "../api/review";
import { useExportReview } from "../api/exportReview";
import type { PlanStatus, Review, Workplan } from "../api/types";
import { ScrollTable, StatusBadge, isIsoDate, judgementColor, todayIso, useNames } from "./labels";
import { usePlan } from "./WorkplanLayout";
import { SnapshotsSection } from "./SnapshotsSection";

/** Meeting reports list the most advanced status first (seed 001: completed, ongoing, planned). */
const displayOrder: PlanStatus[] = ["completed", "ongoing", "planned", "cancelled"];

function CountsTable({ review }: { review: Review }) {
  const { t, fmtDate } = useI18n();
  const rows = displayOrder.map((s) => review.byStatus.find((b) => b.status === s)!);
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="sm" data-testid="review-table" captionSide="top">
        <Table.Caption style={{ textAlign: "left" }}>
          {t("workplans.review.tableCaption", { date: fmtDate(review.asOf) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("workplans.review.col.status")}</Table.Th>
            <Table.Th ta="right">{t("workplans.review.col.count")}</Table.Th>
            <Table.Th ta="right">{t("workplans.review.col.share")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.status} data-status={r.status}>
              <Table.Th scope="row" fw={400}>
                <StatusBadge status={r.status} />
              </Table.Th>
              <Table.Td ta="right" data-cell="count">
                {r.count}
              </Table.Td>
              <Table.Td ta="right" data-cell="percent" fw={600}>
                {r.percent}%
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr data-status="total">
            <Table.Th scope="row">{t("workplans.review.total")}</Table.Th>
            <Table.Td ta="right" fw={700} data-cell="count">
              {review.total}
            </Table.Td>
            <Table.Td ta="right" fw={700} data-cell="percent">
              {review.total ? 100 : 0}%
            </Table.Td>
          </Table.Tr>
          <Table.Tr data-status="completedOrOngoing">
            <Table.Th scope="row" fw={400}>
              {t("workplans.review.completedOrOngoing")}
            </Table.Th>
            <Table.Td ta="right" data-cell="count">
              {review.completedOrOngoing.count}
            </Table.Td>
            <Table.Td ta="right" fw={600} data-cell="percent">
              {review.completedOrOngoing.percent}%
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Judgement({ review }: { review: Review }) {
  const { t, fmtNumber } = useI18n();
  const o = review.onTrack;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="judgement-title">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={3} fz="h5" id="judgement-title">
            {t("workplans.review.judgement")}
          </Title>
          <Badge color={judgementColor[o.judgement]} variant="light" size="lg" tt="none" data-testid="judgement">
            {t(`workplans.review.judgement.${o.judgement}`)}
          </Badge>
        </Group>
        {review.total > 0 && o.judgement !== "not_started" && (
          <Text size="sm">
            {t("workplans.review.judgementDetail", {
              done: fmtNumber(o.completedOrOngoingShare),
              elapsed: fmtNumber(o.elapsedShare),
            })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t("workplans.review.rule", { margin: o.marginPoints })}
        </Text>
        <Text size="xs" c="dimmed">
          {t("workplans.review.rounding")}
        </Text>
      </Stack>
    </Paper>
  );
}

function ExportButtons({ plan, asOf }: { plan: Workplan; asOf: string }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const [docLang, setDocLang] = useState<"vi" | "en">(lang);
  const exp = useExportReview(plan.id);
  const run = (format: "docx" | "xlsx") =>
    exp.mutate(
      { format, asOf, lang: docLang },
      {
        onError: (e) => notify(e.message, "red", t("workplans.review.exportFailed")),
      },
    );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="doc-lang-label">
          {t("workplans.review.exportLang")}
        </Text>
        <SegmentedControl
          aria-labelledby="doc-lang-label"
          value={docLang}
          onChange={(v) => setDocLang(v === "en" ? "en" : "vi")}
          data={[
            { value: "vi", label: t("common.language.vi") },
            { value: "en", label: t("common.language.en") },
          ]}
        />
      </Stack>
      <Button
        onClick={() => run("docx")}
        loading={exp.isPending && exp.variables?.format === "docx"}
        data-testid="export-docx"
      >
        {t("workplans.review.exportWord")}
      </Button>
      <Button variant="default" onClick={() => run("xlsx")} loading={exp.isPending && exp.variables?.format === "xlsx"}>
        {t("workplans.review.exportExcel")}
      </Button>
    </Group>
  );
}

function ActivitiesAsOf({ plan, review }: { plan: Workplan; review: Review }) {
  const { t, fmtDate } = useI18n();
  const names = useNames(plan.members);
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="sm">
      <div>
        <Button
          variant="subtle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="review-activities"
        >
          {open
            ? t("workplans.review.hideActivities")
            : t("workplans.review.showActivities", { n: review.activities.length })}
        </Button>
      </div>
      {open && (
        <div id="review-activities">
          <ScrollTable label={t("workplans.review.activitiesAsOf")}>
            <Table verticalSpacing="xs" captionSide="top">
              <Table.Caption style={{ textAlign: "left" }}>{t("workplans.review.activitiesAsOf")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("workplans.activities.col.code")}</Table.Th>
                  <Table.Th>{t("workplans.activities.col.title")}</Table.Th>
                  <Table.Th visibleFrom="sm">{t("workplans.activities.col.leads")}</Table.Th>
                  <Table.Th>{t("workplans.activities.col.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.activities.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td ff="monospace" style={{ whiteSpace: "nowrap" }}>
                      {a.code ?? t("common.none")}
                    </Table.Td>
                    <Table.Td>{names.title(a)}</Table.Td>
                    <Table.Td visibleFrom="sm">{names.countries(a.leads)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={a.status} />
                      <Text size="xs" c="dimmed">
                        {t("workplans.activity.since", { date: fmtDate(a.since) })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </div>
      )}
    </Stack>
  );
}

/**
 * The review "as of" a date: counts and shares by status computed from the history, "completed or ongoing",
 * proposals apart, the on-track judgement with its rule, exports, and the snapshots.
 */
export function ReviewPage() {
  const plan = usePlan();
  const { t, fmtDate } = useI18n();
  const [params, updateParams] = useSearchParamsUpdate();
  const fromUrl = params.get("asOf");
  const asOf = fromUrl && isIsoDate(fromUrl) ? fromUrl : todayIso();
  const review = useReview(plan.id, asOf);

  const setAsOf = (v: string) => {
    // From the address as it is when the change lands, not as this render saw it.
    updateParams(
      (p) => {
        p.set("asOf", v);
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DateField
          label={t("workplans.review.asOf")}
          description={t("workplans.review.asOfHint")}
          value={asOf}
          onChange={(iso) => iso && setAsOf(iso)}
          name="asOf"
          style={{ flex: "0 1 18rem" }}
          rightSection={review.isFetching && !review.isPending ? <Loader size="xs" aria-hidden /> : null}
        />
        <Button variant="default" onClick={() => setAsOf(todayIso())}>
          {t("workplans.review.today")}
        </Button>
      </Group>
      {review.isPending ? (
        <Loading />
      ) : review.isError ? (
        <ErrorState error={review.error} onRetry={() => void review.refetch()} />
      ) : (
        <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="review-title">
          <Stack gap="md">
            <Title order={2} fz="h3" id="review-title" aria-live="polite">
              {t("workplans.review.title", { date: fmtDate(review.data.asOf) })}
            </Title>
            {review.data.total === 0 && (
              <Text size="sm" c="dimmed">
                {t("workplans.review.empty")}
              </Text>
            )}
            <CountsTable review={review.data} />
            <Text size="sm" data-testid="review-proposals">
              {review.data.proposals
                ? t("workplans.review.proposals", { n: review.data.proposals })
                : t("workplans.review.noProposals")}
            </Text>
            <Judgement review={review.data} />
            <Stack gap="xs">
              <Title order={3} fz="h5">
                {t("workplans.review.export")}
              </Title>
              <ExportButtons plan={plan} asOf={review.data.asOf} />
            </Stack>
            {review.data.activities.length > 0 && <ActivitiesAsOf plan={plan} review={review.data} />}
          </Stack>
        </Paper>
      )}
      <SnapshotsSection plan={plan} asOf={asOf} />
    </Stack>
  );
}
