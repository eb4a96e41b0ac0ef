import { useMemo, useState } from "react";
import {
  Alert,
  Box,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import type { LogisticsAbilities } from "../../../../../shared/schemas/logistics";
import type { RoomCount } from "../../../../../shared/schemas/lodging";
import { roomTypes, type RoomType } from "../../../../../shared/logistics";
import { dmy, formatDay } from "../../../../../shared/dates";
import { fold, isOneOf } from "../../../../../shared/text";
import { useI18n, type TranslationKey } from "../../../../lib/i18n";
import { api } from "../../../../lib/api";
import { QueryState } from "../../../../components/QueryState";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { DateField } from "../../../../components/DateField";
import { parsedInputProps, useCheckedForm } from "../../../../components/useCheckedForm";
import { ChangesPanel } from "../ChangesPanel";
import {
  type Hotel,
  type RoomingStay,
  type StayRow,
  useAssignStays,
  useCreateHotel,
  useHotels,
  useRemoveStay,
  useRoomingNight,
  useRoomingStay,
  useSaveBlocks,
  useSetStay,
  useStays,
} from "../../api/lodging";

type Props = { meeting: MeetingTabMeeting; permissions: LogisticsAbilities };

const roomKey: Record<RoomType, TranslationKey> = {
  single: "lodging.room.single",
  double: "lodging.room.double",
  twin: "lodging.room.twin",
  suite: "lodging.room.suite",
};

const flagOf = (blocked: number, used: number): RoomCount["flag"] =>
  used > blocked ? "overbooked" : used < blocked ? "unused" : null;

/** "Over-booked by 2 rooms" (red), "3 rooms unused" (yellow) or "Matches". */
function FlagBadge({ blocked, used }: { blocked: number; used: number }) {
  const { t } = useI18n();
  const flag = flagOf(blocked, used);
  if (flag === "overbooked")
    return (
      <Badge color="red" variant="light" tt="none">
        {t("lodging.flag.overbooked", { n: used - blocked })}
      </Badge>
    );
  if (flag === "unused")
    return (
      <Badge color="yellow" variant="light" c="#7a4a00" tt="none">
        {t("lodging.flag.unused", { n: blocked - used })}
      </Badge>
    );
  return (
    <Text size="xs" c="dimmed">
      {t("lodging.flag.ok")}
    </Text>
  );
}

/** A table that scrolls sideways on a phone, reachable from the keyboard. */
function Scroll({ label, mah, children }: { label: string; mah?: number; children: React.ReactNode }) {
  return (
    <Box tabIndex={0} role="region" aria-label={label} style={{ overflow: "auto", maxHeight: mah }}>
      {children}
    </Box>
  );
}

/**
 * Hotels and rooming of a meeting (issue 14, point 2): the delegates' changes to act on, the rooming list of a night,
 * each hotel with its nights × room types (used against held, editable by those who keep logistics) and its Excel
 * list, each travelling delegate's room with "assign automatically", and a form to add a hotel.
 */
export function LodgingPage({ meeting, permissions }: Props) {
  const { t } = useI18n();
  const stay = useRoomingStay(meeting.id);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t("lodging.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("lodging.intro")}
        </Text>
      </Stack>
      <ChangesPanel meetingId={meeting.id} area="lodging" timeZone={meeting.timeZone} canAck={permissions.manage} />
      <QueryState query={stay}>{(s) => <NightSection meetingId={meeting.id} stay={s} />}</QueryState>
      <HotelsSection meetingId={meeting.id} />
      <StaysSection meetingId={meeting.id} />
    </Stack>
  );
}

function NightSection({ meetingId, stay }: { meetingId: string; stay: RoomingStay }) {
  const { t, lang } = useI18n();
  const [night, setNight] = useState<string | null>(null);
  const rooming = useRoomingNight(meetingId, night);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lodging-night">
      <Stack gap="sm">
        <Group justify="space-between" align="end" wrap="wrap">
          <Title order={3} fz="h4" id="lodging-night">
            {t("lodging.night.title")}
          </Title>
          <Select
            label={t("lodging.night.pick")}
            data={stay.nights.map((n) => ({ value: n, label: formatDay(lang, n) }))}
            value={night ?? rooming.data?.night ?? null}
            onChange={(v) => v && setNight(v)}
            allowDeselect={false}
            w={220}
          />
        </Group>
        <QueryState query={rooming}>
          {(r) => (
            <Stack gap="md">
              {r.unplaced.length > 0 && (
                <Alert color="orange" variant="light" title={t("lodging.night.unplaced", { n: r.unplaced.length })}>
                  <Text size="sm">{r.unplaced.map((u) => `${u.name} (${u.delegation})`).join(", ")}</Text>
                </Alert>
              )}
              {r.hotels.map((h) => (
                <Stack key={h.hotelId} gap="xs">
                  <Title order={4} fz="h5">
                    {h.name}
                  </Title>
                  {!h.inContract && (
                    <Text size="sm" c="#a0400b">
                      {t("lodging.night.outside")}
                    </Text>
                  )}
                  <Scroll label={t("lodging.counts.caption", { hotel: h.name })}>
                    <Table withTableBorder striped miw={420}>
                      <Table.Caption>{t("lodging.counts.caption", { hotel: h.name })}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t("lodging.counts.type")}</Table.Th>
                          <Table.Th ta="right">{t("lodging.counts.used")}</Table.Th>
                          <Table.Th ta="right">{t("lodging.counts.blocked")}</Table.Th>
                          <Table.Th>{t("lodging.counts.flag")}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {h.rooms.map((c) => (
                          <Table.Tr key={c.roomType}>
                            <Table.Td>{t(roomKey[c.roomType])}</Table.Td>
                            <Table.Td ta="right">{c.used}</Table.Td>
                            <Table.Td ta="right">{c.blocked}</Table.Td>
                            <Table.Td>
                              <FlagBadge blocked={c.blocked} used={c.used} />
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Scroll>
                  {h.guests.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("lodging.night.noGuests")}
                    </Text>
                  ) : (
                    <Scroll
                      label={t("lodging.guests.caption", { night: formatDay(lang, r.night), hotel: h.name })}
                      mah={360}
                    >
                      <Table withTableBorder striped miw={640}>
                        <Table.Caption>
                          {t("lodging.guests.caption", { night: formatDay(lang, r.night), hotel: h.name })}
                        </Table.Caption>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t("lodging.guests.name")}</Table.Th>
                            <Table.Th>{t("lodging.guests.delegation")}</Table.Th>
                            <Table.Th>{t("lodging.guests.room")}</Table.Th>
                            <Table.Th>{t("lodging.guests.sharing")}</Table.Th>
                            <Table.Th>{t("lodging.guests.dates")}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {h.guests.map((g) => (
                            <Table.Tr key={g.delegateId}>
                              <Table.Td>
                                {g.name}{" "}
                                {g.head && (
                                  <Badge size="xs" variant="light" tt="none">
                                    {t("lodging.guests.head")}
                                  </Badge>
                                )}
                              </Table.Td>
                              <Table.Td>{g.delegation}</Table.Td>
                              <Table.Td>
                                {t(roomKey[g.roomType])}
                                {g.roomKey ? ` · ${g.roomKey}` : ""}
                              </Table.Td>
                              <Table.Td>{g.roommates.join(", ")}</Table.Td>
                              <Table.Td>
                                {dmy(g.arrivalDate)} – {dmy(g.departureDate)}
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Scroll>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function HotelsSection({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const hotels = useHotels(meetingId);
  const stay = useRoomingStay(meetingId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lodging-hotels">
      <Stack gap="md">
        <Title order={3} fz="h4" id="lodging-hotels">
          {t("lodging.hotels.title")}
        </Title>
        <QueryState query={hotels}>
          {(a) => (
            <Stack gap="lg">
              {a.hotels.length === 0 && <Text c="dimmed">{t("lodging.hotels.empty")}</Text>}
              {a.hotels.map((h) => (
                <HotelCard
                  key={h.id}
                  meetingId={meetingId}
                  hotel={h}
                  canEdit={a.canEdit}
                  nights={stay.data?.hotels.find((x) => x.hotelId === h.id)?.nights ?? []}
                />
              ))}
              {a.canEdit && <AddHotel meetingId={meetingId} />}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

type StayNight = RoomingStay["hotels"][number]["nights"][number];

function HotelCard({
  meetingId,
  hotel,
  canEdit,
  nights,
}: {
  meetingId: string;
  hotel: Hotel;
  canEdit: boolean;
  nights: StayNight[];
}) {
  const { t, lang } = useI18n();
  const save = useSaveBlocks(meetingId);
  const [editing, setEditing] = useState<Record<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [dlError, setDlError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const cell = (night: string, type: RoomType) => `${night}|${type}`;
  const startEdit = () => {
    const v: Record<string, string> = {};
    for (const n of nights) for (const c of n.rooms) v[cell(n.night, c.roomType)] = String(c.blocked);
    setSaved(false);
    save.reset();
    setEditing(v);
  };
  const parsed = (s: string | undefined) => (s !== undefined && /^\d{1,4}$/.test(s.trim()) ? Number(s.trim()) : null);
  const invalid = editing ? Object.values(editing).some((v) => parsed(v) === null) : false;
  const submit = () => {
    if (!editing || invalid) return;
    const blocks = Object.entries(editing).flatMap(([k, v]) => {
      const [night = "", roomType = ""] = k.split("|");
      const rooms = parsed(v) ?? 0;
      return rooms > 0 && isOneOf(roomTypes, roomType) ? [{ night, roomType, rooms }] : [];
    });
    save.mutate(
      { hotelId: hotel.id, version: hotel.version, blocks },
      {
        onSuccess: () => {
          setEditing(null);
          setSaved(true);
        },
      },
    );
  };
  const download = () => {
    setDlError(null);
    setBusy(true);
    api
      .download(`/meetings/${meetingId}/hotels/${hotel.id}/rooming.xlsx?lang=${lang}`, `rooming-${hotel.name}.xlsx`)
      .catch(setDlError)
      .finally(() => setBusy(false));
  };
  return (
    <Stack gap="xs" component="article" aria-label={hotel.name}>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={4} fz="h5">
              {hotel.name}
            </Title>
            {hotel.needsPassports && (
              <Badge size="sm" variant="outline" tt="none">
                {t("lodging.hotel.passports")}
              </Badge>
            )}
          </Group>
          <Text size="sm">{hotel.address}</Text>
          <Text size="sm" c="dimmed">
            {[hotel.phone, hotel.email].filter(Boolean).join(" · ")}
          </Text>
          <Text size="sm">
            {t("lodging.hotel.contract", { from: dmy(hotel.contractFrom), to: dmy(hotel.contractTo) })} ·{" "}
            {t("lodging.hotel.guests", { n: hotel.guests })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            loading={busy}
            onClick={download}
            aria-label={t("lodging.hotel.excelOf", { hotel: hotel.name })}
          >
            {t("lodging.hotel.excel")}
          </Button>
          {canEdit && !editing && (
            <Button size="sm" onClick={startEdit} aria-label={t("lodging.grid.editOf", { hotel: hotel.name })}>
              {t("lodging.grid.edit")}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={dlError} />
      {saved && (
        <Text size="sm" c="#1f6b34" role="status">
          {t("lodging.grid.saved")}
        </Text>
      )}
      <Scroll label={t("lodging.grid.caption", { hotel: hotel.name })}>
        <Table withTableBorder withColumnBorders miw={640}>
          <Table.Caption>{t("lodging.grid.caption", { hotel: hotel.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("lodging.grid.night")}</Table.Th>
              {roomTypes.map((rt) => (
                <Table.Th key={rt}>{t(roomKey[rt])}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nights.map((n) => (
              <Table.Tr key={n.night} bg={n.inContract ? undefined : "gray.1"}>
                <Table.Th scope="row" fw={500}>
                  {formatDay(lang, n.night)}
                  {!n.inContract && (
                    <Text size="xs" c="dimmed">
                      {t("lodging.grid.outside")}
                    </Text>
                  )}
                </Table.Th>
                {n.rooms.map((c) => {
                  const k = cell(n.night, c.roomType);
                  const typed = editing ? parsed(editing[k]) : null;
                  const held = editing ? (typed ?? c.blocked) : c.blocked;
                  return (
                    <Table.Td key={c.roomType}>
                      <Group gap={6} wrap="nowrap">
                        {editing ? (
                          <TextInput
                            size="xs"
                            w={64}
                            inputMode="numeric"
                            aria-label={t("lodging.grid.cell", { type: t(roomKey[c.roomType]), night: dmy(n.night) })}
                            value={editing[k] ?? ""}
                            error={typed === null}
                            onChange={(e) => {
                              const value = e.currentTarget.value;
                              setEditing((prev) => (prev ? { ...prev, [k]: value } : prev));
                            }}
                          />
                        ) : (
                          <Text size="sm">
                            {c.used} / {c.blocked}
                          </Text>
                        )}
                        {(held > 0 || c.used > 0) && <FlagBadge blocked={held} used={c.used} />}
                      </Group>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Scroll>
      {editing && (
        <Stack gap="xs">
          {invalid && (
            <Text size="sm" c="red.8" role="alert">
              {t("lodging.grid.invalid")}
            </Text>
          )}
          <ErrorAlert error={save.error} />
          <Group gap="xs">
            <Button size="sm" onClick={submit} loading={save.isPending} disabled={invalid}>
              {t("lodging.grid.save")}
            </Button>
            <Button size="sm" variant="default" onClick={() => setEditing(null)}>
              {t("lodging.grid.cancel")}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function AddHotel({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const create = useCreateHotel(meetingId);
  const form = useCheckedForm({
    initialValues: {
      name: "",
      address: "",
      phone: "",
      email: "",
      contractFrom: "",
      contractTo: "",
      needsPassports: false,
    },
    required: {
      name: t("lodging.add.name"),
      contractFrom: t("lodging.add.from"),
      contractTo: t("lodging.add.to"),
    },
    limits: { name: 200, address: 500, phone: 50, email: 200 },
    dates: ["contractFrom", "contractTo"],
    rules: (v) => ({
      contractTo:
        v.contractFrom && v.contractTo && v.contractTo < v.contractFrom ? t("lodging.add.toBeforeFrom") : undefined,
    }),
  });
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0">
      <form
        noValidate
        aria-labelledby="lodging-add"
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              name: v.name,
              address: v.address,
              phone: v.phone || null,
              email: v.email || null,
              contractFrom: v.contractFrom ?? "",
              contractTo: v.contractTo ?? "",
              needsPassports: v.needsPassports,
            },
            { onSuccess: () => form.reset() },
          ),
        )}
      >
        <Stack gap="sm">
          <Title order={4} fz="h5" id="lodging-add">
            {t("lodging.add.title")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("lodging.add.name")} required {...form.getInputProps("name")} />
            <TextInput label={t("lodging.add.address")} {...form.getInputProps("address")} />
            <TextInput label={t("lodging.add.phone")} {...form.getInputProps("phone")} />
            <TextInput label={t("lodging.add.email")} type="email" {...form.getInputProps("email")} />
            <DateField label={t("lodging.add.from")} required {...parsedInputProps(form, "contractFrom")} />
            <DateField label={t("lodging.add.to")} required {...parsedInputProps(form, "contractTo")} />
          </SimpleGrid>
          <Checkbox
            label={t("lodging.add.passports")}
            {...form.getInputProps("needsPassports", { type: "checkbox" })}
          />
          <ErrorAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("lodging.add.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function StaysSection({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const stays = useStays(meetingId);
  const hotels = useHotels(meetingId);
  const assign = useAssignStays(meetingId);
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<StayRow | null>(null);
  const canEdit = hotels.data?.canEdit ?? false;
  const hotelName = useMemo(() => new Map((hotels.data?.hotels ?? []).map((h) => [h.id, h.name])), [hotels.data]);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lodging-stays">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} fz="h4" id="lodging-stays">
            {t("lodging.stays.title")}
          </Title>
          {canEdit && (
            <Button onClick={() => assign.mutate()} loading={assign.isPending}>
              {t("lodging.stays.assign")}
            </Button>
          )}
        </Group>
        <ErrorAlert error={assign.error} />
        {assign.data && (
          <Alert color={assign.data.unplaced.length ? "orange" : "green"} variant="light" role="status">
            <Text size="sm">{t("lodging.stays.assigned", { n: assign.data.placed })}</Text>
            {assign.data.unplaced.length > 0 && (
              <Text size="sm">{t("lodging.stays.notPlaced", { names: assign.data.unplaced.join(", ") })}</Text>
            )}
          </Alert>
        )}
        <TextInput
          label={t("lodging.stays.filter")}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={360}
        />
        <QueryState query={stays}>
          {(rows) => {
            const words = fold(search).split(/\s+/).filter(Boolean);
            const shown = rows.filter((r) => words.every((w) => fold(`${r.name} ${r.delegation}`).includes(w)));
            return (
              <Scroll label={t("lodging.stays.caption")} mah={480}>
                <Table withTableBorder striped miw={720}>
                  <Table.Caption>{t("lodging.stays.caption")}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("lodging.guests.name")}</Table.Th>
                      <Table.Th>{t("lodging.guests.delegation")}</Table.Th>
                      <Table.Th>{t("lodging.guests.dates")}</Table.Th>
                      <Table.Th ta="right">{t("lodging.stays.nights")}</Table.Th>
                      <Table.Th>{t("lodging.stays.hotel")}</Table.Th>
                      <Table.Th>{t("lodging.guests.room")}</Table.Th>
                      {canEdit && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((r) => (
                      <Table.Tr key={r.delegateId}>
                        <Table.Td>
                          {r.name}{" "}
                          {r.head && (
                            <Badge size="xs" variant="light" tt="none">
                              {t("lodging.guests.head")}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>{r.delegation}</Table.Td>
                        <Table.Td>
                          {dmy(r.arrivalDate)} – {dmy(r.departureDate)}
                        </Table.Td>
                        <Table.Td ta="right">{r.nights}</Table.Td>
                        <Table.Td>
                          {r.stay ? (
                            hotelName.get(r.stay.hotelId)
                          ) : (
                            <Text span size="sm" c="#a0400b">
                              {t("lodging.stays.none")}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {r.stay
                            ? `${t(roomKey[r.stay.roomType])}${r.stay.roomKey ? ` · ${r.stay.roomKey}` : ""}`
                            : ""}
                        </Table.Td>
                        {canEdit && (
                          <Table.Td>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setEditing(r)}
                              aria-label={t("lodging.stays.changeOf", { name: r.name })}
                            >
                              {t("lodging.stays.change")}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Scroll>
            );
          }}
        </QueryState>
      </Stack>
      {editing && hotels.data && (
        <StayModal meetingId={meetingId} row={editing} hotels={hotels.data.hotels} onClose={() => setEditing(null)} />
      )}
    </Paper>
  );
}

function StayModal({
  meetingId,
  row,
  hotels,
  onClose,
}: {
  meetingId: string;
  row: StayRow;
  hotels: Hotel[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const set = useSetStay(meetingId);
  const remove = useRemoveStay(meetingId);
  const form = useCheckedForm({
    initialValues: {
      hotelId: row.stay?.hotelId ?? hotels[0]?.id ?? "",
      roomType: row.stay?.roomType ?? (row.head ? "suite" : "single"),
      roomKey: row.stay?.roomKey ?? "",
    },
    required: { hotelId: t("lodging.stays.hotel"), roomType: t("lodging.counts.type") },
    limits: { roomKey: 60 },
  });
  return (
    <Modal opened onClose={onClose} title={t("lodging.stays.changeOf", { name: row.name })}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          set.mutate(
            {
              delegateId: row.delegateId,
              hotelId: v.hotelId,
              roomType: v.roomType,
              roomKey: v.roomKey.trim() || null,
              ...(row.stay ? { version: row.stay.version } : {}),
            },
            { onSuccess: onClose },
          ),
        )}
      >
        <Stack gap="sm">
          <Select
            label={t("lodging.stays.hotel")}
            data={hotels.map((h) => ({ value: h.id, label: h.name }))}
            allowDeselect={false}
            required
            {...form.getInputProps("hotelId")}
          />
          <Select
            label={t("lodging.counts.type")}
            data={roomTypes.map((rt) => ({ value: rt, label: t(roomKey[rt]) }))}
            allowDeselect={false}
            required
            {...form.getInputProps("roomType")}
          />
          <TextInput label={t("lodging.stays.key")} {...form.getInputProps("roomKey")} />
          <ErrorAlert error={set.error ?? remove.error} />
          <Group justify="space-between">
            <Button type="submit" loading={set.isPending}>
              {t("lodging.stays.save")}
            </Button>
            {row.stay && (
              <Button
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(row.delegateId, { onSuccess: onClose })}
              >
                {t("lodging.stays.remove")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
