import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { usePhone } from "./usePhone";
import { Dialog } from "./Dialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorState, Loading } from "../../../components/QueryState";
import { useDownloadTemplate } from "../api/template";
import { useStartImport } from "../api/startImport";
import { useImportJob } from "../api/importJob";
import { useImports } from "../api/imports";
import { useEditImport } from "../api/editImport";
import { importFields, type ImportField, type ImportJob, type ImportRow, type Overview } from "../api/types";
import { sessionLabel, useFieldLabel } from "./labels";
import { useRetained } from "../../../lib/useRetained";

const MAX_FILE = 10 * 1024 * 1024;
const PAGE = 100;

function Steps({ o, onStarted }: { o: Overview; onStarted: (id: string) => void }) {
  const { t, lang } = useI18n();
  const template = useDownloadTemplate(o.meeting.id, o.delegation.id);
  const [file, setFile] = useState<File | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [sent, setSent] = useState(0);
  const start = useStartImport(o.meeting.id, o.delegation.id, setSent);
  const tooBig = !!file && file.size > MAX_FILE;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="step-template">
        <Stack gap="sm">
          <Title order={2} fz="h4" id="step-template">
            {t("registration.upload.step1")}
          </Title>
          <Text size="sm">{t("registration.upload.step1Hint")}</Text>
          <Group gap="xs">
            <Button
              variant="light"
              loading={template.isPending && template.variables === "xlsx"}
              onClick={() => template.mutate("xlsx")}
            >
              {t("registration.upload.templateXlsx")}
            </Button>
            <Button
              variant="default"
              loading={template.isPending && template.variables === "csv"}
              onClick={() => template.mutate("csv")}
            >
              {t("registration.upload.templateCsv")}
            </Button>
          </Group>
          <ErrorAlert error={template.error} />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="step-upload">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!file || tooBig) return;
            setSent(0);
            start.mutate({ file, photos, lang }, { onSuccess: (job) => onStarted(job.id) });
          }}
        >
          <Stack gap="sm">
            <Title order={2} fz="h4" id="step-upload">
              {t("registration.upload.step2")}
            </Title>
            <FileInput
              label={t("registration.upload.file")}
              description={t("registration.upload.fileHint")}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              value={file}
              onChange={setFile}
              clearable
              required
              error={tooBig ? t("registration.upload.tooBig") : undefined}
              name="spreadsheet"
            />
            <FileInput
              label={t("registration.upload.photos")}
              description={t("registration.upload.photosHint")}
              accept="image/jpeg,image/png"
              multiple
              value={photos}
              onChange={setPhotos}
              clearable
              name="photos"
            />
            {start.isPending && (
              <Stack gap={4}>
                <Text size="sm" id="upload-progress-label">
                  {t("registration.upload.sending", { pct: Math.round(sent * 100) })}
                </Text>
                <Progress value={sent * 100} aria-labelledby="upload-progress-label" animated />
              </Stack>
            )}
            <ErrorAlert error={start.error} />
            <Group>
              <Button type="submit" disabled={!file || tooBig} loading={start.isPending}>
                {t("registration.upload.send")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </SimpleGrid>
  );
}

function RowEditor({
  job,
  row,
  o,
  onClose,
}: {
  job: ImportJob;
  row: ImportRow | null;
  o: Overview;
  onClose: () => void;
}) {
  const { t, lang, fmtDate } = useI18n();
  const notify = useNotify();
  const label = useFieldLabel();
  const { editRow } = useEditImport(o.meeting.id, o.delegation.id, job.id);
  const [values, setValues] = useState<Partial<Record<ImportField, string>>>({});
  const [sessionIds, setSessionIds] = useState<string[]>([]);
  useEffect(() => {
    setValues(row?.values ?? {});
    setSessionIds(row?.sessionIds ?? []);
    editRow.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when another row is opened
  }, [row?.row]);
  const current = row ? (job.rows.find((r) => r.row === row.row) ?? row) : null;
  const shownRow = useRetained(row);
  const problemOf = (f: string) =>
    current?.problems
      .filter((p) => p.field === f)
      .map((p) => p.message)
      .join(" ") || undefined;
  return (
    <Dialog
      opened={!!row}
      onClose={onClose}
      title={shownRow ? t("registration.upload.fixTitle", { row: shownRow.row }) : ""}
      size="xl"
    >
      {current && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            editRow.mutate(
              { version: job.version, row: current.row, values, sessionIds },
              {
                onSuccess: (next) => {
                  const r = next.rows.find((x) => x.row === current.row);
                  if (r && r.problems.length === 0) {
                    notify(t("registration.upload.rowFixed", { row: current.row }));
                    onClose();
                  }
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            {current.problems.length > 0 ? (
              <Alert color="red" variant="light" title={t("registration.upload.rowProblems")} role="alert">
                <List size="sm">
                  {current.problems.map((p, i) => (
                    <List.Item key={i}>{p.message}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Alert color="green" variant="light">
                {t("registration.upload.rowOk")}
              </Alert>
            )}
            <Text size="sm" c="dimmed">
              {t("registration.upload.fixHint")}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              {importFields.map((f) => (
                <TextInput
                  key={f}
                  label={label(f)}
                  value={values[f] ?? ""}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setValues((x) => ({ ...x, [f]: v }));
                  }}
                  error={problemOf(f)}
                  required={f === "fullName"}
                />
              ))}
            </SimpleGrid>
            <Checkbox.Group
              label={t("registration.upload.sessions")}
              value={sessionIds}
              onChange={setSessionIds}
              error={problemOf("sessions")}
            >
              <Stack gap={4} mt={4}>
                {o.sessions.map((s) => (
                  <Checkbox key={s.id} value={s.id} label={sessionLabel(s, lang, fmtDate)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <ErrorAlert error={editRow.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={editRow.isPending}>
                {t("registration.upload.recheck")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}

function Preview({ job, o, onDone }: { job: ImportJob; o: Overview; onDone: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { editRow, commit, discard } = useEditImport(o.meeting.id, o.delegation.id, job.id);
  const phone = usePhone();
  const [fixing, setFixing] = useState<ImportRow | null>(null);
  const [only, setOnly] = useState<"problems" | "all">(job.summary.withProblems ? "problems" : "all");
  const [limit, setLimit] = useState(PAGE);
  const rows = job.rows.filter((r) => (only === "problems" ? r.problems.length > 0 && !r.dropped : true));
  const s = job.summary;
  const canCommit = s.withProblems === 0 && s.ok > 0;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="preview-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="preview-title">
          {t("registration.upload.previewTitle", { file: job.fileName })}
        </Title>
        <Group gap="xs" role="status" aria-live="polite">
          <Badge variant="light" color="gray" tt="none">
            {t("registration.upload.rows", { n: s.rows })}
          </Badge>
          <Badge variant="light" color="green" tt="none">
            {t("registration.upload.ok", { n: s.ok })}
          </Badge>
          <Badge variant="light" color="red" tt="none">
            {t("registration.upload.withProblems", { n: s.withProblems })}
          </Badge>
          <Badge variant="light" color="gray" tt="none">
            {t("registration.upload.dropped", { n: s.dropped })}
          </Badge>
        </Group>
        {s.withProblems > 0 ? (
          <Alert color="red" variant="light">
            {t("registration.upload.problemsHint", { n: s.withProblems })}
          </Alert>
        ) : (
          <Alert color="green" variant="light">
            {t("registration.upload.allOk", { n: s.ok })}
          </Alert>
        )}
        <SegmentedControl
          aria-label={t("registration.upload.show")}
          value={only}
          onChange={(v) => setOnly(v)}
          data={[
            { value: "problems", label: t("registration.upload.onlyProblems") },
            { value: "all", label: t("registration.upload.allRows") },
          ]}
          w={{ base: "100%", sm: "auto" }}
        />
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("registration.upload.noProblemRows")}
          </Text>
        ) : (
          (() => {
            const cells = (r: ImportRow) => ({
              bg: r.dropped ? "gray.1" : r.problems.length ? "red.0" : undefined,
              name: (
                <Text size="sm" fw={500} td={r.dropped ? "line-through" : undefined}>
                  {r.values.fullName ?? t("registration.upload.noName")}
                </Text>
              ),
              check: r.dropped ? (
                <Text size="sm" c="dimmed">
                  {t("registration.upload.isDropped")}
                </Text>
              ) : r.problems.length ? (
                <List size="sm" spacing={2} c="red.9">
                  {r.problems.map((p, i) => (
                    <List.Item key={i}>{p.message}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="green.9">
                  {t("registration.upload.rowOk")}
                </Text>
              ),
              actions: (
                <Group gap={4}>
                  {!r.dropped && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setFixing(r)}
                      aria-label={t("registration.upload.fixRow", { row: r.row })}
                    >
                      {t("registration.upload.fix")}
                    </Button>
                  )}
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={r.dropped ? "blue" : "red"}
                    loading={editRow.isPending && editRow.variables.row === r.row}
                    onClick={() => editRow.mutate({ version: job.version, row: r.row, dropped: !r.dropped })}
                    aria-label={t(r.dropped ? "registration.upload.restoreRow" : "registration.upload.dropRow", {
                      row: r.row,
                    })}
                  >
                    {r.dropped ? t("registration.upload.restore") : t("registration.upload.drop")}
                  </Button>
                </Group>
              ),
            });
            if (phone) {
              return (
                <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                  {rows.slice(0, limit).map((r) => {
                    const c = cells(r);
                    return (
                      <Paper key={r.row} component="li" withBorder radius="md" p="sm" bg={c.bg}>
                        <Stack gap={4}>
                          <Group gap="xs" wrap="nowrap">
                            <Badge variant="outline" color="gray" tt="none">
                              {t("registration.upload.row")} {r.row}
                            </Badge>
                            {c.name}
                          </Group>
                          {c.check}
                          {c.actions}
                        </Stack>
                      </Paper>
                    );
                  })}
                </Stack>
              );
            }
            return (
              <Table verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t("registration.upload.row")}</Table.Th>
                    <Table.Th>{t("registration.field.fullName")}</Table.Th>
                    <Table.Th>{t("registration.upload.check")}</Table.Th>
                    <Table.Th w={200}>{t("registration.upload.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.slice(0, limit).map((r) => {
                    const c = cells(r);
                    return (
                      <Table.Tr key={r.row} bg={c.bg}>
                        <Table.Td>{r.row}</Table.Td>
                        <Table.Td>{c.name}</Table.Td>
                        <Table.Td>{c.check}</Table.Td>
                        <Table.Td>{c.actions}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            );
          })()
        )}
        {rows.length > limit && (
          <Button variant="subtle" onClick={() => setLimit((l) => l + PAGE)}>
            {t("registration.upload.more", { n: rows.length - limit })}
          </Button>
        )}
        <ErrorAlert error={editRow.error ?? commit.error ?? discard.error} />
        <Group justify="space-between">
          <Button
            variant="default"
            color="red"
            loading={discard.isPending}
            onClick={() => discard.mutate(job.version, { onSuccess: onDone })}
          >
            {t("registration.upload.discard")}
          </Button>
          <Button
            disabled={!canCommit}
            loading={commit.isPending}
            onClick={() =>
              commit.mutate(job.version, {
                onSuccess: (res) => notify(t("registration.upload.stored", { n: res.created })),
              })
            }
          >
            {t("registration.upload.commit", { n: s.ok })}
          </Button>
        </Group>
      </Stack>
      <RowEditor job={job} row={fixing} o={o} onClose={() => setFixing(null)} />
    </Paper>
  );
}

function Job({ id, o, onDone }: { id: string; o: Overview; onDone: () => void }) {
  const { t } = useI18n();
  const job = useImportJob(o.meeting.id, o.delegation.id, id);
  if (job.isPending) return <Loading />;
  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  const j = job.data;
  if (j.status === "committing") {
    return (
      <Paper withBorder radius="md" p="md">
        <Stack gap={4}>
          <Text size="sm" id="store-progress-label">
            {t("registration.upload.storing")}
          </Text>
          <Progress value={100} aria-labelledby="store-progress-label" animated />
        </Stack>
      </Paper>
    );
  }
  if (j.status === "parsing") {
    const pct = j.progress.total ? (j.progress.done / j.progress.total) * 100 : 0;
    return (
      <Paper withBorder radius="md" p="md">
        <Stack gap={4}>
          <Text size="sm" id="check-progress-label">
            {j.progress.total
              ? t("registration.upload.checking", { done: j.progress.done, total: j.progress.total })
              : t("registration.upload.reading")}
          </Text>
          <Progress value={pct} aria-labelledby="check-progress-label" animated />
        </Stack>
      </Paper>
    );
  }
  if (j.status === "failed") {
    return (
      <Alert color="red" variant="light" title={t("registration.upload.failed")} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{j.error?.message}</Text>
          <Button size="xs" variant="default" onClick={onDone}>
            {t("registration.upload.again")}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (j.status === "committed" || j.status === "discarded") {
    return (
      <Alert color={j.status === "committed" ? "green" : "gray"} variant="light" role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {j.status === "committed"
              ? t("registration.upload.committed", { n: j.summary.rows - j.summary.dropped })
              : t("registration.upload.discarded")}
          </Text>
          <Button size="xs" variant="default" onClick={onDone}>
            {t("registration.upload.another")}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <Preview job={j} o={o} onDone={onDone} />;
}

/** Bulk upload: template, upload with progress, the rows and their problems, fix or drop, then confirm. */
export function UploadPanel({ o }: { o: Overview }) {
  const { t, fmtDateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const id = params.get("upload");
  const recent = useImports(o.meeting.id, o.delegation.id);
  const waiting = recent.data?.find((j) => j.status === "ready" && j.id !== id);
  const setId = (v: string | null) =>
    setParams(
      (p) => {
        if (v) p.set("upload", v);
        else p.delete("upload");
        return p;
      },
      { replace: false },
    );
  if (!o.canEdit) {
    return (
      <Alert color="orange" variant="light">
        {o.closed ? t("registration.upload.closed") : t("registration.readOnly")}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      {!id && waiting && (
        <Alert color="blue" variant="light">
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {t("registration.upload.resume", { file: waiting.fileName, date: fmtDateTime(waiting.createdAt) })}
            </Text>
            <Button size="xs" variant="default" onClick={() => setId(waiting.id)}>
              {t("registration.upload.resumeButton")}
            </Button>
          </Group>
        </Alert>
      )}
      {id ? <Job id={id} o={o} onDone={() => setId(null)} /> : <Steps o={o} onStarted={setId} />}
    </Stack>
  );
}
