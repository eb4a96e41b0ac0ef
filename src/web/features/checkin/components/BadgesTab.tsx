/**
 * The host's badges tab: who has a badge and who cannot have one (only accredited delegates), printing a PDF for
 * everyone, a delegation or chosen delegates (A6 or card) with the batch's progress, and reissuing a lost badge.
 */
import { useState } from "react";
import { useSearchParams } from "react-router";
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { api } from "../../../lib/api";
import { useI18n } from "../../../lib/i18n";
import { statusLabels } from "../../../lib/statusLabels";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import {
  useBadgeJob,
  useBadgeSummary,
  useBadgesPage,
  useReissue,
  useStartBadgeJob,
  type JobRequest,
} from "../api/badges";
import { useDelegationOptions } from "../api/delegations";
import type { BadgeItem, BadgeJob } from "../api/types";
import { accreditationStatuses } from "../../../../shared/schemas/meetings";

const accreditationColor = { pending: "yellow", accredited: "green", rejected: "red" } as const;

function JobProgress({ meetingId, jobId }: { meetingId: string; jobId: string }) {
  const { t } = useI18n();
  const job = useBadgeJob(meetingId, jobId);
  const [downloading, setDownloading] = useState<unknown>(null);
  const j: BadgeJob | undefined = job.data;
  if (!j) return null;
  const pct = j.total ? Math.round((j.done / j.total) * 100) : 0;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="badge-job" data-status={j.status}>
      <Stack gap="xs">
        <Text size="sm" role="status" aria-live="polite">
          {j.status === "done"
            ? t("checkin.badges.job.done", { n: j.total })
            : j.status === "failed"
              ? t("checkin.badges.job.failed")
              : t("checkin.badges.job.progress", { done: j.done, total: j.total })}
        </Text>
        <Progress
          value={j.status === "done" ? 100 : pct}
          aria-label={t("checkin.badges.job.label")}
          animated={j.status === "running"}
        />
        {j.skipped.length > 0 && (
          <Alert color="yellow" title={t("checkin.badges.skipped", { n: j.skipped.length })}>
            <List size="sm">
              {j.skipped.map((s) => (
                <List.Item key={s.delegateId}>{s.fullName}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {j.downloadUrl && (
          <Button
            onClick={() => {
              setDownloading(null);
              api.download(j.downloadUrl!, j.fileName ?? "badges.pdf").catch(setDownloading);
            }}
          >
            {t("checkin.badges.download")}
          </Button>
        )}
        <ErrorAlert error={downloading} />
      </Stack>
    </Paper>
  );
}

function ReissueButton({ meetingId, item }: { meetingId: string; item: BadgeItem }) {
  const { t } = useI18n();
  const reissue = useReissue(meetingId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  if (!open) {
    return (
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setOpen(true)}
        aria-label={t("checkin.badges.reissueFor", { name: item.fullName })}
      >
        {t("checkin.badges.reissue")}
      </Button>
    );
  }
  return (
    <Stack gap={4}>
      <TextInput
        size="xs"
        label={t("checkin.badges.reissueReason")}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group gap={4}>
        <Button
          size="compact-sm"
          color="red"
          loading={reissue.isPending}
          onClick={() =>
            reissue.mutate(
              { delegateId: item.delegateId, reason: reason.trim() || null },
              { onSuccess: () => setOpen(false) },
            )
          }
        >
          {t("checkin.badges.reissueConfirm")}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setOpen(false)}>
          {t("checkin.cancel")}
        </Button>
      </Group>
      <ErrorAlert error={reissue.error} />
    </Stack>
  );
}

export function BadgesTab({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang, fmtDate, fmtNumber } = useI18n();
  const [delegationId, setDelegationId] = useState<string>("");
  const [size, setSize] = useState<"a6" | "card">("a6");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<"" | "pending" | "accredited" | "rejected">("");
  // One page at a time, searched and filtered on the server; the counts come from the server too.
  // The home page links here with `?show=reissue`: only the badges printed before the delegate's accreditation.
  const [params, setParams] = useSearchParams();
  const onlyReissue = params.get("show") === "reissue";
  const badges = useBadgesPage(meeting.id, {
    delegationId: delegationId || null,
    status: status || undefined,
    reissue: onlyReissue || undefined,
  });
  const summary = useBadgeSummary(meeting.id, delegationId || null);
  const delegations = useDelegationOptions(meeting.id);
  const start = useStartBadgeJob(meeting.id);

  const print = (req: Omit<JobRequest, "size">) =>
    start.mutate({ size, ...req }, { onSuccess: (job) => setJobId(job.id) });

  const toggle = (id: string) =>
    setChosen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <Stack gap="md">
      <Title order={2} fz="h3">
        {t("checkin.badges.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("checkin.badges.intro")}
      </Text>
      {meeting.purgedAt && <Alert color="red">{t("checkin.purged")}</Alert>}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("checkin.badges.delegation")}
          value={delegationId}
          onChange={(e) => {
            setDelegationId(e.currentTarget.value);
            setChosen(new Set());
          }}
          data={[
            { value: "", label: t("checkin.badges.allDelegations") },
            ...(delegations.data ?? []).map((d) => ({ value: d.id, label: lang === "vi" ? d.nameVi : d.nameEn })),
          ]}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="badge-size-label">
            {t("checkin.badges.size")}
          </Text>
          <SegmentedControl
            aria-labelledby="badge-size-label"
            value={size}
            onChange={(v) => setSize(v)}
            data={[
              { value: "a6", label: t("checkin.badges.size.a6") },
              { value: "card", label: t("checkin.badges.size.card") },
            ]}
          />
        </Stack>
      </Group>
      <Group gap="sm" wrap="wrap">
        <Button
          onClick={() => print(delegationId ? { delegationId } : {})}
          loading={start.isPending}
          disabled={!!meeting.purgedAt}
        >
          {delegationId ? t("checkin.badges.printDelegation") : t("checkin.badges.printAll")}
        </Button>
        <Button
          variant="light"
          onClick={() => print({ delegateIds: [...chosen] })}
          disabled={chosen.size === 0 || !!meeting.purgedAt}
          loading={start.isPending}
        >
          {t("checkin.badges.printChosen", { n: chosen.size })}
        </Button>
      </Group>
      <ErrorAlert error={start.error} />
      {jobId && <JobProgress meetingId={meeting.id} jobId={jobId} />}

      <Switch
        label={t("checkin.badges.onlyReissue")}
        checked={onlyReissue}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setParams(
            (p) => {
              if (on) p.set("show", "reissue");
              else p.delete("show");
              return p;
            },
            { replace: true },
          );
        }}
      />
      {summary.data && summary.data.total > 0 && (
        <Text size="sm">
          {t("checkin.badges.summary", {
            accredited: fmtNumber(summary.data.accredited),
            withBadge: fmtNumber(summary.data.withBadge),
            without: fmtNumber(summary.data.notAccredited),
          })}
        </Text>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <PagedSearch paged={badges} label={t("checkin.badges.search")} />
        <NativeSelect
          label={t("checkin.badges.col.accreditation")}
          value={status}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setStatus(accreditationStatuses.find((s) => s === v) ?? "");
          }}
          data={[
            { value: "", label: t("checkin.badges.statusAll") },
            ...(["accredited", "pending", "rejected"] as const).map((s) => ({
              value: s,
              label: t(statusLabels.accreditation[s]),
            })),
          ]}
        />
      </Group>
      <PagedList paged={badges} empty={onlyReissue ? t("checkin.badges.noneToReissue") : t("checkin.badges.empty")}>
        {(list) => (
          <Stack gap="xs">
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <VisuallyHidden>{t("checkin.badges.choose")}</VisuallyHidden>
                    </Table.Th>
                    <Table.Th>{t("checkin.badges.col.name")}</Table.Th>
                    <Table.Th>{t("checkin.badges.col.delegation")}</Table.Th>
                    <Table.Th>{t("checkin.badges.col.accreditation")}</Table.Th>
                    <Table.Th>{t("checkin.badges.col.badge")}</Table.Th>
                    <Table.Th>{t("checkin.badges.col.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((b) => {
                    const accredited = b.accreditationStatus === "accredited";
                    return (
                      <Table.Tr key={b.delegateId}>
                        <Table.Td>
                          <Checkbox
                            aria-label={t("checkin.badges.chooseOne", { name: b.fullName })}
                            checked={chosen.has(b.delegateId)}
                            disabled={!accredited}
                            onChange={() => toggle(b.delegateId)}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {b.fullName}
                          </Text>
                          {b.position && (
                            <Text size="xs" c="dimmed">
                              {b.position}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{lang === "vi" ? b.delegationNameVi : b.delegationNameEn}</Table.Td>
                        <Table.Td>
                          <Badge color={accreditationColor[b.accreditationStatus]} variant="light" tt="none">
                            {t(statusLabels.accreditation[b.accreditationStatus])}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {b.badge ? (
                            <Text size="sm">
                              {t("checkin.badges.issue", { n: b.badge.issueNumber, date: fmtDate(b.badge.issuedAt) })}
                              {b.needsReissue && (
                                <Badge ml="xs" color="orange" variant="light" tt="none">
                                  {t("checkin.badges.toReissue")}
                                </Badge>
                              )}
                              {b.revokedCount > 0 && (
                                <Text span size="xs" c="dimmed">
                                  {" "}
                                  · {t("checkin.badges.revoked", { n: b.revokedCount })}
                                </Text>
                              )}
                            </Text>
                          ) : accredited ? (
                            <Text size="sm" c="dimmed">
                              {t("checkin.badges.notPrinted")}
                            </Text>
                          ) : (
                            <Text size="sm" c="#8a3a00">
                              {t("checkin.badges.notAccredited")}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {b.badge && !meeting.purgedAt && <ReissueButton meetingId={meeting.id} item={b} />}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </PagedList>
    </Stack>
  );
}
