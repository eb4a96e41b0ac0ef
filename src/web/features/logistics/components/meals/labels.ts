import type { TranslationKey } from "../../../../lib/i18n";
import type { MealKind } from "../../../../../shared/logistics";

/** The dictionary key of each kind of meal. */
export const kindKey: Record<MealKind, TranslationKey> = {
  breakfast: "meals.kind.breakfast",
  lunch: "meals.kind.lunch",
  dinner: "meals.kind.dinner",
  coffee_break: "meals.kind.coffee_break",
  reception: "meals.kind.reception",
};
