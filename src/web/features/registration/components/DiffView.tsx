import { Badge, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import type { DiffBody, SessionBrief } from "../api/types";
import { useFieldLabel, useFormatValue } from "./labels";

/**
 * What changed between two lists: delegates added, removed, and each changed field with its value before and after.
 * Colour is never the only signal: each block says in words what it is.
 */
export function DiffView({
  diff,
  sessions,
  headingLevel = 3,
}: {
  diff: DiffBody;
  sessions: SessionBrief[];
  headingLevel?: 3 | 4;
}) {
  const { t } = useI18n();
  const label = useFieldLabel();
  const fmt = useFormatValue(sessions);
  const nothing = !diff.added.length && !diff.removed.length && !diff.changed.length;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color="green" variant="light" tt="none">
          {t("registration.diff.addedCount", { n: diff.added.length })}
        </Badge>
        <Badge color="red" variant="light" tt="none">
          {t("registration.diff.removedCount", { n: diff.removed.length })}
        </Badge>
        <Badge color="orange" variant="light" tt="none">
          {t("registration.diff.changedCount", { n: diff.changed.length })}
        </Badge>
        <Badge color="gray" variant="light" tt="none">
          {t("registration.diff.unchangedCount", { n: diff.unchanged })}
        </Badge>
      </Group>
      {nothing && <Text size="sm">{t("registration.diff.nothing")}</Text>}
      {diff.added.length > 0 && (
        <Paper withBorder p="sm" radius="md" bg="green.0" component="section" aria-label={t("registration.diff.added")}>
          <Title order={headingLevel} fz="h5" mb={4}>
            {t("registration.diff.added")}
          </Title>
          <List size="sm" spacing={2}>
            {diff.added.map((d) => (
              <List.Item key={d.id}>
                <Text span fw={600} size="sm">
                  {d.fullName}
                </Text>
                {d.position ? ` — ${d.position}` : ""}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {diff.removed.length > 0 && (
        <Paper withBorder p="sm" radius="md" bg="red.0" component="section" aria-label={t("registration.diff.removed")}>
          <Title order={headingLevel} fz="h5" mb={4}>
            {t("registration.diff.removed")}
          </Title>
          <List size="sm" spacing={2}>
            {diff.removed.map((d) => (
              <List.Item key={d.id}>
                <Text span fw={600} size="sm" td="line-through">
                  {d.fullName}
                </Text>
                {d.position ? ` — ${d.position}` : ""}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {diff.changed.map((c) => (
        <Paper
          key={c.id}
          withBorder
          p="sm"
          radius="md"
          bg="orange.0"
          component="section"
          aria-label={t("registration.diff.changedOne", { name: c.fullName })}
        >
          <Title order={headingLevel} fz="h5" mb={4}>
            {t("registration.diff.changedOne", { name: c.fullName })}
          </Title>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t("registration.diff.field")}</Table.Th>
                <Table.Th>{t("registration.diff.before")}</Table.Th>
                <Table.Th>{t("registration.diff.after")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.changes.map((ch) => (
                <Table.Tr key={ch.field}>
                  <Table.Td fw={500}>{label(ch.field)}</Table.Td>
                  <Table.Td>
                    <Text span size="sm">
                      {fmt(ch.field, ch.before)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="sm" fw={700}>
                      {fmt(ch.field, ch.after)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
