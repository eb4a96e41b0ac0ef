/**
 * A hosted meeting's people and logistics (issue 14, seed 000): the values shared by the server and the web.
 * Each area keeps its values under its heading; labels live in the web's dictionaries (and `vocabulary.ts` where the
 * server writes them too).
 */

/** The areas that derive their lists from the delegation record, and acknowledge its changes separately. */
export const logisticsAreas = ["liaison", "lodging", "transfers", "meals"] as const;
export type LogisticsArea = (typeof logisticsAreas)[number];

/** What changed about a delegate (the meetings module's change listener records it). */
export const travelChangeKinds = ["arrival", "departure", "hotel", "diet", "sessions", "removed"] as const;
export type TravelChangeKind = (typeof travelChangeKinds)[number];

/** Which areas a kind of change touches (a changed arrival moves the transfer, the hotel nights and the meals). */
export const areasOfChange: Record<TravelChangeKind, readonly LogisticsArea[]> = {
  arrival: ["transfers", "lodging", "meals", "liaison"],
  departure: ["transfers", "lodging", "meals"],
  hotel: ["lodging", "transfers"],
  diet: ["meals"],
  sessions: ["meals", "transfers"],
  removed: ["transfers", "lodging", "meals", "liaison"],
};

// --- liaison officers and volunteers
export const officerKinds = ["liaison", "volunteer"] as const;
export type OfficerKind = (typeof officerKinds)[number];
export const languageLevels = ["native", "fluent", "working", "basic"] as const;
export type LanguageLevel = (typeof languageLevels)[number];

// --- hotels and rooming
export const roomTypes = ["single", "double", "twin", "suite"] as const;
export type RoomType = (typeof roomTypes)[number];

// --- transfers
export const transferDirections = ["arrival", "departure"] as const;
export type TransferDirection = (typeof transferDirections)[number];
export const vehicleKinds = ["car", "van", "bus"] as const;
export type VehicleKind = (typeof vehicleKinds)[number];

// --- meals
export const mealKinds = ["breakfast", "lunch", "dinner", "coffee_break", "reception"] as const;
export type MealKind = (typeof mealKinds)[number];
// meals: the dietary needs a delegate's free-text `dietary` is classified into (meals/diet.ts)
export const dietNeeds = [
  "vegetarian",
  "vegan",
  "halal",
  "no_pork",
  "no_beef",
  "gluten_free",
  "allergy",
  "other",
] as const;
export type DietNeed = (typeof dietNeeds)[number];

// --- security checklists
export const checkPlaceKinds = ["venue", "hotel"] as const;
export type CheckPlaceKind = (typeof checkPlaceKinds)[number];
export const checkItemStatuses = ["open", "done", "signed_off"] as const;
export type CheckItemStatus = (typeof checkItemStatuses)[number];
// security: a place's readiness at a glance (none: no items yet; ready: every item signed off)
export const placeReadinessStatuses = ["none", "overdue", "in_progress", "ready"] as const;
export type PlaceReadinessStatus = (typeof placeReadinessStatuses)[number];

// --- health log
export const healthEntryKinds = ["event", "screening"] as const;
export type HealthEntryKind = (typeof healthEntryKinds)[number];
// health log (issue 14, point 6): what an epidemic scenario's screening may ask for, and a rapid test's results
export const healthScreeningFields = ["temperature", "symptoms", "rapid_test", "close_contact"] as const;
export type HealthScreeningField = (typeof healthScreeningFields)[number];
export const rapidTestResults = ["negative", "positive", "invalid"] as const;
export type RapidTestResult = (typeof rapidTestResults)[number];
/** A screening's temperature, in °C: outside this range it is a typing mistake. */
export const bodyTemperatureRange = { min: 34, max: 43 } as const;
