import { figureMessage, type FigureProblem } from "./errors.js";
import type { FigureField, FigureInput, IndicatorKind } from "../../../shared/schemas/targets.js";
import { dmy } from "../../../shared/dates.js";

/** Headcounts above this are typing errors: no ministry or province has ten million civil servants. */
export const MAX_FIGURE = 10_000_000;

export interface FigureIndicator {
  id: string;
  code: string;
  kind: IndicatorKind;
  numeratorLabelVi: string;
  numeratorLabelEn: string;
  denominatorLabelVi: string | null;
  denominatorLabelEn: string | null;
}

export type { FigureField, FigureInput };

export interface FigureIssue {
  indicatorId: string;
  indicatorCode: string;
  field: FigureField;
  problem: FigureProblem;
  messageVi: string;
  messageEn: string;
}

export interface FigureContext {
  period: number;
  decisionDate: string;
  /** On submission every indicator must be filled in; a draft may have gaps. */
  requireComplete: boolean;
}

const num = (n: number, lang: "vi" | "en") => new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(n);

/**
 * Checks a report's figures against what is possible: whole numbers, not negative, a headcount above zero, no more
 * trained than employed, a date only with a "yes", within the period and not before the Decision. Returns every
 * problem (empty when the figures are possible), each naming its field in both languages.
 */
export function checkFigures(indicators: FigureIndicator[], inputs: FigureInput[], cx: FigureContext): FigureIssue[] {
  const issues: FigureIssue[] = [];
  const byId = new Map(inputs.map((v) => [v.indicatorId, v]));
  for (const ind of indicators) {
    const v = byId.get(ind.id) ?? { indicatorId: ind.id };
    const label = (field: FigureField, lang: "vi" | "en") =>
      field === "denominator"
        ? ((lang === "vi" ? ind.denominatorLabelVi : ind.denominatorLabelEn) ?? "")
        : lang === "vi"
          ? ind.numeratorLabelVi
          : ind.numeratorLabelEn;
    const add = (
      field: FigureField,
      problem: FigureProblem,
      params: (lang: "vi" | "en") => Record<string, unknown> = () => ({}),
    ) => {
      const msg = (lang: "vi" | "en") =>
        `(${ind.code}) ${figureMessage(problem, lang, { label: label(field, lang), ...params(lang) })}`;
      issues.push({
        indicatorId: ind.id,
        indicatorCode: ind.code,
        field,
        problem,
        messageVi: msg("vi"),
        messageEn: msg("en"),
      });
    };

    if (ind.kind === "boolean") {
      const achieved = v.achieved ?? null;
      const on = v.achievedOn ?? null;
      if (achieved === null) {
        if (cx.requireComplete) add("achieved", "missing");
        if (on !== null) add("achievedOn", "date_without_yes");
        continue;
      }
      if (!achieved) {
        if (on !== null) add("achievedOn", "date_without_yes");
        continue;
      }
      if (on === null) {
        if (cx.requireComplete) add("achievedOn", "date_missing");
        continue;
      }
      if (on > `${cx.period}-12-31`)
        add("achievedOn", "date_after_period", () => ({ date: dmy(on), period: cx.period }));
      else if (on < cx.decisionDate)
        add("achievedOn", "date_before_decision", () => ({ date: dmy(on), decisionDate: dmy(cx.decisionDate) }));
      continue;
    }

    const checkNumber = (field: "numerator" | "denominator", x: number | null | undefined): boolean => {
      if (x === null || x === undefined) {
        if (cx.requireComplete) add(field, "missing");
        return false;
      }
      if (x < 0) add(field, "negative");
      else if (!Number.isInteger(x)) add(field, "not_integer");
      else if (x > MAX_FIGURE) add(field, "too_large", (lang) => ({ max: num(MAX_FIGURE, lang) }));
      else if (field === "denominator" && x === 0) add(field, "zero_denominator");
      else return true;
      return false;
    };
    const okN = checkNumber("numerator", v.numerator);
    const okD = checkNumber("denominator", v.denominator);
    const n = v.numerator;
    const d = v.denominator;
    if (okN && okD && typeof n === "number" && typeof d === "number" && n > d) {
      add("numerator", "above_denominator", (lang) => ({
        value: num(n, lang),
        other: label("denominator", lang),
        otherValue: num(d, lang),
      }));
    }
  }
  return issues;
}
