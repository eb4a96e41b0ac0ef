import { useState } from "react";
import { useSearchParams } from "react-router";
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Select,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import type { LogisticsAbilities } from "../../../../../shared/schemas/logistics";
import { vehicleKinds, type VehicleKind } from "../../../../../shared/logistics";
import { formatDay } from "../../../../../shared/dates";
import { isOneOf } from "../../../../../shared/text";
import { delegateRoles } from "../../../../../shared/schemas/meetings";
import { useI18n } from "../../../../lib/i18n";
import { api } from "../../../../lib/api";
import { useNotify } from "../../../../lib/notify";
import { QueryState } from "../../../../components/QueryState";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { useCheckedForm } from "../../../../components/useCheckedForm";
import { ChangesPanel } from "../ChangesPanel";
import {
  type Transfer,
  type Vehicle,
  manifestPath,
  useAllocate,
  useAutoAllocate,
  useCreateVehicle,
  useDeleteVehicle,
  useShuttles,
  useTransferDays,
  useTransferMoves,
  useTransfers,
  useVehicles,
} from "../../api/transfers";

const hhmm = (iso: string) => iso.slice(11, 16);

/**
 * Airport transfers (issue 14, point 3): the day's arrivals and departures grouped from the flights, each with its
 * people, vehicles and liaison officer, a warning when seats are short, manifests per vehicle; the flights changed
 * since last acknowledged; the hotel–venue shuttles; the fleet.
 */
export function TransfersPage({
  meeting,
  permissions,
}: {
  meeting: MeetingTabMeeting;
  permissions: LogisticsAbilities;
}) {
  const { t } = useI18n();
  const days = useTransferDays(meeting.id);
  return (
    <Stack gap="md">
      <Title order={2}>{t("transfers.title")}</Title>
      <ChangesPanel meetingId={meeting.id} area="transfers" timeZone={meeting.timeZone} canAck={permissions.manage} />
      <Moves meetingId={meeting.id} />
      <QueryState query={days}>
        {(d) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t("transfers.intro", { window: d.windowMinutes, lead: d.departureLeadMinutes / 60 })}
            </Text>
            {d.incomplete.length > 0 && (
              <Alert color="yellow" variant="light">
                {t("transfers.incomplete", {
                  n: d.incomplete.length,
                  names: d.incomplete.map((i) => i.name).join(", "),
                })}
              </Alert>
            )}
            {d.days.length ? (
              <Day meeting={meeting} days={d.days.map((x) => x.date)} canEdit={d.canEdit} />
            ) : (
              <Text>{t("transfers.noDays")}</Text>
            )}
            <Fleet meetingId={meeting.id} canEdit={d.canEdit} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Moves({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const moves = useTransferMoves(meetingId);
  if (!moves.data?.length) return null;
  const label = (key: string | null) => {
    if (!key) return t("transfers.move.none");
    const [direction, y, m, d, airport, time] = key.split("-");
    return `${t(direction === "departure" ? "transfers.departure" : "transfers.arrival")} ${airport} ${d}/${m}/${y} ${time?.slice(0, 2)}:${time?.slice(2)}`;
  };
  return (
    <Card withBorder padding="sm">
      <Text fw={600} size="sm">
        {t("transfers.moves")}
      </Text>
      <List size="sm">
        {moves.data.map((m) => (
          <List.Item key={m.changeId}>
            {t("transfers.move", { name: m.name, before: label(m.before), after: label(m.after) })}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

function Day({ meeting, days, canEdit }: { meeting: MeetingTabMeeting; days: string[]; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const asked = params.get("date");
  const date = asked && days.includes(asked) ? asked : (days[0] ?? "");
  const transfers = useTransfers(meeting.id, date);
  const auto = useAutoAllocate(meeting.id);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label={t("transfers.day")}
          value={date}
          onChange={(v) =>
            setParams((p) => {
              p.set("date", v);
              return p;
            })
          }
          data={days.map((d) => ({ value: d, label: formatDay(lang, d) }))}
        />
        {canEdit && (
          <Button
            loading={auto.isPending}
            onClick={() =>
              auto.mutate(date, {
                onSuccess: (r) =>
                  notify(
                    t("transfers.auto.done", { n: r.added, short: r.short.length }),
                    r.short.length ? "orange" : "green",
                  ),
              })
            }
          >
            {t("transfers.auto")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={auto.error} />
      <QueryState query={transfers} isEmpty={(l) => l.length === 0} empty={t("transfers.empty")}>
        {(list) => (
          <Stack gap="md">
            {list.map((x) => (
              <TransferCard key={x.id} meetingId={meeting.id} transfer={x} canEdit={canEdit} />
            ))}
          </Stack>
        )}
      </QueryState>
      <Shuttles meetingId={meeting.id} date={date} />
    </Stack>
  );
}

function TransferCard({
  meetingId,
  transfer: x,
  canEdit,
}: {
  meetingId: string;
  transfer: Transfer;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const vehicles = useVehicles(meetingId);
  const allocate = useAllocate(meetingId);
  const [pick, setPick] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<unknown>(null);
  const title = t("transfers.heading", {
    direction: t(x.direction === "arrival" ? "transfers.arrival" : "transfers.departure"),
    airport: x.airport,
    from: hhmm(x.window.from),
    to: hhmm(x.window.to),
  });
  const vehicleLabel = new Map(x.vehicles.map((v) => [v.id, v.label]));
  const free = (vehicles.data ?? []).filter((v) => !x.vehicles.some((w) => w.id === v.id));
  const headingId = `transfer-${x.id}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId} data-transfer={x.id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          <Badge color={x.shortBy ? "red" : "teal"} variant="light">
            {t("transfers.seats", { people: x.people.length, seats: x.seats })}
          </Badge>
        </Group>
        <Text size="sm">{t("transfers.flights", { flights: x.flights.join(", ") || "—" })}</Text>
        <Text size="sm">
          <Text span fw={600}>
            {t("transfers.liaison")}:{" "}
          </Text>
          {x.liaison.length
            ? x.liaison.map((l) => `${l.name}${l.phone ? ` (${l.phone})` : ""}`).join("; ")
            : t("transfers.liaison.none")}
        </Text>
        {x.shortBy > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t("transfers.short", { n: x.shortBy })}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>{t("transfers.people")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("transfers.col.name")}</Table.Th>
                <Table.Th>{t("transfers.col.delegation")}</Table.Th>
                <Table.Th>{t("transfers.col.role")}</Table.Th>
                <Table.Th>{t("transfers.col.flight")}</Table.Th>
                <Table.Th>{t("transfers.col.time")}</Table.Th>
                <Table.Th>{t("transfers.col.vehicle")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {x.people.map((p) => (
                <Table.Tr key={p.delegateId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.delegation}</Table.Td>
                  <Table.Td>{isOneOf(delegateRoles, p.role) ? t(`meetings.role.${p.role}`) : p.role}</Table.Td>
                  <Table.Td>{p.flight ?? "—"}</Table.Td>
                  <Table.Td>
                    {hhmm(p.time)}
                    {p.pickUp ? ` (${t("transfers.pickUp", { time: hhmm(p.pickUp) })})` : ""}
                  </Table.Td>
                  <Table.Td>
                    {p.vehicleId ? (
                      vehicleLabel.get(p.vehicleId)
                    ) : (
                      <Text span c="red.9" fw={600} size="sm">
                        {t("transfers.noVehicle")}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text fw={600} size="sm">
          {t("transfers.vehicles")}
        </Text>
        <ErrorAlert error={allocate.error ?? downloading} />
        <Stack gap={6}>
          {x.vehicles.map((v) => (
            <Group key={v.id} justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm">
                {t("transfers.vehicle.line", { label: v.label, seats: v.seats, passengers: v.passengers })}
                {` · ${v.plate ?? "—"} · ${v.driver ?? "—"} ${v.phone ?? ""}`}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t("transfers.manifestOf", { label: v.label })}
                  onClick={() => api.download(manifestPath(meetingId, x.id, v.id), `${x.id}.pdf`).catch(setDownloading)}
                >
                  {t("transfers.manifest")}
                </Button>
                {canEdit && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t("transfers.removeOf", { label: v.label })}
                    onClick={() => allocate.mutate({ transferId: x.id, vehicleId: v.id, add: false })}
                  >
                    {t("transfers.remove")}
                  </Button>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
        {canEdit && (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t("transfers.addVehicle")}
              data={free.map((v) => ({ value: v.id, label: `${v.label} (${v.seats})` }))}
              value={pick}
              onChange={setPick}
              searchable
              w={280}
            />
            <Button
              disabled={!pick}
              loading={allocate.isPending}
              onClick={() =>
                pick &&
                allocate.mutate({ transferId: x.id, vehicleId: pick, add: true }, { onSuccess: () => setPick(null) })
              }
            >
              {t("transfers.add")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function Shuttles({ meetingId, date }: { meetingId: string; date: string }) {
  const { t, lang } = useI18n();
  const shuttles = useShuttles(meetingId, date);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("transfers.shuttles")}
      </Title>
      <QueryState query={shuttles} isEmpty={(l) => l.length === 0} empty={t("transfers.shuttles.empty")}>
        {(list) => (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Caption>{t("transfers.shuttles.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("transfers.shuttle.depart")}</Table.Th>
                  <Table.Th>{t("transfers.shuttle.hotel")}</Table.Th>
                  <Table.Th>{t("transfers.shuttle.to")}</Table.Th>
                  <Table.Th>{t("transfers.shuttle.people")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => {
                  const title = lang === "vi" ? s.sessionTitleVi : s.sessionTitleEn;
                  return (
                    <Table.Tr key={`${s.sessionId}-${s.hotelId ?? ""}-${s.kind}`}>
                      <Table.Td>{hhmm(s.departAt)}</Table.Td>
                      <Table.Td>{s.hotelName ?? t("transfers.shuttle.noHotel")}</Table.Td>
                      <Table.Td>
                        {s.kind === "day" ? t("transfers.shuttle.day", { title }) : title} ({hhmm(s.sessionStart)})
                      </Table.Td>
                      <Table.Td>{s.people}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}

const kindKey = {
  car: "transfers.kind.car",
  van: "transfers.kind.van",
  bus: "transfers.kind.bus",
} as const satisfies Record<VehicleKind, string>;

function Fleet({ meetingId, canEdit }: { meetingId: string; canEdit: boolean }) {
  const { t } = useI18n();
  const vehicles = useVehicles(meetingId);
  const remove = useDeleteVehicle(meetingId);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("transfers.fleet")}
      </Title>
      <ErrorAlert error={remove.error} />
      <QueryState query={vehicles} isEmpty={(l) => l.length === 0} empty={t("transfers.fleet.empty")}>
        {(list: Vehicle[]) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Caption>{t("transfers.fleet.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("transfers.field.label")}</Table.Th>
                  <Table.Th>{t("transfers.field.kind")}</Table.Th>
                  <Table.Th>{t("transfers.field.seats")}</Table.Th>
                  <Table.Th>{t("transfers.field.driver")}</Table.Th>
                  <Table.Th>{t("transfers.field.phone")}</Table.Th>
                  <Table.Th>{t("transfers.field.plate")}</Table.Th>
                  <Table.Th>{t("transfers.col.flight")}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{v.label}</Table.Td>
                    <Table.Td>{t(kindKey[v.kind])}</Table.Td>
                    <Table.Td>{v.seats}</Table.Td>
                    <Table.Td>{v.driverName ?? "—"}</Table.Td>
                    <Table.Td>{v.driverPhone ?? "—"}</Table.Td>
                    <Table.Td>{v.plate ?? "—"}</Table.Td>
                    <Table.Td>{t("transfers.fleet.transfers", { n: v.transfers.length })}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t("transfers.fleet.delete", { label: v.label })}
                          onClick={() => remove.mutate(v.id)}
                        >
                          ✕
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      {canEdit && <NewVehicle meetingId={meetingId} />}
    </Stack>
  );
}

interface VehicleForm extends Record<string, unknown> {
  label: string;
  kind: VehicleKind;
  seats: number | string;
  driverName: string;
  driverPhone: string;
  plate: string;
}

function NewVehicle({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  const create = useCreateVehicle(meetingId);
  const initialValues: VehicleForm = {
    label: "",
    kind: "van",
    seats: 15,
    driverName: "",
    driverPhone: "",
    plate: "",
  };
  const form = useCheckedForm({
    initialValues,
    required: { label: t("transfers.field.label") },
    rules: (v) => {
      const n = v.seats === "" ? Number.NaN : Number(v.seats);
      return { seats: Number.isInteger(n) && n >= 1 && n <= 80 ? undefined : t("transfers.field.seatsInvalid") };
    },
    limits: { label: 80, driverName: 120, driverPhone: 40, plate: 20 },
  });
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="new-vehicle">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              label: v.label,
              kind: v.kind,
              seats: Number(v.seats),
              driverName: v.driverName || null,
              driverPhone: v.driverPhone || null,
              plate: v.plate || null,
            },
            {
              onSuccess: (made) => {
                notify(t("transfers.fleet.saved", { label: made.label }));
                form.reset();
              },
            },
          ),
        )}
      >
        <Stack gap="xs">
          <Title order={4} id="new-vehicle">
            {t("transfers.fleet.new")}
          </Title>
          <ErrorAlert error={create.error} />
          <Group grow wrap="wrap" align="flex-start">
            <TextInput label={t("transfers.field.label")} required miw={200} {...form.getInputProps("label")} />
            <Select
              label={t("transfers.field.kind")}
              data={vehicleKinds.map((k) => ({ value: k, label: t(kindKey[k]) }))}
              allowDeselect={false}
              miw={140}
              {...form.getInputProps("kind")}
            />
            <NumberInput
              label={t("transfers.field.seats")}
              required
              min={1}
              max={80}
              miw={140}
              {...form.getInputProps("seats")}
            />
          </Group>
          <Group grow wrap="wrap" align="flex-start">
            <TextInput label={t("transfers.field.driver")} miw={200} {...form.getInputProps("driverName")} />
            <TextInput label={t("transfers.field.phone")} type="tel" miw={160} {...form.getInputProps("driverPhone")} />
            <TextInput label={t("transfers.field.plate")} miw={140} {...form.getInputProps("plate")} />
          </Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("transfers.fleet.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
