import { useState } from "react";
import { Link, NavLink, useParams } from "react-router";
import {
  Anchor,
  Avatar,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  NativeSelect,
  Title,
} from "@mantine/core";
import { statusLabels } from "../../../lib/statusLabels";
import { useI18n } from "../../../lib/i18n";
import { extraDelegationTabs } from "../../../lib/meetingTabs";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import { useDelegation } from "../api/delegation";
import { useDeleteDelegation } from "../api/deleteDelegation";
import { useDelegatesPage } from "../api/delegates";
import type { AccreditationStatus, Delegation, Meeting } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { Field } from "./OverviewTab";
import { Counts } from "./DelegationsTab";
import { ConfirmButton } from "./ConfirmButton";
import { AccreditationBadge, CategoryBadge, CountryChip, initials, pick } from "./labels";
import { accreditationStatuses } from "../../../../shared/schemas/meetings";

/** Tabs of the delegation page: its delegates, then what other features register (versions, badges…). */
function DelegationTabs({ m, d }: { m: Meeting; d: Delegation }) {
  const { t } = useI18n();
  const extra = extraDelegationTabs().filter((x) => x.visible?.(m, d) ?? true);
  if (!extra.length) return null;
  const base = `/meetings/${m.id}/delegations/${d.id}`;
  const tabs = [
    { to: base, label: t("meetings.delegation.delegates"), end: true },
    ...extra.map((x) => ({ to: `${base}/${x.key}`, label: t(x.labelKey), end: false })),
  ];
  return (
    <nav aria-label={t("meetings.delegation.tabsLabel")}>
      <Group gap={4} wrap="wrap">
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end}>
            {({ isActive }) => (
              <Button component="span" variant={isActive ? "light" : "subtle"} size="xs">
                {tab.label}
              </Button>
            )}
          </NavLink>
        ))}
      </Group>
    </nav>
  );
}

function ExtraTab({ m, d, tabKey }: { m: Meeting; d: Delegation; tabKey: string }) {
  const { t } = useI18n();
  const tab = extraDelegationTabs().find((x) => x.key === tabKey);
  if (!tab || !(tab.visible?.(m, d) ?? true)) return <EmptyState>{t("meetings.tabNotFound")}</EmptyState>;
  return <>{tab.render(m, d)}</>;
}

function DelegatesTable({ m, d }: { m: Meeting; d: Delegation }) {
  const { t, fmtDate } = useI18n();
  const limited = m.permissions?.delegateView === "badge";
  const [status, setStatus] = useState<AccreditationStatus | "all">("all");
  // One page at a time, searched and filtered on the server: a delegation of thousands stays quick.
  const delegates = useDelegatesPage(m.id, d.id, { status: status === "all" ? undefined : status });
  const base = `/meetings/${m.id}/delegations/${d.id}/delegates`;
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="delegates-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} fz="h4" id="delegates-title">
            {t("meetings.delegation.delegates")}
          </Title>
          {m.permissions?.manageDelegations && (
            <Button component={Link} to={`${base}/new`} size="xs">
              {t("meetings.delegate.new")}
            </Button>
          )}
        </Group>
        <Group align="flex-end" gap="md">
          <PagedSearch
            paged={delegates}
            label={t("meetings.delegate.search")}
            placeholder={t("meetings.delegate.searchPlaceholder")}
          />
          {!limited && (
            <NativeSelect
              label={t("meetings.delegate.accreditation")}
              value={status}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setStatus(accreditationStatuses.find((s) => s === v) ?? "all");
              }}
              data={[
                { value: "all", label: t("meetings.delegate.statusAll") },
                ...(["pending", "accredited", "rejected"] as const).map((s) => ({
                  value: s,
                  label: t(statusLabels.accreditation[s]),
                })),
              ]}
              w={{ base: "100%", sm: 200 }}
            />
          )}
        </Group>
        <PagedList paged={delegates} empty={t("meetings.delegate.empty")} noMatch={t("meetings.delegate.noMatch")}>
          {(shown) => {
            return (
              <>
                <Box visibleFrom="sm">
                  <Table.ScrollContainer minWidth={limited ? 0 : 640}>
                    <Table verticalSpacing="xs" highlightOnHover>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t("meetings.delegate.name")}</Table.Th>
                          {!limited && (
                            <>
                              <Table.Th>{t("meetings.delegate.role")}</Table.Th>
                              <Table.Th>{t("meetings.delegate.position")}</Table.Th>
                              <Table.Th>{t("meetings.delegate.arrival")}</Table.Th>
                              <Table.Th>{t("meetings.delegate.accreditation")}</Table.Th>
                            </>
                          )}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {shown.map((x) => (
                          <Table.Tr key={x.id}>
                            <Table.Td>
                              <Group gap="sm" wrap="nowrap">
                                <Avatar src={x.photoUrl} alt="" size="md" radius="sm">
                                  {initials(x.fullName)}
                                </Avatar>
                                <Stack gap={0}>
                                  <Anchor component={Link} to={`${base}/${x.id}`} fw={600}>
                                    {x.honorific ? `${x.honorific} ` : ""}
                                    {x.fullName}
                                  </Anchor>
                                  {x.sample && (
                                    <Text size="xs" c="dimmed">
                                      {t("meetings.sample")}
                                    </Text>
                                  )}
                                </Stack>
                              </Group>
                            </Table.Td>
                            {!limited && (
                              <>
                                <Table.Td>{x.role ? t(`meetings.role.${x.role}`) : "—"}</Table.Td>
                                <Table.Td>{x.position ?? "—"}</Table.Td>
                                <Table.Td style={{ whiteSpace: "nowrap" }}>
                                  {x.arrivalDate
                                    ? `${fmtDate(x.arrivalDate)} ${x.arrivalTime ?? ""} ${x.arrivalFlight ?? ""}`.trim()
                                    : "—"}
                                </Table.Td>
                                <Table.Td>
                                  {x.accreditationStatus && <AccreditationBadge status={x.accreditationStatus} />}
                                </Table.Td>
                              </>
                            )}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Box>
                {/* Phones: one card per delegate instead of a wide table. */}
                <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                  {shown.map((x) => (
                    <Paper key={x.id} withBorder radius="sm" p="xs" component="li">
                      <Group gap="sm" wrap="nowrap" align="flex-start">
                        <Avatar src={x.photoUrl} alt="" size="md" radius="sm">
                          {initials(x.fullName)}
                        </Avatar>
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <Anchor component={Link} to={`${base}/${x.id}`} fw={600}>
                            {x.honorific ? `${x.honorific} ` : ""}
                            {x.fullName}
                          </Anchor>
                          {!limited && (
                            <Text size="sm">
                              {[x.role && t(`meetings.role.${x.role}`), x.position].filter(Boolean).join(" · ")}
                            </Text>
                          )}
                          {x.arrivalDate && (
                            <Text size="xs" c="dimmed">
                              {t("meetings.delegate.arrival")}: {fmtDate(x.arrivalDate)} {x.arrivalTime ?? ""}{" "}
                              {x.arrivalFlight ?? ""}
                            </Text>
                          )}
                          <Group gap={4}>
                            {x.accreditationStatus && <AccreditationBadge status={x.accreditationStatus} />}
                            {x.sample && (
                              <Text size="xs" c="dimmed">
                                {t("meetings.sample")}
                              </Text>
                            )}
                          </Group>
                        </Stack>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              </>
            );
          }}
        </PagedList>
      </Stack>
    </Paper>
  );
}

/** A delegation: country, category, head and contact, then its delegates (or another feature's tab). */
export function DelegationPage() {
  const { t, lang } = useI18n();
  const m = useMeetingContext();
  const params = useParams();
  const delegationId = params.delegationId ?? "";
  // Other features' delegation tabs live at /meetings/:id/delegations/:delegationId/<key>/*.
  const tabKey = (params["*"] ?? "").split("/")[0] ?? "";
  const delegation = useDelegation(m.id, delegationId);
  const del = useDeleteDelegation(m.id);
  return (
    <QueryState query={delegation}>
      {(d) => (
        <Stack gap="md">
          <Anchor component={Link} to={`/meetings/${m.id}/delegations`} size="sm">
            ← {t("meetings.delegation.back")}
          </Anchor>
          <Paper
            withBorder
            radius="md"
            p={{ base: "md", sm: "lg" }}
            component="section"
            aria-labelledby="delegation-title"
          >
            <Stack gap="md">
              <Group justify="space-between" align="flex-start">
                <Group gap="sm">
                  <CountryChip code={d.country} />
                  <Title order={2} fz="h3" id="delegation-title">
                    {pick(lang, d.nameVi, d.nameEn)}
                  </Title>
                  <CategoryBadge category={d.category} />
                </Group>
                {m.permissions?.manageDelegations && (
                  <Group gap="xs">
                    <Button
                      component={Link}
                      to={`/meetings/${m.id}/delegations/${d.id}/edit`}
                      variant="default"
                      size="xs"
                    >
                      {t("meetings.edit")}
                    </Button>
                    {d.counts.total === 0 && (
                      <ConfirmButton
                        label={t("meetings.delete")}
                        title={t("meetings.delegation.deleteTitle")}
                        message={t("meetings.delegation.deleteConfirm")}
                        loading={del.isPending}
                        onConfirm={() => del.mutate({ id: d.id, version: d.version })}
                      />
                    )}
                  </Group>
                )}
              </Group>
              <ErrorAlert error={del.error} />
              {del.isSuccess && <Badge color="gray">{t("meetings.delegation.deleted")}</Badge>}
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <Field label={t("meetings.delegation.country")}>
                  {d.country
                    ? `${pick(lang, d.countryNameVi, d.countryNameEn)} (${d.country})`
                    : t("meetings.delegation.organisation")}
                </Field>
                <Field label={t("meetings.delegation.head")}>
                  {d.head ? [d.head.honorific, d.head.fullName].filter(Boolean).join(" ") : t("common.none")}
                </Field>
                <Field label={t("meetings.delegation.contact")}>
                  {d.contactName || d.contactEmail ? (
                    <>
                      {d.contactName && <div>{d.contactName}</div>}
                      {d.contactEmail && (
                        <Anchor href={`mailto:${d.contactEmail}`} size="sm">
                          {d.contactEmail}
                        </Anchor>
                      )}
                    </>
                  ) : (
                    t("common.none")
                  )}
                </Field>
                <Field label={t("meetings.delegation.delegates")}>
                  <Counts c={d.counts} />
                </Field>
              </SimpleGrid>
            </Stack>
          </Paper>
          <DelegationTabs m={m} d={d} />
          {tabKey ? <ExtraTab m={m} d={d} tabKey={tabKey} /> : <DelegatesTable m={m} d={d} />}
        </Stack>
      )}
    </QueryState>
  );
}
