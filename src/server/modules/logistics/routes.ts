import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, Ok, errors } from "../../http/schemas.js";
import {
  ChangeAckBody,
  ChangeAckParams,
  ChangesQuery,
  LogisticsSettings,
  LogisticsSettingsPatch,
  TravelChange,
} from "../../../shared/schemas/logistics.js";
import { acknowledgeChange, listChanges } from "./changes.js";
import { getSettings, updateSettings } from "./settings.js";

const tags = ["logistics"];

/**
 * What the logistics areas share (issue 14): the settings and the delegates' changes each area acknowledges. Each
 * area (liaison, lodging, transfers, meals, security, health) registers its own routes in its own module.
 */
export const logisticsRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/logistics/settings",
    {
      schema: {
        tags,
        summary: "The meeting's logistics settings: transfer window, liaison notice, shuttle time",
        params: IdParams,
        response: { 200: LogisticsSettings, ...errors },
      },
    },
    async (req) => getSettings(ctx, requireActor(req), req.params.id),
  );
  app.patch(
    "/meetings/:id/logistics/settings",
    {
      schema: {
        tags,
        summary: "Changes the logistics settings (ICD, heads of the Protocol and Logistics sub-committee). Audited.",
        params: IdParams,
        body: LogisticsSettingsPatch,
        response: { 200: LogisticsSettings, ...errors },
      },
    },
    async (req) => updateSettings(ctx, requireActor(req), req.params.id, req.body),
  );
  app.get(
    "/meetings/:id/logistics/changes",
    {
      schema: {
        tags,
        summary:
          "Delegates' changes (flight, dates, hotel, diet, sessions, removal) an area has still to act on, newest first",
        params: IdParams,
        querystring: ChangesQuery,
        response: { 200: Type.Array(TravelChange), ...errors },
      },
    },
    async (req) => listChanges(ctx, requireActor(req), req.params.id, req.query),
  );
  app.post(
    "/meetings/:id/logistics/changes/:changeId/ack",
    {
      schema: {
        tags,
        summary: "Marks a change dealt with for one area (those who keep logistics). Audited.",
        params: ChangeAckParams,
        body: ChangeAckBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => acknowledgeChange(ctx, requireActor(req), req.params.id, req.params.changeId, req.body.area),
  );
};
