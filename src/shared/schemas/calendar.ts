import { Type, type Static } from "typebox";
import { DateStr, Nullable, StringEnum } from "./common.js";

/**
 * The working-day calendar (issue 12, item 4; decision 021): a year's holidays, days off and make-up working days.
 * `holiday` and `day_off` are days off; `working_day` makes a day a working day (a make-up Saturday, or a day the
 * law's computation would give off that an announcement keeps at work).
 */
export const calendarDayKinds = ["holiday", "day_off", "working_day"] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];
/** `law`: computed from the Labour Code; `announcement`: announced by the government (or recorded by an administrator). */
export const calendarDaySources = ["law", "announcement"] as const;
export type CalendarDaySource = (typeof calendarDaySources)[number];

export const CALENDAR_NAME_MAX = 200;
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;

export const CalendarDay = Type.Object({
  date: DateStr,
  kind: StringEnum(calendarDayKinds),
  nameVi: Type.String(),
  nameEn: Type.String(),
  source: StringEnum(calendarDaySources),
  /** False for a day computed from the law and not stored: editing it stores an override. */
  stored: Type.Boolean(),
  /** The stored row's version (null when not stored). */
  version: Nullable(Type.Integer()),
  /** The law's day this entry replaces, if any. */
  replaces: Nullable(Type.Object({ kind: StringEnum(calendarDayKinds), nameVi: Type.String(), nameEn: Type.String() })),
});
export type CalendarDay = Static<typeof CalendarDay>;

export const CalendarYear = Type.Object({
  year: Type.Integer(),
  days: Type.Array(CalendarDay),
  /** Working days of the year (for the page's summary). */
  workingDays: Type.Integer(),
  permissions: Type.Object({ edit: Type.Boolean() }),
});
export type CalendarYear = Static<typeof CalendarYear>;

const Name = Type.String({ minLength: 1, maxLength: CALENDAR_NAME_MAX });
export const CalendarDayCreate = Type.Object({
  date: DateStr,
  kind: StringEnum(calendarDayKinds),
  nameVi: Name,
  nameEn: Name,
});
export type CalendarDayCreate = Static<typeof CalendarDayCreate>;
export const CalendarDayUpdate = Type.Object({
  kind: StringEnum(calendarDayKinds),
  nameVi: Name,
  nameEn: Name,
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});
export type CalendarDayUpdate = Static<typeof CalendarDayUpdate>;
