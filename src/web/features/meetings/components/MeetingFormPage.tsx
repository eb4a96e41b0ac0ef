import { Link, useNavigate } from "react-router";
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { useMe } from "../../../lib/me";
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
import { parsedInputProps, useCheckedForm } from "../../../components/useCheckedForm";

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

/** Text as typed; days and times as their fields report them ("" when empty, null while not a real one). */
type MeetingValues = Record<keyof typeof limits, string> & { status: Meeting["status"] } & Record<
    "startDate" | "endDate" | "deadlineDate" | "deadlineTime" | "purgeAt",
    string | null
  >;

function MeetingForm({ m }: { m: Meeting | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const save = useSaveMeeting(m?.id ?? null);
  const required = t("meetings.form.required");
  const label = (k: "code" | "titleVi" | "titleEn" | "cityVi" | "cityEn" | "timeZone" | "startDate" | "endDate") =>
    t(`meetings.field.${k}`);
  const form = useCheckedForm<MeetingValues>({
    initialValues: {
      code: m?.code ?? "",
      titleVi: m?.titleVi ?? "",
      titleEn: m?.titleEn ?? "",
      themeVi: m?.themeVi ?? "",
      themeEn: m?.themeEn ?? "",
      cityVi: m?.cityVi ?? "",
      cityEn: m?.cityEn ?? "",
      timeZone: m?.timeZone ?? "Asia/Ho_Chi_Minh",
      status: m?.status ?? "planning",
      // What the date and time fields report: ISO / "HH:mm", "" when empty, null while the text is not a real one.
      // The deadline comes as the meeting's wall-clock time with its offset ("2022-07-15T17:00:00+07:00"); it is
      // sent back as "yyyy-MM-ddTHH:mm", which the server reads in the meeting's time zone.
      startDate: m?.startDate ?? "",
      endDate: m?.endDate ?? "",
      deadlineDate: m?.registrationDeadline ? m.registrationDeadline.slice(0, 10) : "",
      deadlineTime: m?.registrationDeadline ? m.registrationDeadline.slice(11, 16) : "",
      purgeAt: m?.purgeAt ?? "",
    },
    required: Object.fromEntries(
      (["code", "titleVi", "titleEn", "cityVi", "cityEn", "timeZone", "startDate", "endDate"] as const).map((k) => [
        k,
        label(k),
      ]),
    ),
    limits,
    dates: ["startDate", "endDate", "deadlineDate", "purgeAt"],
    times: ["deadlineTime"],
    rules: (v) => {
      const deadline = joinDateTime(v.deadlineDate, v.deadlineTime);
      return {
        endDate: v.startDate && v.endDate && v.endDate < v.startDate && t("meetings.form.endAfterStart"),
        deadlineDate: deadline.date === "missing" && required,
        deadlineTime: deadline.time === "missing" && required,
      };
    },
  });

  const onSubmit = form.onSubmit((v) => {
    const body: MeetingInput & { version?: number } = {
      code: v.code.trim(),
      titleVi: v.titleVi.trim(),
      titleEn: v.titleEn.trim(),
      themeVi: orNull(v.themeVi),
      themeEn: orNull(v.themeEn),
      startDate: v.startDate ?? "",
      endDate: v.endDate ?? "",
      cityVi: v.cityVi.trim(),
      cityEn: v.cityEn.trim(),
      timeZone: v.timeZone.trim(),
      registrationDeadline: joinDateTime(v.deadlineDate, v.deadlineTime).value || null,
      status: v.status,
      purgeAt: v.purgeAt || null,
      ...(m ? { version: m.version } : {}),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        notify(t("common.saved"));
        void navigate(`/meetings/${saved.id}`);
      },
    });
  });
  const deadlineDate = parsedInputProps(form, "deadlineDate");
  const deadlineTime = parsedInputProps(form, "deadlineTime");

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
              <TextInput label={t("meetings.field.code")} {...form.getInputProps("code")} required />
              <Select
                label={t("meetings.field.status")}
                data={meetingStatuses.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
                {...form.getInputProps("status")}
                allowDeselect={false}
              />
              <TextInput label={t("meetings.field.titleVi")} {...form.getInputProps("titleVi")} required lang="vi" />
              <TextInput label={t("meetings.field.titleEn")} {...form.getInputProps("titleEn")} required lang="en" />
              <Textarea
                label={t("meetings.field.themeVi")}
                {...form.getInputProps("themeVi")}
                autosize
                minRows={2}
                lang="vi"
              />
              <Textarea
                label={t("meetings.field.themeEn")}
                {...form.getInputProps("themeEn")}
                autosize
                minRows={2}
                lang="en"
              />
              <DateField label={t("meetings.field.startDate")} {...parsedInputProps(form, "startDate")} required />
              <DateField label={t("meetings.field.endDate")} {...parsedInputProps(form, "endDate")} required />
              <TextInput label={t("meetings.field.cityVi")} {...form.getInputProps("cityVi")} required />
              <TextInput label={t("meetings.field.cityEn")} {...form.getInputProps("cityEn")} required />
              <TimeZoneSelect {...form.getInputProps("timeZone")} value={form.values.timeZone} />
              <DateTimeField
                label={t("meetings.field.registrationDeadline")}
                description={t("meetings.field.deadlineHint")}
                name="registrationDeadline"
                date={deadlineDate.value}
                time={deadlineTime.value}
                onDateChange={deadlineDate.onChange}
                onTimeChange={deadlineTime.onChange}
                dateError={deadlineDate.error}
                timeError={deadlineTime.error}
              />
              <DateField
                label={t("meetings.field.purgeAt")}
                description={t("meetings.field.purgeAtHint")}
                {...parsedInputProps(form, "purgeAt")}
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
      {me.permissions.meetings.create ? <MeetingForm m={null} /> : <EmptyState>{t("meetings.readOnly")}</EmptyState>}
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
