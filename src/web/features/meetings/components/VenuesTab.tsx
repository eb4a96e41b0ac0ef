import { useState } from "react";
import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { useVenues } from "../api/venues";
import { useSaveVenue } from "../api/saveVenue";
import { useDeleteVenue } from "../api/deleteVenue";
import { useSaveRoom } from "../api/saveRoom";
import { useDeleteRoom } from "../api/deleteRoom";
import type { Venue } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { ConfirmButton } from "./ConfirmButton";
import { orNull, pick } from "./labels";
import { useCheckedForm } from "../../../components/useCheckedForm";

function VenueForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const { t } = useI18n();
  const saveVenue = useSaveVenue(meetingId);
  // The server's limits (VenueBody): said at the field as typed, never cut.
  const form = useCheckedForm({
    initialValues: { nameVi: "", nameEn: "", address: "" },
    limits: { nameVi: 300, nameEn: 300, address: 500 },
    rules: (v) => ({ nameVi: (!v.nameVi.trim() || !v.nameEn.trim()) && t("meetings.form.required") }),
  });
  const onSubmit = form.onSubmit((v) =>
    saveVenue.mutate(
      { nameVi: v.nameVi.trim(), nameEn: v.nameEn.trim(), address: orNull(v.address) },
      { onSuccess: onDone },
    ),
  );
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t("meetings.venue.new")}
    >
      <Stack gap="sm">
        <ErrorAlert error={saveVenue.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t("meetings.venue.nameVi")} {...form.getInputProps("nameVi")} required />
          <TextInput label={t("meetings.venue.nameEn")} {...form.getInputProps("nameEn")} required />
          <TextInput label={t("meetings.venue.address")} {...form.getInputProps("address")} />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={saveVenue.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RoomForm({ meetingId, venueId }: { meetingId: string; venueId: string }) {
  const { t } = useI18n();
  const saveRoom = useSaveRoom(meetingId);
  const form = useCheckedForm<{ nameVi: string; nameEn: string; capacity: number | string }>({
    initialValues: { nameVi: "", nameEn: "", capacity: "" },
    limits: { nameVi: 300, nameEn: 300 },
    rules: (v) => ({ nameVi: (!v.nameVi.trim() || !v.nameEn.trim()) && t("meetings.form.required") }),
  });
  const onSubmit = form.onSubmit((v) =>
    saveRoom.mutate(
      {
        venueId,
        nameVi: v.nameVi.trim(),
        nameEn: v.nameEn.trim(),
        capacity: typeof v.capacity === "number" ? v.capacity : null,
      },
      // The form empties for the next room.
      { onSuccess: () => form.reset() },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("meetings.room.new")}>
      <Stack gap="xs">
        <ErrorAlert error={saveRoom.error} />
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput label={t("meetings.room.nameVi")} {...form.getInputProps("nameVi")} size="xs" />
          <TextInput label={t("meetings.room.nameEn")} {...form.getInputProps("nameEn")} size="xs" />
          <NumberInput
            label={t("meetings.room.capacity")}
            {...form.getInputProps("capacity")}
            min={1}
            max={100000}
            size="xs"
            w={120}
          />
          <Button type="submit" size="xs" variant="light" loading={saveRoom.isPending}>
            {t("meetings.room.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function VenueCard({ v, canEdit, meetingId }: { v: Venue; canEdit: boolean; meetingId: string }) {
  const { t, lang } = useI18n();
  const deleteVenue = useDeleteVenue(meetingId);
  const deleteRoom = useDeleteRoom(meetingId);
  const id = `venue-${v.id}`;
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} fz="h4" id={id}>
                {pick(lang, v.nameVi, v.nameEn)}
              </Title>
              {v.sample && (
                <Badge color="gray" variant="outline" tt="none">
                  {t("meetings.sample")}
                </Badge>
              )}
            </Group>
            {v.address && (
              <Text size="sm" c="dimmed">
                {v.address}
              </Text>
            )}
          </Stack>
          {canEdit && (
            <ConfirmButton
              label={t("meetings.delete")}
              title={t("meetings.venue.deleteTitle")}
              message={t("meetings.venue.deleteConfirm")}
              loading={deleteVenue.isPending}
              onConfirm={() => deleteVenue.mutate({ id: v.id, version: v.version })}
            />
          )}
        </Group>
        <ErrorAlert error={deleteVenue.error ?? deleteRoom.error} />
        {v.rooms.length ? (
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("meetings.room.name")}</Table.Th>
                  <Table.Th>{t("meetings.room.capacity")}</Table.Th>
                  {canEdit && <Table.Th aria-label={t("meetings.actions")} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.rooms.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{pick(lang, r.nameVi, r.nameEn)}</Table.Td>
                    <Table.Td>{r.capacity ?? "—"}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <ConfirmButton
                          label={t("meetings.delete")}
                          title={t("meetings.room.deleteTitle")}
                          message={t("meetings.room.deleteConfirm", { name: pick(lang, r.nameVi, r.nameEn) })}
                          onConfirm={() => deleteRoom.mutate({ id: r.id, version: r.version })}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t("meetings.room.empty")}
          </Text>
        )}
        {canEdit && <RoomForm meetingId={meetingId} venueId={v.id} />}
      </Stack>
    </Paper>
  );
}

/** Venues and their rooms; the ICD adds and removes them. */
export function VenuesTab() {
  const { t } = useI18n();
  const m = useMeetingContext();
  const venues = useVenues(m.id);
  const [adding, setAdding] = useState(false);
  const canEdit = !!m.permissions?.manageProgramme;
  return (
    <Stack gap="md">
      {canEdit && !adding && (
        <Group justify="flex-end">
          <Button onClick={() => setAdding(true)}>{t("meetings.venue.new")}</Button>
        </Group>
      )}
      {adding && <VenueForm meetingId={m.id} onDone={() => setAdding(false)} />}
      <QueryState query={venues} isEmpty={(d) => d.length === 0} empty={t("meetings.venue.empty")}>
        {(list) => (
          <Stack gap="md">
            {list.map((v) => (
              <VenueCard key={v.id} v={v} canEdit={canEdit} meetingId={m.id} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
