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
