import { Link } from "react-router";
import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { QueryState } from "../../../components/QueryState";
import { useChanges } from "../api/changes";
import { StatusBadge, useNames } from "./labels";
import { usePlan } from "./WorkplanLayout";

/** The latest status changes across the programme: who changed what, and when. */
export function ChangesPage() {
  const plan = usePlan();
  const { t, fmtDate, fmtDateTime } = useI18n();
  const names = useNames(plan.members);
  const changes = useChanges(plan.id);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("workplans.changes.hint")}
      </Text>
      <QueryState query={changes} isEmpty={(d) => d.length === 0} empty={t("workplans.changes.empty")}>
        {(list) => (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {list.map((c) => (
              <Paper key={c.id} withBorder radius="md" p="sm" component="li">
                <Stack gap={4}>
                  <Anchor component={Link} to={`/workplans/${plan.id}/activities/${c.activity.id}`} size="sm" fw={500}>
                    {c.activity.code ? `${c.activity.code} — ` : ""}
                    {names.title(c.activity)}
                  </Anchor>
                  <Group gap={6} wrap="wrap">
                    {c.fromStatus && c.fromStatus !== c.status && (
                      <>
                        <StatusBadge status={c.fromStatus} />
                        <Text size="sm" aria-hidden>
                          →
                        </Text>
                      </>
                    )}
                    <StatusBadge status={c.status} />
                    <Text size="sm" c="dimmed">
                      {t("workplans.changes.effective", { date: fmtDate(c.effectiveOn) })}
                    </Text>
                  </Group>
                  {c.note && <Text size="sm">{c.note}</Text>}
                  <Text size="xs" c="dimmed">
                    {t("workplans.changes.by", { name: c.recordedByName, at: fmtDateTime(c.recordedAt) })}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
