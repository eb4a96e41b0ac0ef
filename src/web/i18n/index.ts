/**
 * The translation registry. Each feature keeps its words in `src/web/i18n/<feature>.ts` (exporting `vi` and
 * `en: Record<keyof typeof vi, string>`, keys prefixed `"<feature>."`) and adds two lines here: its import and its
 * entry in `dictionaries`. `i18n.test.ts` fails when a key is missing or empty in either language.
 */
import * as common from "./common";
import * as auth from "./auth";
import * as home from "./home";
import * as admin from "./admin";
import * as meetings from "./meetings";
import * as workplans from "./workplans";
import * as registration from "./registration";
import * as targets from "./targets";
import * as checkin from "./checkin";
import * as exports from "./exports";
import * as cooperation from "./cooperation";
import * as lists from "./lists";
import * as calendar from "./calendar";
import * as committee from "./committee";
import * as tasks from "./tasks";
// committee — scripts and the live view
import * as scripts from "./scripts";
// organising committee: readiness and templates, contingency plans (issue 13, helper D)
import * as readiness from "./readiness";
import * as contingencies from "./contingencies";
// people and logistics (issue 14)
import * as logistics from "./logistics";
// hotels and rooming (issue 14, point 2)
import * as lodging from "./lodging";
// meals (issue 14, point 4)
import * as meals from "./meals";
// airport transfers (issue 14, point 3)
import * as transfers from "./transfers";
// health log (issue 14, point 6)
import * as health from "./health";
// security checklists and incidents (issue 14, point 5)
import * as security from "./security";
// liaison officers and volunteers (issue 14, point 1)
import * as liaison from "./liaison";

export const dictionaries = {
  common,
  auth,
  home,
  admin,
  meetings,
  workplans,
  registration,
  targets,
  checkin,
  exports,
  cooperation,
  lists,
  calendar,
  committee,
  tasks,
  scripts,
  // organising committee: readiness and templates, contingency plans (issue 13, helper D)
  readiness,
  contingencies,
  // people and logistics (issue 14)
  logistics,
  // hotels and rooming (issue 14, point 2)
  lodging,
  // meals (issue 14, point 4)
  meals,
  // airport transfers (issue 14, point 3)
  transfers,
  // health log (issue 14, point 6)
  health,
  // security checklists and incidents (issue 14, point 5)
  security,
  // liaison officers and volunteers (issue 14, point 1)
  liaison,
};

type Dictionaries = typeof dictionaries;

/** Every key of every registered dictionary; `t()` accepts only these. */
export type TranslationKey = { [K in keyof Dictionaries]: keyof Dictionaries[K]["vi"] & string }[keyof Dictionaries];

export type Lang = "vi" | "en";
export const languages: readonly Lang[] = ["vi", "en"];

function merge(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of Object.values(dictionaries)) Object.assign(out, d[lang] as Record<string, string>);
  return out;
}

/** All keys of all dictionaries, merged per language. */
export const messages: Record<Lang, Record<string, string>> = { vi: merge("vi"), en: merge("en") };
