import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Ok, Version, errors } from "../../http/schemas.js";
import {
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  CalendarDay,
  CalendarDayCreate,
  CalendarDayUpdate,
  CalendarYear,
} from "../../../shared/schemas/calendar.js";
import { DateStr } from "../../../shared/schemas/common.js";
import {
  MAX_ADD_DAYS,
  countWorkingDays,
  createDay,
  deleteDay,
  listYear,
  moveByWorkingDays,
  updateDay,
} from "./service.js";

const tags = ["calendar"];
const DateParams = Type.Object({ date: DateStr });

export const calendarRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/calendar/working-days",
    {
      schema: {
        tags,
        summary:
          "Working days from `from` to `to`, both included (0 when `to` is before `from`; at most 20 years): " +
          "weekends, the Labour Code's holidays and the announced days off skipped, make-up days counted",
        querystring: Type.Object({ from: DateStr, to: DateStr }),
        response: { 200: Type.Object({ workingDays: Type.Integer() }), ...errors },
      },
    },
    async (req) => ({
      workingDays: await countWorkingDays(ctx, requireActor(req), req.query.from, req.query.to),
    }),
  );

  app.get(
    "/calendar/add-working-days",
    {
      schema: {
        tags,
        summary: "The day `days` working days after `date` (before it when negative; `date` itself for 0)",
        querystring: Type.Object({
          date: DateStr,
          days: Type.Integer({ minimum: -MAX_ADD_DAYS, maximum: MAX_ADD_DAYS }),
        }),
        response: { 200: Type.Object({ date: DateStr }), ...errors },
      },
    },
    async (req) => ({ date: await moveByWorkingDays(ctx, requireActor(req), req.query.date, req.query.days) }),
  );

  app.get(
    "/calendar/days",
    {
      schema: {
        tags,
        summary:
          "A year's holidays, days off and make-up working days: the Labour Code's days (computed) merged with the " +
          "stored announcements and overrides (administrators)",
        querystring: Type.Object({ year: Type.Integer({ minimum: CALENDAR_YEAR_MIN, maximum: CALENDAR_YEAR_MAX }) }),
        response: { 200: CalendarYear, ...errors },
      },
    },
    async (req) => listYear(ctx, requireActor(req), req.query.year),
  );

  app.post(
    "/calendar/days",
    {
      schema: {
        tags,
        summary:
          "Add a day off, a holiday or a make-up working day, or override the law's day (administrators); audited",
        body: CalendarDayCreate,
        response: { 201: CalendarDay, ...errors },
      },
    },
    async (req, reply) => {
      const day = await createDay(ctx, requireActor(req), req.body);
      reply.code(201);
      return day;
    },
  );

  app.patch(
    "/calendar/days/:date",
    {
      schema: {
        tags,
        summary: "Change a stored day, with the version read (administrators); audited",
        params: DateParams,
        body: CalendarDayUpdate,
        response: { 200: CalendarDay, ...errors },
      },
    },
    async (req) => updateDay(ctx, requireActor(req), req.params.date, req.body),
  );

  app.delete(
    "/calendar/days/:date",
    {
      schema: {
        tags,
        summary: "Remove a stored day: the law's computation applies to it again (administrators); audited",
        params: DateParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteDay(ctx, requireActor(req), req.params.date, req.query.version);
      return { ok: true as const };
    },
  );
};
