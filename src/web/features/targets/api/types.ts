/**
 * The targets API's records as the web uses them: the server's schemas (src/shared/schemas/targets.ts) are the one
 * definition; these are their `Static<>` types (decision 013), not copies.
 */
import type { FigureField } from "../../../../shared/schemas/targets";

export type {
  Agency,
  AgencyKind,
  AgencyProgress,
  AgencyRef,
  AgencyValue,
  CarryOver,
  Coverage,
  FigureInput,
  Indicator,
  IndicatorKind,
  IndicatorProgress,
  IndicatorStatus,
  PeriodStatus,
  Progress,
  Report,
  ReportEvent,
  ReportStatus,
  ReportValue,
  Scheme,
  SeriesPoint,
  YearLock,
} from "../../../../shared/schemas/targets";

/** A field the server refused (details of FIGURES_INVALID, in the caller's language). */
export interface FigureIssue {
  indicatorId: string;
  indicatorCode: string;
  field: FigureField;
  problem: string;
  message: string;
}

export const targetsKey = ["targets"] as const;
export const schemeKey = (id: string) => [...targetsKey, "scheme", id] as const;
