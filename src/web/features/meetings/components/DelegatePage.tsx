import { Link, useNavigate, useParams } from "react-router";
import { Anchor, Avatar, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { countryName } from "../../../../shared/countries";
import { useDelegate } from "../api/delegate";
import { useDeleteDelegate } from "../api/deleteDelegate";
import { useSessions } from "../api/sessions";
import type { Delegate } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { Field } from "./OverviewTab";
import { ConfirmButton } from "./ConfirmButton";
import { AccreditationBadge, pick, timeOf, initials } from "./labels";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Travel({ d, dir }: { d: Delegate; dir: "arrival" | "departure" }) {
  const { t, fmtDate } = useI18n();
  const date = d[`${dir}Date`];
  if (!date) return <>{t("common.none")}</>;
  return (
    <>
      {fmtDate(date)} {d[`${dir}Time`] ?? ""} · {d[`${dir}Flight`] ?? "—"} · {d[`${dir}Airport`] ?? "—"}
    </>
  );
}

/** One delegate, showing only what the user may see (security: photo, name and delegation). */
export function DelegatePage() {
  const { t, lang, fmtDate } = useI18n();
  const m = useMeetingContext();
  const { delegationId = "", delegateId = "" } = useParams();
  const delegate = useDelegate(m.id, delegationId, delegateId);
  const sessions = useSessions(m.id);
  const del = useDeleteDelegate(m.id, delegationId);
  const navigate = useNavigate();
  const back = `/meetings/${m.id}/delegations/${delegationId}`;
  const none = t("common.none");
  return (
    <Stack gap="md">
      <Anchor component={Link} to={back} size="sm">
        ← {t("meetings.delegate.back")}
      </Anchor>
      <QueryState query={delegate}>
        {(d) => {
          const limited = d.role === undefined;
          const personal =
            m.permissions?.delegateView === "full" || m.permissions?.ownDelegationIds.includes(delegationId);
          const attended = (sessions.data ?? []).filter((s) => d.sessionIds?.includes(s.id));
          return (
            <Stack gap="md">
              <Paper
                withBorder
                radius="md"
                p={{ base: "md", sm: "lg" }}
                component="section"
                aria-labelledby="delegate-title"
              >
                <Group align="flex-start" gap="lg" wrap="wrap">
                  <Avatar
                    src={d.photoUrl}
                    alt={t("meetings.delegate.photoOf", { name: d.fullName })}
                    size={120}
                    radius="md"
                  >
                    {initials(d.fullName)}
                  </Avatar>
                  <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
                    <Group gap="xs">
                      <Title order={2} fz="h3" id="delegate-title">
                        {d.honorific ? `${d.honorific} ` : ""}
                        {d.fullName}
                      </Title>
                      {d.accreditationStatus && <AccreditationBadge status={d.accreditationStatus} />}
                      {d.sample && (
                        <Badge color="gray" variant="outline" tt="none">
                          {t("meetings.sample")}
                        </Badge>
                      )}
                    </Group>
                    {!limited && (
                      <Text size="sm">
                        {[d.role && t(`meetings.role.${d.role}`), d.position, d.organisation]
                          .filter(Boolean)
                          .join(" · ")}
                      </Text>
                    )}
                    {d.accreditationStatus === "rejected" && d.accreditationReason && (
                      <Text size="sm" c="red.8">
                        {t("meetings.delegate.rejectedBecause", { reason: d.accreditationReason })}
                      </Text>
                    )}
                    {limited && (
                      <Text size="sm" c="dimmed">
                        {t("meetings.delegate.limitedView")}
                      </Text>
                    )}
                  </Stack>
                  {m.permissions?.manageDelegations && !limited && (
                    <Group gap="xs">
                      <Button component={Link} to={`${back}/delegates/${d.id}/edit`} variant="default" size="xs">
                        {t("meetings.edit")}
                      </Button>
                      <ConfirmButton
                        label={t("meetings.delete")}
                        title={t("meetings.delegate.deleteTitle")}
                        message={t("meetings.delegate.deleteConfirm", { name: d.fullName })}
                        loading={del.isPending}
                        onConfirm={() =>
                          del.mutate({ id: d.id, version: d.version ?? 1 }, { onSuccess: () => void navigate(back) })
                        }
                      />
                    </Group>
                  )}
                </Group>
                <ErrorAlert error={del.error} onReload={() => void delegate.refetch()} />
              </Paper>
              {!limited && (
                <>
                  <Section id="delegate-identity" title={t("meetings.delegate.identity")}>
                    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                      <Field label={t("meetings.delegate.gender")}>
                        {d.gender ? t(`meetings.gender.${d.gender}`) : none}
                      </Field>
                      <Field label={t("meetings.delegate.nationality")}>
                        {d.nationality ? `${countryName(d.nationality, lang)} (${d.nationality})` : none}
                      </Field>
                      <Field label={t("meetings.delegate.email")}>{d.email ?? none}</Field>
                      <Field label={t("meetings.delegate.phone")}>{d.phone ?? none}</Field>
                      {personal && (
                        <>
                          <Field label={t("meetings.delegate.passportNumber")}>{d.passportNumber ?? none}</Field>
                          <Field label={t("meetings.delegate.passportExpiry")}>
                            {d.passportExpiry ? fmtDate(d.passportExpiry) : none}
                          </Field>
                          <Field label={t("meetings.delegate.dateOfBirth")}>
                            {d.dateOfBirth ? fmtDate(d.dateOfBirth) : none}
                          </Field>
                        </>
                      )}
                    </SimpleGrid>
                    {!personal && (
                      <Text size="xs" c="dimmed" mt="sm">
                        {t("meetings.delegate.personalHidden")}
                      </Text>
                    )}
                  </Section>
                  <Section id="delegate-travel" title={t("meetings.delegate.travel")}>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <Field label={t("meetings.delegate.arrival")}>
                        <Travel d={d} dir="arrival" />
                      </Field>
                      <Field label={t("meetings.delegate.departure")}>
                        <Travel d={d} dir="departure" />
                      </Field>
                      <Field label={t("meetings.delegate.hotel")}>{d.hotel ?? none}</Field>
                      <Field label={t("meetings.delegate.dietary")}>{d.dietary ?? none}</Field>
                      <Field label={t("meetings.delegate.accessibility")}>{d.accessibility ?? none}</Field>
                    </SimpleGrid>
                  </Section>
                  <Section id="delegate-sessions" title={t("meetings.delegate.sessions", { n: attended.length })}>
                    {attended.length ? (
                      <List size="sm" spacing={4}>
                        {attended.map((s) => (
                          <List.Item key={s.id}>
                            <Anchor component={Link} to={`/meetings/${m.id}/programme/${s.id}`} size="sm">
                              {fmtDate(s.start.slice(0, 10))} {timeOf(s.start)} — {pick(lang, s.titleVi, s.titleEn)}
                            </Anchor>
                          </List.Item>
                        ))}
                      </List>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {none}
                      </Text>
                    )}
                  </Section>
                </>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
