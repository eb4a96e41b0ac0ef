import { Type, type Static } from "typebox";
import { IsoDateTime, Nullable, StringEnum, Uuid } from "./common.js";
import { dietNeeds, mealKinds } from "../logistics.js";

/**
 * Meal events of a hosted meeting (issue 14, point 4): lunches, the welcome dinner, coffee breaks, receptions, linked
 * to the programme's sessions; their counts by dietary need, live until the cut-off and frozen after it.
 */
export const MealKindT = StringEnum(mealKinds);
export const DietNeedT = StringEnum(dietNeeds);

/** How many eat: `total`, each dietary need (a delegate may have several), and `none` (no special need). */
export const MealCounts = Type.Object({
  total: Type.Integer(),
  none: Type.Integer(),
  vegetarian: Type.Integer(),
  vegan: Type.Integer(),
  halal: Type.Integer(),
  no_pork: Type.Integer(),
  no_beef: Type.Integer(),
  gluten_free: Type.Integer(),
  allergy: Type.Integer(),
  other: Type.Integer(),
});
export type MealCounts = Static<typeof MealCounts>;

/** A named allergen or another need in the delegates' own words, with how many have it. */
export const NamedNeed = Type.Object({ text: Type.String(), count: Type.Integer() });

export const MealSessionRef = Type.Object({
  id: Uuid,
  titleVi: Type.String(),
  titleEn: Type.String(),
  start: IsoDateTime,
});

export const Meal = Type.Object({
  id: Uuid,
  meetingId: Uuid,
  kind: MealKindT,
  /** In the caller's language (the English name when there is one, else the Vietnamese). */
  name: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  /** The meal's time in the meeting's zone, with its offset. */
  at: IsoDateTime,
  place: Nullable(Type.String()),
  cutoffAt: Nullable(IsoDateTime),
  sessionIds: Type.Array(Uuid),
  sessions: Type.Array(MealSessionRef),
  /** The counts the kitchen works from: frozen at the cut-off once it has passed, otherwise live. */
  counts: MealCounts,
  /** Today's counts from the registrations (differ from `counts` after the cut-off when delegates changed). */
  liveCounts: MealCounts,
  frozen: Type.Boolean(),
  frozenAt: Nullable(IsoDateTime),
  /** After the cut-off: delegates added, removed or whose diet changed since the counts were frozen. */
  changedSince: Type.Integer(),
  /** Allergens named, and other needs in the delegates' words (live), most frequent first. */
  allergens: Type.Array(NamedNeed),
  others: Type.Array(NamedNeed),
  sample: Type.Boolean(),
  version: Type.Integer(),
  canEdit: Type.Boolean(),
});
export type Meal = Static<typeof Meal>;

const MealFields = {
  kind: MealKindT,
  nameVi: Type.String({ minLength: 1, maxLength: 200 }),
  nameEn: Type.Optional(Type.String({ maxLength: 200 })),
  /** Wall-clock time in the meeting's zone ("2022-08-03T12:00") or with an offset. */
  at: Type.String({ minLength: 1, maxLength: 40 }),
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  /** Until when the counts follow registrations; must not be after the meal. */
  cutoffAt: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  sessionIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
};
export const MealBody = Type.Object(MealFields, { additionalProperties: false });
export type MealBody = Static<typeof MealBody>;
export const MealPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    ...Type.Partial(Type.Object(MealFields)).properties,
  },
  { additionalProperties: false },
);
export type MealPatch = Static<typeof MealPatch>;
export const MealParams = Type.Object({ id: Uuid, mealId: Uuid });

/** What a meal may be linked to (the form's picker) and whether the caller keeps meals. */
export const MealOptions = Type.Object({
  sessions: Type.Array(MealSessionRef),
  timeZone: Type.String(),
  canEdit: Type.Boolean(),
});
export type MealOptions = Static<typeof MealOptions>;
