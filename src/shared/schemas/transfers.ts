import { Type, type Static } from "typebox";
import { IsoDateTime, Nullable, StringEnum, Uuid } from "./common.js";
import { transferDirections, vehicleKinds } from "../logistics.js";

/**
 * Airport transfers, vehicles and hotel–venue shuttles (issue 14, point 3). A transfer is derived from the flights;
 * its `id` is its stable key (`arrival-2022-08-02-HAN-0940`: direction, day, airport, window start).
 */
export const TransferKey = Type.String({
  pattern: "^(arrival|departure)-\\d{4}-\\d{2}-\\d{2}-[A-Z]{3}-\\d{4}$",
  description: "direction-YYYY-MM-DD-AIRPORT-HHMM",
});

export const TransferPerson = Type.Object({
  delegateId: Type.String(),
  name: Type.String(),
  delegationId: Type.String(),
  delegation: Type.String(),
  role: Type.String(),
  flight: Nullable(Type.String()),
  /** The flight's time (landing or take-off), in the meeting's zone. */
  time: IsoDateTime,
  /** Departures: when they are picked up (the flight minus the lead); arrivals: null. */
  pickUp: Nullable(IsoDateTime),
  /** The vehicle they ride in, null while no seat is left for them. */
  vehicleId: Nullable(Type.String()),
});
export type TransferPerson = Static<typeof TransferPerson>;

export const VehicleKindT = StringEnum(vehicleKinds);

export const TransferVehicle = Type.Object({
  id: Type.String(),
  label: Type.String(),
  kind: VehicleKindT,
  seats: Type.Integer(),
  driver: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  plate: Nullable(Type.String()),
  /** How many of this transfer's people it carries. */
  passengers: Type.Integer(),
});
export type TransferVehicle = Static<typeof TransferVehicle>;

export const TransferLiaison = Type.Object({
  officerId: Type.String(),
  name: Type.String(),
  phone: Nullable(Type.String()),
  delegationIds: Type.Array(Type.String()),
});

export const Transfer = Type.Object({
  id: TransferKey,
  direction: StringEnum(transferDirections),
  airport: Type.String(),
  day: Type.String({ format: "date" }),
  /** The first and the last arrival (arrivals) or pick-up (departures) of the transfer, in the meeting's zone. */
  window: Type.Object({ from: IsoDateTime, to: IsoDateTime }),
  flights: Type.Array(Type.String()),
  people: Type.Array(TransferPerson),
  vehicles: Type.Array(TransferVehicle),
  /** The liaison officers meeting the transfer's delegations (one per delegation that has one). */
  liaison: Type.Array(TransferLiaison),
  seats: Type.Integer(),
  /** People no seat is left for (0 when all ride): the page warns while it is above 0. */
  shortBy: Type.Integer(),
});
export type Transfer = Static<typeof Transfer>;

export const TransfersQuery = Type.Object({
  date: Type.Optional(Type.String({ format: "date", description: "YYYY-MM-DD; all days when absent" })),
});

export const TransferDays = Type.Object({
  days: Type.Array(Type.Object({ date: Type.String(), arrivals: Type.Integer(), departures: Type.Integer() })),
  /** Delegates whose flight lacks a date, a time or an airport: they are in no transfer. */
  incomplete: Type.Array(
    Type.Object({ delegateId: Type.String(), name: Type.String(), direction: StringEnum(transferDirections) }),
  ),
  canEdit: Type.Boolean(),
  windowMinutes: Type.Integer(),
  departureLeadMinutes: Type.Integer(),
});
export type TransferDays = Static<typeof TransferDays>;

export const Vehicle = Type.Object({
  id: Type.String(),
  label: Type.String(),
  kind: VehicleKindT,
  seats: Type.Integer(),
  driverName: Nullable(Type.String()),
  driverPhone: Nullable(Type.String()),
  plate: Nullable(Type.String()),
  sample: Type.Boolean(),
  version: Type.Integer(),
  /** The transfers it serves (keys). */
  transfers: Type.Array(Type.String()),
  canEdit: Type.Boolean(),
});
export type Vehicle = Static<typeof Vehicle>;

const Text = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));
export const VehicleInput = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 80 }),
    kind: VehicleKindT,
    seats: Type.Integer({ minimum: 1, maximum: 80 }),
    driverName: Text(120),
    driverPhone: Text(40),
    plate: Text(20),
  },
  { additionalProperties: false },
);
export type VehicleInput = Static<typeof VehicleInput>;
export const VehiclePatch = Type.Object(
  {
    label: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    kind: Type.Optional(VehicleKindT),
    seats: Type.Optional(Type.Integer({ minimum: 1, maximum: 80 })),
    driverName: Text(120),
    driverPhone: Text(40),
    plate: Text(20),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type VehiclePatch = Static<typeof VehiclePatch>;

export const VehicleParams = Type.Object({ id: Uuid, vehicleId: Uuid });
export const AllocationParams = Type.Object({ id: Uuid, transferId: TransferKey, vehicleId: Uuid });

export const AutoAllocateBody = Type.Object({ date: Type.String({ format: "date" }) }, { additionalProperties: false });
export const AutoAllocateResult = Type.Object({
  added: Type.Integer(),
  /** Transfers still short of seats (no free vehicle left), with how many people. */
  short: Type.Array(Type.Object({ id: Type.String(), shortBy: Type.Integer() })),
});
export type AutoAllocateResult = Static<typeof AutoAllocateResult>;

export const Shuttle = Type.Object({
  kind: StringEnum(["day", "site_visit", "cultural"] as const),
  day: Type.String(),
  sessionId: Type.String(),
  sessionTitleVi: Type.String(),
  sessionTitleEn: Type.String(),
  sessionStart: IsoDateTime,
  departAt: IsoDateTime,
  hotelId: Nullable(Type.String()),
  hotelName: Nullable(Type.String()),
  people: Type.Integer(),
});
export type Shuttle = Static<typeof Shuttle>;

/** A delegate's changed flight, with the transfer they were in and the one they are in now. */
export const TransferMove = Type.Object({
  changeId: Type.String(),
  delegateId: Nullable(Type.String()),
  name: Type.String(),
  direction: StringEnum(transferDirections),
  before: Nullable(Type.String()),
  after: Nullable(Type.String()),
});
export type TransferMove = Static<typeof TransferMove>;
