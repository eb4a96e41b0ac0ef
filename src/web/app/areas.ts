import type { TranslationKey } from "../lib/i18n";
import type { NavArea } from "../../shared/roles";

/** Where each area of the navigation leads. Feature modules register routes at these paths. */
export const areaPaths: Record<NavArea, string> = {
  meetings: "/meetings",
  cooperation: "/cooperation",
  workplans: "/workplans",
  targets: "/targets",
  admin: "/admin",
};

export const areaLabel = (area: NavArea): TranslationKey => `nav.${area}`;
