import { useState } from "react";
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { parsedInputProps, useCheckedForm } from "../../../components/useCheckedForm";
import { dmy, todayInHanoi } from "../../../../shared/dates";
import {
  CALENDAR_NAME_MAX,
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  calendarDayKinds,
  type CalendarDayKind,
} from "../../../../shared/schemas/calendar";
import {
  useAddCalendarDay,
  useCalendarYear,
  useDeleteCalendarDay,
  useUpdateCalendarDay,
  useWorkingDays,
  type CalendarDay,
} from "../api/calendar";
import { useRetained } from "../../../lib/useRetained";

/** The weekday of an ISO day, 0 = Sunday. */
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const weekdayKeys: TranslationKey[] = [
  "calendar.weekday.0",
  "calendar.weekday.1",
  "calendar.weekday.2",
  "calendar.weekday.3",
  "calendar.weekday.4",
  "calendar.weekday.5",
  "calendar.weekday.6",
];
const weekdayKey = (iso: string): TranslationKey => weekdayKeys[weekdayOf(iso)] ?? "calendar.weekday.0";
const kindColor: Record<CalendarDayKind, string> = { holiday: "red", day_off: "orange", working_day: "teal" };

/** What the form edits: a new day, a stored day, or the law's computed day being overridden. */
type Dialog = { mode: "add" } | { mode: "edit"; day: CalendarDay } | { mode: "override"; day: CalendarDay } | null;

function DayForm({ dialog, onDone }: { dialog: NonNullable<Dialog>; onDone: (m: string) => void }) {
  const { t } = useI18n();
  const day = dialog.mode === "add" ? null : dialog.day;
  const form = useCheckedForm<{ date: string | null; kind: CalendarDayKind; nameVi: string; nameEn: string }>({
    initialValues: {
      date: day?.date ?? "",
      kind: day?.kind ?? "day_off",
      nameVi: day?.nameVi ?? "",
      nameEn: day?.nameEn ?? "",
    },
    required: {
      date: t("calendar.field.date"),
      nameVi: t("calendar.field.nameVi"),
      nameEn: t("calendar.field.nameEn"),
    },
    limits: { nameVi: CALENDAR_NAME_MAX, nameEn: CALENDAR_NAME_MAX },
    dates: ["date"],
  });
  const add = useAddCalendarDay();
  const update = useUpdateCalendarDay();
  const error = add.error ?? update.error;
  const submit = form.onSubmit((v) => {
    const body = { kind: v.kind, nameVi: v.nameVi.trim(), nameEn: v.nameEn.trim() };
    const date = v.date ?? "";
    if (dialog.mode === "edit")
      update.mutate(
        { date, version: dialog.day.version ?? 1, ...body },
        { onSuccess: () => onDone(t("calendar.saved", { day: dmy(date) })) },
      );
    else add.mutate({ date, ...body }, { onSuccess: () => onDone(t("calendar.added", { day: dmy(date) })) });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <DateField
          label={t("calendar.field.date")}
          required
          disabled={dialog.mode !== "add"}
          data-autofocus={dialog.mode === "add" ? true : undefined}
          {...parsedInputProps(form, "date")}
        />
        <Select
          label={t("calendar.field.kind")}
          data={calendarDayKinds.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
          value={form.values.kind}
          onChange={(v) => v && form.setFieldValue("kind", v)}
          allowDeselect={false}
          data-autofocus={dialog.mode !== "add" ? true : undefined}
        />
        <TextInput label={t("calendar.field.nameVi")} required {...form.getInputProps("nameVi")} />
        <TextInput label={t("calendar.field.nameEn")} required {...form.getInputProps("nameEn")} />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t("calendar.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "How many working days from … to …?" — the same count the lead times use. */
function WorkingDaysCheck() {
  const { t } = useI18n();
  const [from, setFrom] = useState<string | null>("");
  const [to, setTo] = useState<string | null>("");
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const count = useWorkingDays(range);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="calendar-check-title">
      <Stack gap="sm">
        <Text fw={600} id="calendar-check-title">
          {t("calendar.check.title")}
        </Text>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (from && to) setRange({ from, to });
          }}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <DateField label={t("calendar.check.from")} name="from" value={from} onChange={setFrom} w="11rem" />
            <DateField label={t("calendar.check.to")} name="to" value={to} onChange={setTo} w="11rem" />
            <Button type="submit" variant="default" disabled={!from || !to} loading={count.isFetching}>
              {t("calendar.check.count")}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={count.error} />
        {range && count.data && (
          <Text role="status">
            {t("calendar.check.result", { from: dmy(range.from), to: dmy(range.to), n: count.data.workingDays })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Administration → Working calendar: a year's holidays, days off and make-up working days, and their edits. */
export function CalendarPage() {
  const { t, lang } = useI18n();
  const thisYear = Number(todayInHanoi().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const remove = useDeleteCalendarDay();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleting, setDeleting] = useState<CalendarDay | null>(null);
  const shownDeleting = useRetained(deleting);
  const [done, setDone] = useState<string | null>(null);
  const years: string[] = [];
  for (let y = Math.max(CALENDAR_YEAR_MIN, 2020); y <= Math.min(CALENDAR_YEAR_MAX, thisYear + 5); y++)
    years.push(String(y));
  const name = (d: { nameVi: string; nameEn: string }) => (lang === "vi" ? d.nameVi : d.nameEn);
  /** A day's buttons: edit and delete a stored day, override a computed one. */
  const actions = (d: CalendarDay, day: string) =>
    d.stored ? (
      <Group gap={4} justify="flex-end" wrap="nowrap">
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={t("calendar.editOf", { day })}
          onClick={() => setDialog({ mode: "edit", day: d })}
        >
          {t("calendar.edit")}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          aria-label={t("calendar.deleteOf", { day })}
          onClick={() => {
            remove.reset();
            setDeleting(d);
          }}
        >
          {t("calendar.delete")}
        </Button>
      </Group>
    ) : (
      <Button
        size="compact-sm"
        variant="subtle"
        aria-label={t("calendar.overrideOf", { day })}
        onClick={() => setDialog({ mode: "override", day: d })}
      >
        {t("calendar.override")}
      </Button>
    );

  return (
    <Page
      title={t("calendar.title")}
      description={t("calendar.description")}
      actions={<Button onClick={() => setDialog({ mode: "add" })}>{t("calendar.add")}</Button>}
    >
      {done && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t("common.close")}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t("calendar.year")}
          data={years}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w="8rem"
        />
        {calendar.data && (
          <Text pb={6}>{t("calendar.summary", { year: String(year), n: calendar.data.workingDays })}</Text>
        )}
      </Group>
      {calendar.isPending ? (
        <Loading />
      ) : calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : calendar.data.days.length === 0 ? (
        <EmptyState>{t("calendar.empty", { year: String(year) })}</EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={300}>
            <Table verticalSpacing="xs" aria-label={t("calendar.listLabel", { year: String(year) })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("calendar.col.date")}</Table.Th>
                  <Table.Th>{t("calendar.col.name")}</Table.Th>
                  <Table.Th visibleFrom="xs">{t("calendar.col.source")}</Table.Th>
                  <Table.Th visibleFrom="xs">
                    <VisuallyHidden>{t("calendar.col.actions")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {calendar.data.days.map((d) => {
                  const day = dmy(d.date);
                  const source = (
                    <>
                      <Text size="sm">{t(`calendar.source.${d.source}`)}</Text>
                      {!d.stored && (
                        <Text size="xs" c="dimmed">
                          {t("calendar.computed")}
                        </Text>
                      )}
                    </>
                  );
                  return (
                    <Table.Tr key={d.date}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <Text size="sm" fw={500}>
                          <time dateTime={d.date}>{day}</time>
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(weekdayKey(d.date))}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={kindColor[d.kind]} tt="none" mb={2}>
                          {t(`calendar.kind.${d.kind}`)}
                        </Badge>
                        <Text size="sm">{name(d)}</Text>
                        {d.replaces && (
                          <Text size="xs" c="dimmed">
                            {t("calendar.replaces", { name: name(d.replaces) })}
                          </Text>
                        )}
                        {/* On a phone the source and the actions go under the name: no sideways scrolling. */}
                        <Stack gap={4} mt={4} hiddenFrom="xs" align="flex-start">
                          <div>{source}</div>
                          {actions(d, day)}
                        </Stack>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }} visibleFrom="xs">
                        {source}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }} ta="right" visibleFrom="xs">
                        {actions(d, day)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <WorkingDaysCheck />
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={
          dialog === null || dialog.mode === "add"
            ? t("calendar.addTitle")
            : t("calendar.editTitle", { day: dmy(dialog.day.date) })
        }
      >
        {dialog && (
          <DayForm
            key={dialog.mode === "add" ? "add" : `${dialog.mode}-${dialog.day.date}`}
            dialog={dialog}
            onDone={(message) => {
              setDialog(null);
              setDone(message);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={shownDeleting ? t("calendar.deleteOf", { day: dmy(shownDeleting.date) }) : ""}
      >
        {deleting && (
          <Stack gap="sm">
            <Text size="sm">{t("calendar.deleteConfirm", { day: dmy(deleting.date) })}</Text>
            <ErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t("calendar.cancel")}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { date: deleting.date, version: deleting.version ?? 1 },
                    {
                      onSuccess: () => {
                        setDone(t("calendar.deleted", { day: dmy(deleting.date) }));
                        setDeleting(null);
                      },
                    },
                  )
                }
              >
                {t("calendar.deleteYes")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Page>
  );
}
