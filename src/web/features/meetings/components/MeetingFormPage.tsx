import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useI18n } from "../../../lib/i18n";
import { hasRole, useMe } from "../../../lib/me";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState } from "../../../components/QueryState";
import { useSaveMeeting, type MeetingInput } from "../api/saveMeeting";
import { meetingStatuses, type Meeting } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { isIsoDate, orNull } from "./labels";

function MeetingForm({ m }: { m: Meeting | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const save = useSaveMeeting(m?.id ?? null);
  const [f, setF] = useState({
    code: m?.code ?? "",
    titleVi: m?.titleVi ?? "",
    titleEn: m?.titleEn ?? "",
    themeVi: m?.themeVi ?? "",
    themeEn: m?.themeEn ?? "",
    startDate: m?.startDate ?? "",
    endDate: m?.endDate ?? "",
    cityVi: m?.cityVi ?? "",
    cityEn: m?.cityEn ?? "",
    timeZone: m?.timeZone ?? "Asia/Ho_Chi_Minh",
    deadline: m?.registrationDeadline ? m.registrationDeadline.slice(0, 16) : "",
    status: m?.status ?? "planning",
    purgeAt: m?.purgeAt ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) =>
    setF((x) => ({ ...x, [k]: e.currentTarget.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const required = t("meetings.form.required");
    for (const k of ["code", "titleVi", "titleEn", "cityVi", "cityEn", "timeZone"] as const)
      if (!f[k].trim()) errs[k] = required;
    if (!isIsoDate(f.startDate)) errs.startDate = required;
    if (!isIsoDate(f.endDate)) errs.endDate = required;
    else if (isIsoDate(f.startDate) && f.endDate < f.startDate) errs.endDate = t("meetings.form.endAfterStart");
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const body: MeetingInput & { version?: number } = {
      code: f.code.trim(),
      titleVi: f.titleVi.trim(),
      titleEn: f.titleEn.trim(),
      themeVi: orNull(f.themeVi),
      themeEn: orNull(f.themeEn),
      startDate: f.startDate,
      endDate: f.endDate,
      cityVi: f.cityVi.trim(),
      cityEn: f.cityEn.trim(),
      timeZone: f.timeZone.trim(),
      registrationDeadline: orNull(f.deadline),
      status: f.status,
      purgeAt: orNull(f.purgeAt),
      ...(m ? { version: m.version } : {}),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        notifications.show({ color: "green", message: t("common.saved") });
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
                error={errors.code}
                required
                maxLength={40}
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
                error={errors.titleVi}
                required
                lang="vi"
              />
              <TextInput
                label={t("meetings.field.titleEn")}
                value={f.titleEn}
                onChange={set("titleEn")}
                error={errors.titleEn}
                required
                lang="en"
              />
              <Textarea
                label={t("meetings.field.themeVi")}
                value={f.themeVi}
                onChange={set("themeVi")}
                autosize
                minRows={2}
                lang="vi"
              />
              <Textarea
                label={t("meetings.field.themeEn")}
                value={f.themeEn}
                onChange={set("themeEn")}
                autosize
                minRows={2}
                lang="en"
              />
              <TextInput
                type="date"
                label={t("meetings.field.startDate")}
                value={f.startDate}
                onChange={set("startDate")}
                error={errors.startDate}
                required
              />
              <TextInput
                type="date"
                label={t("meetings.field.endDate")}
                value={f.endDate}
                onChange={set("endDate")}
                error={errors.endDate}
                required
              />
              <TextInput
                label={t("meetings.field.cityVi")}
                value={f.cityVi}
                onChange={set("cityVi")}
                error={errors.cityVi}
                required
              />
              <TextInput
                label={t("meetings.field.cityEn")}
                value={f.cityEn}
                onChange={set("cityEn")}
                error={errors.cityEn}
                required
              />
              <TextInput
                label={t("meetings.field.timeZone")}
                description={t("meetings.field.timeZoneHint")}
                value={f.timeZone}
                onChange={set("timeZone")}
                error={errors.timeZone}
                required
              />
              <TextInput
                type="datetime-local"
                label={t("meetings.field.registrationDeadline")}
                description={t("meetings.field.deadlineHint")}
                value={f.deadline}
                onChange={set("deadline")}
              />
              <TextInput
                type="date"
                label={t("meetings.field.purgeAt")}
                description={t("meetings.field.purgeAtHint")}
                value={f.purgeAt}
                onChange={set("purgeAt")}
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
