import { useState } from "react";
import { Alert, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import type { LogisticsAbilities } from "../../../../../shared/schemas/logistics";
import { dietNeeds, type MealKind } from "../../../../../shared/logistics";
import { formatDay } from "../../../../../shared/dates";
import { useI18n } from "../../../../lib/i18n";
import { useNotify } from "../../../../lib/notify";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { QueryState } from "../../../../components/QueryState";
import { ChangesPanel } from "../ChangesPanel";
import { downloadKitchenSheet, useDeleteMeal, useMealOptions, useMeals, type Meal } from "../../api/meals";
import { MealForm } from "./MealForm";
import { kindKey } from "./labels";

const kindColor: Record<MealKind, string> = {
  breakfast: "yellow",
  lunch: "teal",
  dinner: "grape",
  coffee_break: "orange",
  reception: "pink",
};
const dietKey = (n: (typeof dietNeeds)[number]) => `meals.diet.${n}` as const;

/** "02/08/2022 lúc 19:00" / "02 Aug 2022 at 19:00" from a zoned ISO moment (the meeting's wall-clock). */
function when(t: ReturnType<typeof useI18n>["t"], lang: "vi" | "en", iso: string) {
  return t("meals.at", { day: formatDay(lang, iso.slice(0, 10)), time: iso.slice(11, 16) });
}

/** The meals page of a meeting's logistics (issue 14, point 4): meal events, counts by diet, kitchen sheets. */
export function MealsPage({ meeting, permissions }: { meeting: MeetingTabMeeting; permissions: LogisticsAbilities }) {
  const { t } = useI18n();
  const notify = useNotify();
  const meals = useMeals(meeting.id);
  const options = useMealOptions(meeting.id);
  const remove = useDeleteMeal(meeting.id);
  const [dialog, setDialog] = useState<{ meal: Meal | null } | null>(null);
  const [deleting, setDeleting] = useState<Meal | null>(null);
  const canEdit = permissions.manage;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("meals.title")}</Title>
        {canEdit && <Button onClick={() => setDialog({ meal: null })}>{t("meals.add")}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t("meals.intro")}
      </Text>
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t("meals.readOnly")}
        </Text>
      )}
      <ChangesPanel meetingId={meeting.id} area="meals" timeZone={meeting.timeZone} canAck={canEdit} />
      <QueryState query={meals} isEmpty={(d) => d.length === 0} empty={t("meals.empty")}>
        {(list) => (
          <Stack gap="md" component="section" aria-label={t("meals.list")}>
            {list.map((m) => (
              <MealCard
                key={m.id}
                meetingId={meeting.id}
                meal={m}
                onEdit={() => setDialog({ meal: m })}
                onDelete={() => setDeleting(m)}
              />
            ))}
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
        title={dialog?.meal ? t("meals.editOf", { name: dialog.meal.name }) : t("meals.form.add")}
      >
        {dialog && options.data && (
          <MealForm
            key={dialog.meal?.id ?? "new"}
            meetingId={meeting.id}
            meal={dialog.meal}
            options={options.data}
            onDone={(name) => {
              setDialog(null);
              notify(t("meals.saved", { name }));
            }}
          />
        )}
        {dialog && options.error && <ErrorAlert error={options.error} />}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={deleting ? t("meals.deleteOf", { name: deleting.name }) : ""}
      >
        {deleting && (
          <Stack gap="sm">
            <Text size="sm">{t("meals.deleteConfirm", { name: deleting.name })}</Text>
            <ErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t("meals.cancel")}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: deleting.id, version: deleting.version },
                    {
                      onSuccess: () => {
                        notify(t("meals.deleted", { name: deleting.name }));
                        setDeleting(null);
                      },
                    },
                  )
                }
              >
                {t("meals.delete")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function MealCard({
  meetingId,
  meal: m,
  onEdit,
  onDelete,
}: {
  meetingId: string;
  meal: Meal;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const titleId = `meal-${m.id}`;
  const c = m.counts;
  const live = m.liveCounts;
  const showNow = m.frozen && m.changedSince > 0;
  const rows: { key: string; label: string; n: number; now: number; strong?: boolean }[] = [
    { key: "total", label: t("meals.total"), n: c.total, now: live.total, strong: true },
    { key: "none", label: t("meals.regular"), n: c.none, now: live.none },
    ...dietNeeds
      .filter((n) => c[n] > 0 || live[n] > 0)
      .map((n) => ({ key: n, label: t(dietKey(n)), n: c[n], now: live[n] })),
  ];
  const sessionNames = m.sessions.map((s) => (lang === "en" ? s.titleEn || s.titleVi : s.titleVi)).join("; ");
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadKitchenSheet(meetingId, m, lang);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: "1 1 16rem" }}>
            <Title order={3} size="h4" id={titleId}>
              {m.name}
            </Title>
            <Group gap="xs" wrap="wrap">
              <Badge color={kindColor[m.kind]} variant="light">
                {t(kindKey[m.kind])}
              </Badge>
              <Badge color={m.frozen ? "blue" : "green"} variant="outline">
                {m.frozen ? t("meals.frozen") : t("meals.live")}
              </Badge>
            </Group>
          </Stack>
          <Group gap="xs" wrap="wrap">
            <Button
              variant="light"
              size="xs"
              loading={busy}
              onClick={() => void download()}
              aria-label={t("meals.kitchenOf", { name: m.name })}
            >
              {t("meals.kitchen")}
            </Button>
            {m.canEdit && (
              <>
                <Button variant="default" size="xs" onClick={onEdit} aria-label={t("meals.editOf", { name: m.name })}>
                  {t("meals.edit")}
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={onDelete}
                  aria-label={t("meals.deleteOf", { name: m.name })}
                >
                  {t("meals.delete")}
                </Button>
              </>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="xs">
            <Text size="sm">
              {when(t, lang, m.at)}
              {m.place ? ` · ${m.place}` : ""}
            </Text>
            <Text size="sm" c="dimmed">
              {m.sessions.length ? t("meals.sessions", { names: sessionNames }) : t("meals.noSessions")}
            </Text>
            <Text size="sm" c="dimmed">
              {m.cutoffAt ? t("meals.cutoff", { at: when(t, lang, m.cutoffAt) }) : t("meals.noCutoff")}
            </Text>
            {showNow && (
              <Alert color="orange" variant="light" role="status">
                {t("meals.changedSince", { n: m.changedSince, live: live.total })}
              </Alert>
            )}
            {m.allergens.length > 0 && (
              <Text size="sm" c="red.9">
                {t("meals.allergens", { list: m.allergens.map((a) => `${a.text} (${a.count})`).join(", ") })}
              </Text>
            )}
            {m.others.length > 0 && (
              <Text size="sm">
                {t("meals.others", { list: m.others.map((a) => `${a.text} (${a.count})`).join(", ") })}
              </Text>
            )}
          </Stack>
          <Table.ScrollContainer minWidth={240}>
            <Table captionSide="top" striped withTableBorder>
              <Table.Caption style={{ textAlign: "left" }}>{t("meals.counts", { name: m.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("meals.col.need")}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: "right" }}>
                    {t("meals.col.count")}
                  </Table.Th>
                  {showNow && (
                    <Table.Th scope="col" style={{ textAlign: "right" }}>
                      {t("meals.col.now")}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Th scope="row" fw={r.strong ? 700 : 400}>
                      {r.label}
                    </Table.Th>
                    <Table.Td style={{ textAlign: "right", fontWeight: r.strong ? 700 : 400 }}>{r.n}</Table.Td>
                    {showNow && (
                      <Table.Td style={{ textAlign: "right" }} c={r.now !== r.n ? "red.9" : undefined}>
                        {r.now}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SimpleGrid>
        <ErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}
