import { Link } from "react-router";
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useMeetingContext } from "./MeetingLayout";
import { MeetingStatusBadge } from "./labels";

export function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

/** Title and theme in both languages, dates, city, time zone, status and counts. */
export function OverviewTab() {
  const { t, fmtDate, fmtDateTime, fmtZone } = useI18n();
  const m = useMeetingContext();
  const none = t("common.none");
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="overview-title">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} fz="h4" id="overview-title">
              {t("meetings.overview.title")}
            </Title>
            {m.permissions?.manageProgramme && (
              <Button component={Link} to={`/meetings/${m.id}/edit`} variant="default" size="xs">
                {t("meetings.edit")}
              </Button>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Field label={t("meetings.field.titleVi")}>
              <span lang="vi">{m.titleVi}</span>
            </Field>
            <Field label={t("meetings.field.titleEn")}>
              <span lang="en">{m.titleEn}</span>
            </Field>
            <Field label={t("meetings.field.themeVi")}>{m.themeVi ? <span lang="vi">“{m.themeVi}”</span> : none}</Field>
            <Field label={t("meetings.field.themeEn")}>{m.themeEn ? <span lang="en">“{m.themeEn}”</span> : none}</Field>
            <Field label={t("meetings.field.code")}>{m.code}</Field>
            <Field label={t("meetings.field.status")}>
              <MeetingStatusBadge status={m.status} />
            </Field>
            <Field label={t("meetings.field.dates")}>
              {t("meetings.dateRange", { from: fmtDate(m.startDate), to: fmtDate(m.endDate) })}
            </Field>
            <Field label={t("meetings.field.city")}>
              {m.cityVi}
              {m.cityEn !== m.cityVi && ` / ${m.cityEn}`}
            </Field>
            <Field label={t("meetings.field.timeZone")}>
              {fmtZone(m.timeZone, new Date(`${m.startDate}T12:00:00Z`))}
            </Field>
            <Field label={t("meetings.field.registrationDeadline")}>
              {m.registrationDeadline ? fmtDateTime(m.registrationDeadline, { timeZone: m.timeZone }) : none}
            </Field>
          </SimpleGrid>
        </Stack>
      </Paper>
      {m.counts && (
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          {(
            [
              ["delegations", m.counts.delegations, "delegations"],
              ["delegates", m.counts.delegates, "delegations"],
              ["sessions", m.counts.sessions, "programme"],
            ] as const
          ).map(([k, n, to]) => (
            <Paper key={k} withBorder radius="md" p="md" component={Link} to={`/meetings/${m.id}/${to}`}>
              <Text fz={28} fw={700} lh={1.1}>
                {n}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`meetings.overview.count.${k}`)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {m.purgedAt && <Text size="sm">{t("meetings.overview.purged", { date: fmtDate(m.purgedAt) })}</Text>}
    </Stack>
  );
}
