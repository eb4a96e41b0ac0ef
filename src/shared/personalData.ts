import { NAME_MAX } from "./text.js";

/**
 * A delegate's personal data: the columns the personal-data purge erases (passport, birth date, contact, travel,
 * needs) — names and roles stay. The audit trail shows these as "changed" without their values.
 */
export const purgedDelegateFields = [
  "passportNumber",
  "passportExpiry",
  "dateOfBirth",
  "email",
  "phone",
  "arrivalDate",
  "arrivalTime",
  "arrivalFlight",
  "arrivalAirport",
  "departureDate",
  "departureTime",
  "departureFlight",
  "departureAirport",
  "hotel",
  "dietary",
  "accessibility",
] as const;

/** A delegate's text fields and their limits in characters: the server's schema and both delegate forms use these. */
export const delegateTextLimits = {
  fullName: NAME_MAX,
  honorific: 50,
  position: 300,
  organisation: 300,
  email: 320,
  phone: 50,
  passportNumber: 20,
  arrivalFlight: 20,
  departureFlight: 20,
  hotel: 300,
  dietary: 500,
  accessibility: 500,
} as const;
