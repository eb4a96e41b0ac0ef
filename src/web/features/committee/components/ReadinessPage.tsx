import { useState } from "react";
import {
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { statusLabels } from "../../../lib/statusLabels";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { DateField } from "../../../components/DateField";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { useCheckedForm } from "../../../components/useCheckedForm";
import { todayIn } from "../../../../shared/dates";
import type { TaskStatus } from "../../../../shared/committee";
import {
  useApplyTemplate,
  useReadiness,
  useSaveTemplate,
  useTemplates,
  type Readiness,
  type TaskTemplate,
  type TemplateApplied,
} from "../api/readiness";
// security (issue 14, point 5): each venue's and hotel's security readiness
import { PlacesReadiness } from "../../../components/PlacesReadiness";

const statusKey: Record<TaskStatus, TranslationKey> = statusLabels.task;

/** A progress bar with its percent as text beside it (the bar alone says nothing to a screen reader). */
function Share({ percent, name }: { percent: number; name: string }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={percent}
        w="6rem"
        color={percent >= 80 ? "teal" : percent >= 50 ? "blue" : "orange"}
        aria-label={t("readiness.progressOf", { name })}
      />
      <Text size="sm" style={{ whiteSpace: "nowrap" }}>
        {t("readiness.percent", { percent })}
      </Text>
    </Group>
  );
}

/** Readiness as of one day: overall, per sub-committee, and the critical path. */
function ReadinessView({
  data,
  meeting,
  headingId,
}: {
  data: Readiness;
  meeting: MeetingTabMeeting;
  headingId: string;
}) {
  const { t, lang, fmtDate, fmtDateTime } = useI18n();
  const o = data.overall;
  const nothing = o.done + o.open === 0;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} fz="h4" id={headingId}>
          {t("readiness.columnTitle", { day: fmtDate(data.asOf) })}
        </Title>
        {nothing && <Text c="dimmed">{t("readiness.noTasks")}</Text>}
        <Table.ScrollContainer
          minWidth={520}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={`${t("readiness.table")} — ${t("readiness.columnTitle", { day: fmtDate(data.asOf) })}`}
        >
          <Table verticalSpacing="xs" aria-label={t("readiness.table")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("readiness.col.subcommittee")}</Table.Th>
                <Table.Th ta="right">{t("readiness.col.done")}</Table.Th>
                <Table.Th ta="right">{t("readiness.col.open")}</Table.Th>
                <Table.Th ta="right">{t("readiness.col.overdue")}</Table.Th>
                <Table.Th ta="right">{t("readiness.col.blocked")}</Table.Th>
                <Table.Th>{t("readiness.col.progress")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.subcommittees.map((s) => {
                const name = lang === "en" ? s.nameEn : s.nameVi;
                return (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    <Table.Td ta="right">{s.done}</Table.Td>
                    <Table.Td ta="right">{s.open}</Table.Td>
                    <Table.Td ta="right" c={s.overdue ? "red.8" : undefined} fw={s.overdue ? 600 : undefined}>
                      {s.overdue}
                    </Table.Td>
                    <Table.Td ta="right">{s.blocked}</Table.Td>
                    <Table.Td>
                      <Share percent={s.percent} name={name} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
              <Table.Tr>
                <Table.Th scope="row">{t("readiness.overall")}</Table.Th>
                <Table.Td ta="right" fw={600}>
                  {o.done}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {o.open}
                </Table.Td>
                <Table.Td ta="right" fw={600} c={o.overdue ? "red.8" : undefined}>
                  {o.overdue}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {o.blocked}
                </Table.Td>
                <Table.Td>
                  <Share percent={o.percent} name={t("readiness.overall")} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap={4}>
          <Title order={4} fz="md">
            {t("readiness.criticalPath")}
          </Title>
          <Text size="xs" c="dimmed">
            {t("readiness.criticalPathHint")}
          </Text>
          {data.criticalPath.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("readiness.criticalPathEmpty")}
            </Text>
          ) : (
            <List type="ordered" spacing={4} size="sm">
              {data.criticalPath.map((c) => (
                <List.Item key={c.id}>
                  <Text span size="sm" fw={500}>
                    #{c.number} {c.title}
                  </Text>{" "}
                  <Text span size="sm" c="dimmed">
                    — {c.owner?.fullName ?? t("readiness.noOwner")} —{" "}
                    {c.dueAt
                      ? t("readiness.due", { when: fmtDateTime(c.dueAt, { timeZone: meeting.timeZone }) })
                      : t("readiness.noDue")}
                  </Text>{" "}
                  <Badge size="sm" variant="light" color={c.status === "blocked" ? "red" : "gray"}>
                    {t(statusKey[c.status])}
                  </Badge>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}

function ReadinessColumn({
  meeting,
  asOf,
  headingId,
}: {
  meeting: MeetingTabMeeting;
  asOf: string;
  headingId: string;
}) {
  const query = useReadiness(meeting.id, asOf);
  return (
    <QueryState query={query}>
      {(data) => <ReadinessView data={data} meeting={meeting} headingId={headingId} />}
    </QueryState>
  );
}

function SaveTemplateForm({ meetingId, onDone }: { meetingId: string; onDone: (m: string) => void }) {
  const { t, lang } = useI18n();
  const save = useSaveTemplate(meetingId);
  const form = useCheckedForm({
    initialValues: { nameVi: "", nameEn: "" },
    required: { nameVi: t("readiness.templates.nameVi"), nameEn: t("readiness.templates.nameEn") },
    limits: { nameVi: 200, nameEn: 200 },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          { nameVi: v.nameVi.trim(), nameEn: v.nameEn.trim() },
          {
            onSuccess: (tpl) =>
              onDone(
                t("readiness.templates.saved", { name: lang === "en" ? tpl.nameEn : tpl.nameVi, n: tpl.itemCount }),
              ),
          },
        ),
      )}
    >
      <Stack gap="sm">
        <TextInput label={t("readiness.templates.nameVi")} required data-autofocus {...form.getInputProps("nameVi")} />
        <TextInput label={t("readiness.templates.nameEn")} required {...form.getInputProps("nameEn")} />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t("readiness.templates.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The ICD's templates: save this meeting's tasks as one, or create this meeting's tasks from one. */
function TemplatesSection({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const templates = useTemplates(meeting.id, true);
  const apply = useApplyTemplate(meeting.id);
  const [saving, setSaving] = useState(false);
  const [applying, setApplying] = useState<TaskTemplate | null>(null);
  const [report, setReport] = useState<TemplateApplied | null>(null);
  const name = (x: { nameVi: string; nameEn: string }) => (lang === "en" ? x.nameEn : x.nameVi);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="readiness-templates">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="h4" id="readiness-templates">
            {t("readiness.templates.title")}
          </Title>
          <Button variant="default" onClick={() => setSaving(true)}>
            {t("readiness.templates.save")}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t("readiness.templates.intro")}
        </Text>
        {report && (
          <Stack gap={4} role="status">
            <Text size="sm" fw={500}>
              {t("readiness.templates.report", { n: report.created.length })}
            </Text>
            {report.created.length > 0 && (
              <List size="sm" spacing={2} aria-label={t("readiness.templates.created")}>
                {report.created.map((c) => (
                  <List.Item key={c.id}>
                    #{c.number} {c.title}
                  </List.Item>
                ))}
              </List>
            )}
            {[...new Set(report.skipped.map((s) => s.subcommittee))].map((sub) => (
              <Stack key={sub} gap={2}>
                <Text size="sm" c="orange.9">
                  {t("readiness.templates.skipped", { sub })}
                </Text>
                <List size="sm" spacing={2}>
                  {report.skipped
                    .filter((s) => s.subcommittee === sub)
                    .map((s) => (
                      <List.Item key={s.position}>{s.title}</List.Item>
                    ))}
                </List>
              </Stack>
            ))}
          </Stack>
        )}
        <QueryState query={templates} isEmpty={(d) => d.length === 0} empty={t("readiness.templates.empty")}>
          {(list) => (
            <List spacing="xs" size="sm" aria-label={t("readiness.templates.list")} listStyleType="none">
              {list.map((tpl) => (
                <List.Item key={tpl.id}>
                  <Group gap="sm">
                    <Text size="sm" fw={500}>
                      {name(tpl)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t("readiness.templates.items", { n: tpl.itemCount })}
                    </Text>
                    <Button size="xs" variant="light" onClick={() => setApplying(tpl)}>
                      {t("readiness.templates.apply")}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </QueryState>
      </Stack>
      <Modal
        opened={saving}
        onClose={() => setSaving(false)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={t("readiness.templates.saveTitle")}
      >
        {saving && (
          <SaveTemplateForm
            meetingId={meeting.id}
            onDone={(m) => {
              setSaving(false);
              notify(m);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={applying !== null}
        onClose={() => setApplying(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={applying ? t("readiness.templates.applyOf", { name: name(applying) }) : ""}
      >
        {applying && (
          <Stack gap="sm">
            <Text size="sm">{t("readiness.templates.applyConfirm", { n: applying.itemCount })}</Text>
            <ErrorAlert error={apply.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setApplying(null)}>
                {t("readiness.templates.cancel")}
              </Button>
              <Button
                loading={apply.isPending}
                onClick={() =>
                  apply.mutate(applying.id, {
                    onSuccess: (r) => {
                      setReport(r);
                      setApplying(null);
                    },
                  })
                }
              >
                {t("readiness.templates.applyYes")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

/**
 * Readiness at a glance (issue 13, point 3): per sub-committee and for the whole meeting, done / open / overdue /
 * blocked and the share done, with the critical path; as of a chosen day, and side by side with a second day so the
 * committee sees how readiness moved between two preparatory meetings. The ICD also keeps task templates here.
 */
export function ReadinessPage({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t } = useI18n();
  const today = todayIn(meeting.timeZone);
  const [asOf, setAsOf] = useState<string | null>(today);
  const [compare, setCompare] = useState<string | null>("");
  // A day typed but not yet whole (null) keeps the last one shown.
  const [shown, setShown] = useState({ asOf: today, compare: "" });
  if (asOf !== null && asOf !== shown.asOf) setShown({ ...shown, asOf });
  if (compare !== null && compare !== shown.compare) setShown({ ...shown, compare });
  const main = useReadiness(meeting.id, shown.asOf || today);
  return (
    <Stack gap="md">
      <Title order={2} fz="h3">
        {t("readiness.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("readiness.intro")}
      </Text>
      <Group align="flex-end" gap="md">
        <DateField label={t("readiness.asOf")} name="asOf" value={asOf} onChange={setAsOf} w="11rem" />
        <DateField
          label={t("readiness.compareWith")}
          description={t("readiness.compareHint")}
          name="compareWith"
          value={compare}
          onChange={setCompare}
          w="13rem"
        />
        <Button variant="default" onClick={() => setAsOf(today)}>
          {t("readiness.today")}
        </Button>
      </Group>
      {shown.compare ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {/* The earlier day on the left, so the eye reads how readiness moved. */}
          {[shown.compare, shown.asOf || today].sort().map((day, i) => (
            <ReadinessColumn key={`${i}-${day}`} meeting={meeting} asOf={day} headingId={`readiness-col-${i}`} />
          ))}
        </SimpleGrid>
      ) : (
        <ReadinessColumn meeting={meeting} asOf={shown.asOf || today} headingId="readiness-main" />
      )}
      {main.data && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="readiness-venues">
          <Stack gap="sm">
            <Title order={3} fz="h4" id="readiness-venues">
              {t("security.readiness.committeeTitle")}
            </Title>
            <PlacesReadiness places={main.data.venues} />
          </Stack>
        </Paper>
      )}
      {main.data?.permissions.manageTemplates && <TemplatesSection meeting={meeting} />}
    </Stack>
  );
}
