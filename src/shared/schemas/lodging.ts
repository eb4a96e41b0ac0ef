import { Type, type Static } from "typebox";
import { IsoDate, Nullable, StringEnum, Uuid } from "./common.js";
import { roomTypes } from "../logistics.js";
import { LogisticsAbilities } from "./logistics.js";

/**
 * Hotels and rooming (issue 14, point 2): hotels with their contract and room blocks, where each delegate sleeps,
 * and the rooming list per night and over the whole stay. One definition for the server and the web (decision 013).
 */
export const RoomTypeT = StringEnum(roomTypes);

export const RoomBlock = Type.Object({
  night: IsoDate,
  roomType: RoomTypeT,
  rooms: Type.Integer({ minimum: 0, maximum: 2000 }),
});
export type RoomBlock = Static<typeof RoomBlock>;

export const Hotel = Type.Object({
  id: Uuid,
  name: Type.String(),
  address: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  /** The contract's first and last night. */
  contractFrom: IsoDate,
  contractTo: IsoDate,
  needsPassports: Type.Boolean(),
  sample: Type.Boolean(),
  version: Type.Integer(),
  blocks: Type.Array(RoomBlock),
  /** Delegates staying there. */
  guests: Type.Integer(),
});
export type Hotel = Static<typeof Hotel>;

export const HotelInput = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  address: Type.Optional(Type.String({ maxLength: 500 })),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  email: Type.Optional(Nullable(Type.Union([Type.String({ format: "email", maxLength: 200 }), Type.Literal("")]))),
  contractFrom: IsoDate,
  contractTo: IsoDate,
  needsPassports: Type.Optional(Type.Boolean()),
});
export type HotelInput = Static<typeof HotelInput>;
export const HotelPatch = Type.Intersect([Type.Partial(HotelInput), Type.Object({ version: Type.Integer() })]);
export type HotelPatch = Static<typeof HotelPatch>;

/** The whole block grid of a hotel (nights × room types); cells left out hold no rooms. */
export const BlocksInput = Type.Object({ version: Type.Integer(), blocks: Type.Array(RoomBlock, { maxItems: 2000 }) });
export type BlocksInput = Static<typeof BlocksInput>;

export const HotelsAnswer = Type.Object({
  hotels: Type.Array(Hotel),
  canEdit: Type.Boolean(),
  permissions: LogisticsAbilities,
});
export type HotelsAnswer = Static<typeof HotelsAnswer>;

/** Rooms of one type on one night: held, used, and the flag. */
export const RoomCount = Type.Object({
  roomType: RoomTypeT,
  blocked: Type.Integer(),
  used: Type.Integer(),
  /** `overbooked`: more rooms used than held; `unused`: rooms held that nobody sleeps in. */
  flag: Nullable(StringEnum(["overbooked", "unused"] as const)),
});
export type RoomCount = Static<typeof RoomCount>;

export const RoomingGuest = Type.Object({
  delegateId: Uuid,
  name: Type.String(),
  delegationId: Uuid,
  delegation: Type.String(),
  head: Type.Boolean(),
  roomType: RoomTypeT,
  roomKey: Nullable(Type.String()),
  roommates: Type.Array(Type.String()),
  arrivalDate: IsoDate,
  departureDate: IsoDate,
});
export type RoomingGuest = Static<typeof RoomingGuest>;

export const RoomingHotelNight = Type.Object({
  hotelId: Uuid,
  name: Type.String(),
  /** The night lies within the hotel's contract. */
  inContract: Type.Boolean(),
  rooms: Type.Array(RoomCount),
  guests: Type.Array(RoomingGuest),
});

/** `GET /meetings/{id}/rooming?night=`: who sleeps where that night, per hotel, rooms used against rooms held. */
export const RoomingNight = Type.Object({
  night: IsoDate,
  hotels: Type.Array(RoomingHotelNight),
  /** Delegates who sleep in Hà Nội that night (by their dates) but have no hotel yet. */
  unplaced: Type.Array(Type.Object({ delegateId: Uuid, name: Type.String(), delegation: Type.String() })),
});
export type RoomingNight = Static<typeof RoomingNight>;
export const RoomingQuery = Type.Object({ night: Type.Optional(IsoDate) });

/** The whole stay: per hotel, every night × room type. */
export const RoomingStay = Type.Object({
  nights: Type.Array(IsoDate),
  hotels: Type.Array(
    Type.Object({
      hotelId: Uuid,
      name: Type.String(),
      contractFrom: IsoDate,
      contractTo: IsoDate,
      nights: Type.Array(Type.Object({ night: IsoDate, inContract: Type.Boolean(), rooms: Type.Array(RoomCount) })),
    }),
  ),
});
export type RoomingStay = Static<typeof RoomingStay>;

/** A travelling delegate (both dates known) and their stay, if any. */
export const StayRow = Type.Object({
  delegateId: Uuid,
  name: Type.String(),
  delegationId: Uuid,
  delegation: Type.String(),
  head: Type.Boolean(),
  arrivalDate: IsoDate,
  departureDate: IsoDate,
  nights: Type.Integer(),
  stay: Nullable(
    Type.Object({
      hotelId: Uuid,
      roomType: RoomTypeT,
      roomKey: Nullable(Type.String()),
      version: Type.Integer(),
    }),
  ),
});
export type StayRow = Static<typeof StayRow>;

export const StayInput = Type.Object({
  hotelId: Uuid,
  roomType: RoomTypeT,
  /** Delegates with the same key share one room; none: a room alone. */
  roomKey: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
  /** The stay's version when changing one; absent when placing a delegate. */
  version: Type.Optional(Type.Integer()),
});
export type StayInput = Static<typeof StayInput>;

export const AssignResult = Type.Object({
  placed: Type.Integer(),
  /** Delegates no free room could take (names). */
  unplaced: Type.Array(Type.String()),
});
export type AssignResult = Static<typeof AssignResult>;

export const HotelParams = Type.Object({ id: Uuid, hotelId: Uuid });
export const StayParams = Type.Object({ id: Uuid, delegateId: Uuid });
