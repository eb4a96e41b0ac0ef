import { useState } from "react";
import { Link } from "react-router";
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { QueryState } from "../../../components/QueryState";
import { matchesSearch } from "../../../../shared/text";
import { useDelegations } from "../api/delegations";
import type { Delegation } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { CategoryBadge, DelegationName } from "./labels";

function searchable(d: Delegation) {
  return [d.nameVi, d.nameEn, d.countryNameVi, d.countryNameEn, d.country, d.head?.fullName].filter(Boolean).join(" ");
}

export function Counts({ c }: { c: Delegation["counts"] }) {
  const { t } = useI18n();
  return (
    <Group gap={4} wrap="wrap">
      <Text size="sm" fw={600} mr={4}>
        {c.total}
      </Text>
      {c.accredited > 0 && (
        <Badge size="sm" color="green" variant="light" tt="none">
          {t("meetings.accreditation.countAccredited", { n: c.accredited })}
        </Badge>
      )}
      {c.pending > 0 && (
        <Badge size="sm" color="yellow" variant="light" tt="none">
          {t("meetings.accreditation.countPending", { n: c.pending })}
        </Badge>
      )}
      {c.rejected > 0 && (
        <Badge size="sm" color="red" variant="light" tt="none">
          {t("meetings.accreditation.countRejected", { n: c.rejected })}
        </Badge>
      )}
    </Group>
  );
}

/** The delegations, with category, head and delegates by accreditation status; search ignores diacritics. */
export function DelegationsTab() {
  const { t } = useI18n();
  const m = useMeetingContext();
  const delegations = useDelegations(m.id);
  const [q, setQ] = useState("");
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t("meetings.delegation.search")}
          placeholder={t("meetings.delegation.searchPlaceholder")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={{ base: "100%", sm: 320 }}
          type="search"
        />
        {m.permissions?.manageDelegations && (
          <Button component={Link} to={`/meetings/${m.id}/delegations/new`}>
            {t("meetings.delegation.new")}
          </Button>
        )}
      </Group>
      <QueryState query={delegations} isEmpty={(d) => d.length === 0} empty={t("meetings.delegation.empty")}>
        {(list) => {
          const shown = q.trim() ? list.filter((d) => matchesSearch(searchable(d), q)) : list;
          const total = list.reduce((n, d) => n + d.counts.total, 0);
          return (
            <Stack gap="xs">
              <Text size="sm" c="dimmed" role="status">
                {t("meetings.delegation.summary", { n: shown.length, of: list.length, people: total })}
              </Text>
              {shown.length === 0 ? (
                <Text size="sm">{t("meetings.delegation.noMatch")}</Text>
              ) : (
                <>
                  <Box visibleFrom="sm">
                    <Table.ScrollContainer minWidth={560}>
                      <Table verticalSpacing="xs" highlightOnHover>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t("meetings.delegation.name")}</Table.Th>
                            <Table.Th>{t("meetings.delegation.category")}</Table.Th>
                            <Table.Th>{t("meetings.delegation.head")}</Table.Th>
                            <Table.Th>{t("meetings.delegation.delegates")}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {shown.map((d) => (
                            <Table.Tr key={d.id}>
                              <Table.Td>
                                <Anchor component={Link} to={`/meetings/${m.id}/delegations/${d.id}`} fw={600}>
                                  <DelegationName d={d} />
                                </Anchor>
                              </Table.Td>
                              <Table.Td>
                                <CategoryBadge category={d.category} />
                              </Table.Td>
                              <Table.Td>
                                {d.head ? [d.head.honorific, d.head.fullName].filter(Boolean).join(" ") : "—"}
                              </Table.Td>
                              <Table.Td>
                                <Counts c={d.counts} />
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </Box>
                  {/* Phones: one card per delegation instead of a wide table. */}
                  <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                    {shown.map((d) => (
                      <Paper key={d.id} withBorder radius="sm" p="sm" component="li">
                        <Stack gap={4}>
                          <Anchor component={Link} to={`/meetings/${m.id}/delegations/${d.id}`} fw={600}>
                            <DelegationName d={d} />
                          </Anchor>
                          <Group gap="xs">
                            <CategoryBadge category={d.category} />
                          </Group>
                          {d.head && (
                            <Text size="sm">
                              {t("meetings.delegation.head")}:{" "}
                              {[d.head.honorific, d.head.fullName].filter(Boolean).join(" ")}
                            </Text>
                          )}
                          <Counts c={d.counts} />
                        </Stack>
                      </Paper>
                    ))}
                  </Stack>
                </>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
