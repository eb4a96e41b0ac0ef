import { Link } from "react-router";
import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { useQueue } from "../api/queue";
import type { ActivitySummary } from "../api/types";
import { Flags, StatusBadge, useDates, useNames } from "./labels";

function QueueItem({ a }: { a: ActivitySummary }) {
  const { t } = useI18n();
  const names = useNames();
  const dates = useDates();
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-code={a.code}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/cooperation/activities/${a.id}`} fw={600}>
            {names.title(a)}
          </Anchor>
          <StatusBadge status={a.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {a.code} · {t(`cooperation.kind.${a.kind}`)} · {names.unit(a.unit)} · {dates(a.startDate, a.endDate)}
        </Text>
        {a.waitingFor && (
          <Text size="sm">{t("cooperation.list.waitingFor", { step: t(`cooperation.step.${a.waitingFor}`) })}</Text>
        )}
        <Flags a={a} />
      </Stack>
    </Paper>
  );
}

/** "Waiting for my decision": the activities at a step the caller holds, oldest first (the server orders them). */
export function QueuePage() {
  const { t } = useI18n();
  const queue = useQueue();
  return (
    <Page title={t("cooperation.queue.title")} description={t("cooperation.queue.description")}>
      <QueryState query={queue} isEmpty={(d) => d.rows.length === 0} empty={t("cooperation.queue.empty")}>
        {(d) => (
          <Stack gap="sm">
            <Text size="sm" role="status">
              {t("cooperation.queue.count", { n: d.total })}
            </Text>
            <Stack
              gap="sm"
              component="ol"
              style={{ listStyle: "none", margin: 0, padding: 0 }}
              data-testid="coop-queue"
            >
              {d.rows.map((a) => (
                <QueueItem key={a.id} a={a} />
              ))}
            </Stack>
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
