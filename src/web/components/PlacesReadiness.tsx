import { Badge, Group, Progress, Table, Text } from "@mantine/core";
import { useI18n } from "../lib/i18n";
import { statusLabels } from "../lib/statusLabels";
import type { PlaceReadinessStatus } from "../../shared/logistics";
import type { PlaceReadiness } from "../../shared/schemas/security";

const statusColor: Record<PlaceReadinessStatus, string> = {
  none: "gray",
  overdue: "red",
  in_progress: "blue",
  ready: "teal",
};

/** The status word of a place's readiness, coloured. */
export function ReadinessBadge({ status }: { status: PlaceReadinessStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} variant="light" style={{ whiteSpace: "nowrap" }}>
      {t(statusLabels.placeReadiness[status])}
    </Badge>
  );
}

/**
 * Each venue's and hotel's security readiness at a glance (issue 14, point 5): items signed off of all, overdue
 * ones, the share signed off and a status word. Shown on the security page and on the committee's readiness page.
 * `onOpen` makes each place's name a button that opens its checklists.
 */
export function PlacesReadiness({
  places,
  onOpen,
  caption,
}: {
  places: readonly PlaceReadiness[];
  onOpen?: (placeId: string) => void;
  caption?: string;
}) {
  const { t, lang } = useI18n();
  if (!places.length) return <Text c="dimmed">{t("security.readiness.noPlaces")}</Text>;
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: "left" }}>{caption ?? t("security.readiness.table")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("security.readiness.col.place")}</Table.Th>
            <Table.Th ta="right">{t("security.readiness.col.signedOff")}</Table.Th>
            <Table.Th ta="right">{t("security.readiness.col.overdue")}</Table.Th>
            <Table.Th>{t("security.readiness.col.progress")}</Table.Th>
            <Table.Th>{t("security.readiness.col.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {places.map((p) => {
            const name = lang === "en" ? p.nameEn : p.nameVi;
            return (
              <Table.Tr key={p.id}>
                <Table.Th scope="row" fw={500}>
                  {onOpen ? (
                    <Text
                      component="button"
                      type="button"
                      onClick={() => onOpen(p.id)}
                      c="blue.9"
                      td="underline"
                      style={{ background: "none", border: 0, padding: 0, cursor: "pointer", textAlign: "left" }}
                    >
                      {name}
                    </Text>
                  ) : (
                    name
                  )}
                  <Text size="xs" c="dimmed">
                    {t(p.kind === "venue" ? "security.kind.venue" : "security.kind.hotel")}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{t("security.readiness.ofTotal", { done: p.signedOff, total: p.total })}</Table.Td>
                <Table.Td ta="right" c={p.overdue ? "red.8" : undefined} fw={p.overdue ? 600 : undefined}>
                  {p.overdue}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Progress
                      value={p.percent}
                      w="5rem"
                      color={p.percent === 100 ? "teal" : "blue"}
                      aria-label={t("security.readiness.progressOf", { name })}
                    />
                    <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                      {t("security.readiness.percent", { percent: p.percent })}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ReadinessBadge status={p.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
