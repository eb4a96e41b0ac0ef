import { Link, useNavigate, useParams } from "react-router";
import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useSessions } from "../api/sessions";
import { useDeleteSession } from "../api/deleteSession";
import { useDelegations } from "../api/delegations";
import { chairIn } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { Field } from "./OverviewTab";
import { ConfirmButton } from "./ConfirmButton";
import { ClashBadge, DelegationName, KindBadge, dayOf, pick, timeOf, weekday } from "./labels";

/** One session: time, room, chair, agenda with presenters and documents, attending delegations, clashes. */
export function SessionPage() {
  const { t, lang, fmtDate, fmtZone } = useI18n();
  const m = useMeetingContext();
  const { sessionId = "" } = useParams();
  const sessions = useSessions(m.id);
  const delegations = useDelegations(m.id);
  const del = useDeleteSession(m.id);
  const navigate = useNavigate();
  return (
    <QueryState query={sessions}>
      {(all) => {
        const s = all.find((x) => x.id === sessionId);
        if (!s) return <EmptyState>{t("meetings.session.notFound")}</EmptyState>;
        const attending = (delegations.data ?? []).filter((d) => s.delegationIds.includes(d.id));
        return (
          <Stack gap="md">
            <Anchor component={Link} to={`/meetings/${m.id}/programme`} size="sm">
              ← {t("meetings.session.back")}
            </Anchor>
            <Paper
              withBorder
              radius="md"
              p={{ base: "md", sm: "lg" }}
              component="section"
              aria-labelledby="session-title"
            >
              <Stack gap="md">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <KindBadge kind={s.kind} />
                      <ClashBadge session={s} all={all} />
                    </Group>
                    <Title order={2} fz="h3" id="session-title">
                      {pick(lang, s.titleVi, s.titleEn)}
                    </Title>
                    <Text size="sm" c="dimmed" lang={lang === "vi" ? "en" : "vi"}>
                      {lang === "vi" ? s.titleEn : s.titleVi}
                    </Text>
                  </Stack>
                  {m.permissions?.manageProgramme && (
                    <Group gap="xs">
                      <Button
                        component={Link}
                        to={`/meetings/${m.id}/programme/${s.id}/edit`}
                        variant="default"
                        size="xs"
                      >
                        {t("meetings.edit")}
                      </Button>
                      <ConfirmButton
                        label={t("meetings.delete")}
                        title={t("meetings.session.deleteTitle")}
                        message={t("meetings.session.deleteConfirm")}
                        loading={del.isPending}
                        onConfirm={() =>
                          del.mutate(
                            { id: s.id, version: s.version },
                            { onSuccess: () => void navigate(`/meetings/${m.id}/programme`) },
                          )
                        }
                      />
                    </Group>
                  )}
                </Group>
                <ErrorAlert error={del.error} onReload={() => void sessions.refetch()} />
                {s.clashes.length > 0 && (
                  <List size="sm" c="red.8">
                    {s.clashes.map((c) => {
                      const other = all.find((x) => x.id === c.sessionId);
                      return (
                        <List.Item key={`${c.sessionId}-${c.on}`}>
                          {t(`meetings.clash.${c.on}Long`)}{" "}
                          <Anchor
                            component={Link}
                            to={`/meetings/${m.id}/programme/${c.sessionId}`}
                            c="red.8"
                            fw={600}
                            size="sm"
                          >
                            {other
                              ? `${pick(lang, other.titleVi, other.titleEn)} (${timeOf(other.start)}–${timeOf(other.end)})`
                              : c.sessionId}
                          </Anchor>
                        </List.Item>
                      );
                    })}
                  </List>
                )}
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Field label={t("meetings.session.when")}>
                    {weekday(lang, dayOf(s.start))}, {fmtDate(dayOf(s.start))} · {timeOf(s.start)}–{timeOf(s.end)}
                    <Text size="xs" c="dimmed">
                      {fmtZone(m.timeZone, new Date(`${dayOf(s.start)}T12:00:00Z`))}
                    </Text>
                  </Field>
                  <Field label={t("meetings.session.room")}>
                    {s.room
                      ? `${pick(lang, s.room.nameVi, s.room.nameEn)} · ${pick(lang, s.room.venueNameVi, s.room.venueNameEn)}`
                      : t("meetings.session.noRoom")}
                  </Field>
                  <Field label={t("meetings.session.chair")}>{chairIn(s, lang) ?? t("common.none")}</Field>
                </SimpleGrid>
                {pick(lang, s.notesVi, s.notesEn) && <Text size="sm">{pick(lang, s.notesVi, s.notesEn)}</Text>}
              </Stack>
            </Paper>

            <Paper
              withBorder
              radius="md"
              p={{ base: "md", sm: "lg" }}
              component="section"
              aria-labelledby="agenda-title"
            >
              <Title order={2} fz="h4" id="agenda-title" mb="sm">
                {t("meetings.agenda.title")}
              </Title>
              {s.agenda.length ? (
                <Table.ScrollContainer minWidth={0}>
                  <Table verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={40}>#</Table.Th>
                        <Table.Th>{t("meetings.agenda.item")}</Table.Th>
                        <Table.Th>{t("meetings.agenda.presenter")}</Table.Th>
                        <Table.Th>{t("meetings.agenda.documents")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {s.agenda.map((a, i) => (
                        <Table.Tr key={a.id ?? i}>
                          <Table.Td>{a.position ?? i + 1}</Table.Td>
                          <Table.Td>{pick(lang, a.titleVi, a.titleEn)}</Table.Td>
                          <Table.Td>{a.presenter ?? "—"}</Table.Td>
                          <Table.Td style={{ whiteSpace: "pre-line" }}>{a.documents ?? "—"}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("meetings.agenda.empty")}
                </Text>
              )}
            </Paper>

            <Paper
              withBorder
              radius="md"
              p={{ base: "md", sm: "lg" }}
              component="section"
              aria-labelledby="attending-title"
            >
              <Title order={2} fz="h4" id="attending-title" mb="sm">
                {t("meetings.session.attending", { n: s.delegationIds.length })}
              </Title>
              {attending.length ? (
                <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
                  {attending.map((d) => (
                    <Anchor key={d.id} component={Link} to={`/meetings/${m.id}/delegations/${d.id}`} size="sm">
                      <DelegationName d={d} />
                    </Anchor>
                  ))}
                </SimpleGrid>
              ) : (
                <Text size="sm" c="dimmed">
                  {s.delegationIds.length ? t("meetings.session.attendingHidden") : t("meetings.session.attendingNone")}
                </Text>
              )}
            </Paper>
          </Stack>
        );
      }}
    </QueryState>
  );
}
