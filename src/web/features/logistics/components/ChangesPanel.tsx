import { Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import type { LogisticsArea, TravelChangeKind } from "../../../../shared/logistics";
import { formatDateTime } from "../../../../shared/dates";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useAckChange, useChanges, type TravelChange } from "../api/logistics";

const kindKey: Record<TravelChangeKind, TranslationKey> = {
  arrival: "logistics.change.arrival",
  departure: "logistics.change.departure",
  hotel: "logistics.change.hotel",
  diet: "logistics.change.diet",
  sessions: "logistics.change.sessions",
  removed: "logistics.change.removed",
};

/** "VN311 02/08 14:00 HAN" from a change's travel values (flight, day, time, airport), or "—". */
function travelText(v: TravelChange["before"]): string {
  const parts = Object.entries(v)
    .filter(([k]) => k !== "sessionIds")
    .map(([, x]) => (Array.isArray(x) ? x.join(", ") : x))
    .filter((x): x is string => typeof x === "string" && x !== "");
  if ("sessionIds" in v) {
    const n = Array.isArray(v.sessionIds) ? v.sessionIds.length : 0;
    parts.push(String(n));
  }
  return parts.join(" · ") || "—";
}

/**
 * The delegates' changes an area has still to act on (issue 14: "a changed flight … is listed until acknowledged"),
 * each with what it was and what it is, and a button for those who keep the area. Nothing shows when there is none.
 */
export function ChangesPanel({
  meetingId,
  area,
  timeZone,
  canAck,
}: {
  meetingId: string;
  area: LogisticsArea;
  timeZone: string;
  canAck: boolean;
}) {
  const { t, lang } = useI18n();
  const changes = useChanges(meetingId, area);
  const ack = useAckChange(meetingId, area);
  if (!changes.data?.length) return changes.error ? <ErrorAlert error={changes.error} /> : null;
  return (
    <Alert color="orange" variant="light" title={t("logistics.changes.title", { n: changes.data.length })}>
      <Stack gap="xs">
        <Text size="sm">{t(`logistics.changes.intro.${area}`)}</Text>
        <ErrorAlert error={ack.error} />
        <List spacing="xs" listStyleType="none" aria-label={t("logistics.changes.list")}>
          {changes.data.map((c) => (
            <List.Item key={c.id}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm">
                  <Text span fw={600}>
                    {c.delegateName}
                  </Text>{" "}
                  ({c.delegationName}) — {t(kindKey[c.kind])}: {travelText(c.before)} → {travelText(c.after)}
                  <Text span c="dimmed">
                    {" "}
                    · {formatDateTime(lang, c.changedAt, timeZone)}
                  </Text>
                </Text>
                {canAck && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={ack.isPending && ack.variables === c.id}
                    onClick={() => ack.mutate(c.id)}
                    aria-label={t("logistics.changes.ackOf", { name: c.delegateName })}
                  >
                    {t("logistics.changes.ack")}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
