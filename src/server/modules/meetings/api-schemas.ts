import { NAME_MAX } from "../../../shared/text.js";
import { Type } from "typebox";
import { Nullable, StringEnum, Uuid } from "../../http/schemas.js";
import { accreditationStatuses, delegateRoles, genders } from "./schema.js";
import { delegateTextLimits } from "../../../shared/personalData.js";

/** API schemas of a delegate, shared by the meetings core's routes and the registration routes (one definition). */

export const Opt = <T extends Parameters<typeof Nullable>[0]>(t: T) => Type.Optional(Nullable(t));
export const OptText = (max = 500) => Type.Optional(Nullable(Type.String({ maxLength: max })));
export const DateStr = Type.String({ format: "date", description: "YYYY-MM-DD" });
export const OptDate = Type.Optional(Nullable(Type.Union([DateStr, Type.Literal("")])));
export const Time = Type.Union([Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$" }), Type.Literal("")]);
export const Airport = Type.Union([Type.String({ pattern: "^[A-Za-z]{3}$" }), Type.Literal("")]);
export const DelegationParams = Type.Object({ id: Uuid, delegationId: Uuid });
export const DelegateParams = Type.Object({ id: Uuid, delegationId: Uuid, delegateId: Uuid });

/** Fields after the name are absent in the `badge` view (security officers); personal data is null outside `full`. */
export const Delegate = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  delegationId: Type.String(),
  fullName: Type.String(),
  photoUrl: Nullable(Type.String()),
  honorific: Opt(Type.String()),
  gender: Opt(StringEnum(genders)),
  position: Opt(Type.String()),
  organisation: Opt(Type.String()),
  role: Type.Optional(StringEnum(delegateRoles)),
  nationality: Opt(Type.String()),
  passportNumber: Opt(Type.String()),
  passportExpiry: Opt(Type.String()),
  dateOfBirth: Opt(Type.String()),
  email: Opt(Type.String()),
  phone: Opt(Type.String()),
  arrivalDate: Opt(Type.String()),
  arrivalTime: Opt(Type.String()),
  arrivalFlight: Opt(Type.String()),
  arrivalAirport: Opt(Type.String()),
  departureDate: Opt(Type.String()),
  departureTime: Opt(Type.String()),
  departureFlight: Opt(Type.String()),
  departureAirport: Opt(Type.String()),
  hotel: Opt(Type.String()),
  dietary: Opt(Type.String()),
  accessibility: Opt(Type.String()),
  accreditationStatus: Type.Optional(StringEnum(accreditationStatuses)),
  accreditationReason: Opt(Type.String()),
  sample: Type.Optional(Type.Boolean()),
  sessionIds: Type.Optional(Type.Array(Type.String())),
  version: Type.Optional(Type.Integer()),
});

/** Every field of a delegate as the routes take them. */
export const DelegateBody = {
  fullName: Type.String({ minLength: 1, maxLength: NAME_MAX }),
  honorific: OptText(delegateTextLimits.honorific),
  gender: Opt(StringEnum(genders)),
  position: OptText(delegateTextLimits.position),
  organisation: OptText(delegateTextLimits.organisation),
  role: Type.Optional(StringEnum(delegateRoles)),
  nationality: Type.Optional(Nullable(Type.Union([Type.String({ pattern: "^[A-Za-z]{3}$" }), Type.Literal("")]))),
  passportNumber: Type.Optional(
    Nullable(Type.String({ maxLength: delegateTextLimits.passportNumber, pattern: "^[A-Za-z0-9 ]*$" })),
  ),
  passportExpiry: OptDate,
  dateOfBirth: OptDate,
  email: Type.Optional(
    Nullable(Type.Union([Type.String({ format: "email", maxLength: delegateTextLimits.email }), Type.Literal("")])),
  ),
  phone: OptText(delegateTextLimits.phone),
  arrivalDate: OptDate,
  arrivalTime: Opt(Time),
  arrivalFlight: OptText(delegateTextLimits.arrivalFlight),
  arrivalAirport: Opt(Airport),
  departureDate: OptDate,
  departureTime: Opt(Time),
  departureFlight: OptText(delegateTextLimits.departureFlight),
  departureAirport: Opt(Airport),
  hotel: OptText(delegateTextLimits.hotel),
  dietary: OptText(delegateTextLimits.dietary),
  accessibility: OptText(delegateTextLimits.accessibility),
  sessionIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
};
