import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { hasRole, useMe } from "../../../lib/me";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState } from "../../../components/QueryState";
import { DateField } from "../../../components/DateField";
import { DateTimeField, joinDateTime } from "../../../components/DateTimeField";
import { useSaveMeeting, type MeetingInput } from "../api/saveMeeting";
import { meetingStatuses, type Meeting } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { orNull } from "./labels";
import { TimeZoneSelect } from "./TimeZoneSelect";
import { useFieldChecks } from "../../../components/fieldChecks";

/** The server's limits (routes.ts MeetingBody): refused here with a message, never cut as typed. */
const limits = {
  code: 40,
  titleVi: 500,
  titleEn: 500,
  themeVi: 1000,
  themeEn: 1000,
  cityVi: 200,
  cityEn: 200,
  timeZone: 64,
} as const;

type DateKey = "startDate" | "endDate" | "deadlineDate" | "deadlineTime" | "purgeAt";

function MeetingForm({ m }: { m: Meeting | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const save = useSaveMeeting(m?.id ?? null);
  const check = useFieldChecks();
  const [f, setF] = useState({
    code: m?.code ?? "",
    titleVi: m?.titleVi ?? "",
    titleEn: m?.titleEn ?? "",
    themeVi: m?.themeVi ?? "",
    themeEn: m?.themeEn ?? "",
    cityVi: m?.cityVi ?? "",
    cityEn: m?.cityEn ?? "",
    timeZone: m?.timeZone ?? "Asia/Ho_Chi_Minh",
    status: m?.status ?? "planning",
  });
  // What the date and time fields report: ISO / "HH:mm", "" when empty, null while the text is not a real one.
  // The deadline comes as the meeting's wall-clock time with its offset ("2022-07-15T17:00:00+07:00"); it is sent
  // back as "yyyy-MM-ddTHH:mm", which the server reads in the meeting's time zone.
  const [d, setD] = useState<Record<DateKey, string | null>>({
    startDate: m?.startDate ?? "",
    endDate: m?.endDate ?? "",
    deadlineDate: m?.registrationDeadline ? m.registrationDeadline.slice(0, 10) : "",
    deadlineTime: m?.registrationDeadline ? m.registrationDeadline.slice(11, 16) : "",
    purgeAt: m?.purgeAt ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Read the value while the event is live: an updater runs later, when React has already let go of the event's
  // target (currentTarget is null by then, and the page crashed on the second keystroke).
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setF((x) => ({ ...x, [k]: value }));
    setErrors(({ [k]: _, ...rest }) => rest);
  };
  const setDate = (k: DateKey) => (v: string | null) => setD((x) => ({ ...x, [k]: v }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const required = t("meetings.form.required");
    for (const k of ["code", "titleVi", "titleEn", "cityVi", "cityEn", "timeZone"] as const) {
      const msg = check.required(f[k], t(`meetings.field.${k}`));
      if (msg) errs[k] = msg;
    }
    for (const k of Object.keys(limits) as (keyof typeof limits)[]) {
      const msg = check.tooLong(f[k], limits[k]);
      if (msg) errs[k] = msg;
    }
    const dateInvalid = t("common.date.invalid");
    for (const k of ["startDate", "endDate"] as const)
      if (!d[k])
        errs[k] = d[k] === null ? dateInvalid : t("common.field.required", { field: t(`meetings.field.${k}`) });
    if (d.startDate && d.endDate && d.endDate < d.startDate) errs.endDate = t("meetings.form.endAfterStart");
    const deadline = joinDateTime(d.deadlineDate, d.deadlineTime);
    if (deadline.date) errs.deadlineDate = deadline.date === "invalid" ? dateInvalid : required;
    if (deadline.time) errs.deadlineTime = deadline.time === "invalid" ? t("common.time.invalid") : required;
    if (d.purgeAt === null) errs.purgeAt = dateInvalid;
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const body: MeetingInput & { version?: number } = {
      code: f.code.trim(),
      titleVi: f.titleVi.trim(),
      titleEn: f.titleEn.trim(),
      themeVi: orNull(f.themeVi),
      themeEn: orNull(f.themeEn),
      startDate: d.startDate!,
      endDate: d.endDate!,
      cityVi: f.cityVi.trim(),
      cityEn: f.cityEn.trim(),
      timeZone: f.timeZone.trim(),
      registrationDeadline: deadline.value || null,
      status: f.status,
      purgeAt: d.purgeAt || null,
      ...(m ? { version: m.version } : {}),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        notify(t("common.saved"));
        void navigate(`/meetings/${saved.id}`);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="meeting-form-title">
      <Stack gap="md">
        <Title order={2} fz="h3" id="meeting-form-title">
          {m ? t("meetings.editTitle") : t("meetings.new")}
        </Title>
        <ErrorAlert error={save.error} onReload={() => void navigate(0)} />
        <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("meetings.field.code")}
                value={f.code}
                onChange={set("code")}
                error={check.tooLong(f.code, limits.code) ?? errors.code}
                required
              />
              <Select
                label={t("meetings.field.status")}
                data={meetingStatuses.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
                value={f.status}
                onChange={(v) => v && setF((x) => ({ ...x, status: v }))}
                allowDeselect={false}
              />
              <TextInput
                label={t("meetings.field.titleVi")}
                value={f.titleVi}
                onChange={set("titleVi")}
                error={check.tooLong(f.titleVi, limits.titleVi) ?? errors.titleVi}
                required
                lang="vi"
              />
              <TextInput
                label={t("meetings.field.titleEn")}
                value={f.titleEn}
                onChange={set("titleEn")}
                error={check.tooLong(f.titleEn, limits.titleEn) ?? errors.titleEn}
                required
                lang="en"
              />
              <Textarea
                label={t("meetings.field.themeVi")}
                value={f.themeVi}
                onChange={set("themeVi")}
                error={check.tooLong(f.themeVi, limits.themeVi)}
                autosize
                minRows={2}
                lang="vi"
              />
              <Textarea
                label={t("meetings.field.themeEn")}
                value={f.themeEn}
                onChange={set("themeEn")}
                error={check.tooLong(f.themeEn, limits.themeEn)}
                autosize
                minRows={2}
                lang="en"
              />
              <DateField
                label={t("meetings.field.startDate")}
                name="startDate"
                value={d.startDate}
                onChange={setDate("startDate")}
                error={errors.startDate}
                required
              />
              <DateField
                label={t("meetings.field.endDate")}
                name="endDate"
                value={d.endDate}
                onChange={setDate("endDate")}
                error={errors.endDate}
                required
              />
              <TextInput
                label={t("meetings.field.cityVi")}
                value={f.cityVi}
                onChange={set("cityVi")}
                error={check.tooLong(f.cityVi, limits.cityVi) ?? errors.cityVi}
                required
              />
              <TextInput
                label={t("meetings.field.cityEn")}
                value={f.cityEn}
                onChange={set("cityEn")}
                error={check.tooLong(f.cityEn, limits.cityEn) ?? errors.cityEn}
                required
              />
              <TimeZoneSelect
                value={f.timeZone}
                onChange={(v) => setF((x) => ({ ...x, timeZone: v }))}
                error={errors.timeZone}
              />
              <DateTimeField
                label={t("meetings.field.registrationDeadline")}
                description={t("meetings.field.deadlineHint")}
                name="registrationDeadline"
                date={d.deadlineDate}
                time={d.deadlineTime}
                onDateChange={setDate("deadlineDate")}
                onTimeChange={setDate("deadlineTime")}
                dateError={errors.deadlineDate}
                timeError={errors.deadlineTime}
              />
              <DateField
                label={t("meetings.field.purgeAt")}
                description={t("meetings.field.purgeAtHint")}
                name="purgeAt"
                value={d.purgeAt}
                onChange={setDate("purgeAt")}
                error={errors.purgeAt}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" component={Link} to={m ? `/meetings/${m.id}` : "/meetings"}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /meetings/new — the ICD creates a meeting. */
export function NewMeetingPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Page
      title={t("meetings.new")}
      before={
        <Anchor component={Link} to="/meetings" size="sm">
          ← {t("meetings.back")}
        </Anchor>
      }
    >
      {hasRole(me, "icd_officer") ? <MeetingForm m={null} /> : <EmptyState>{t("meetings.readOnly")}</EmptyState>}
    </Page>
  );
}

/** /meetings/:id/edit — inside the meeting frame. */
export function EditMeetingPage() {
  const { t } = useI18n();
  const m = useMeetingContext();
  if (!m.permissions?.manageProgramme) return <EmptyState>{t("meetings.readOnly")}</EmptyState>;
  return <MeetingForm key={m.version} m={m} />;
}
