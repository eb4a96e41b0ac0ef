import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { sendFile } from "../../http/files.js";
import { IdParams, Ok, StringEnum, Version, errors } from "../../http/schemas.js";
import { Meal, MealBody, MealOptions, MealParams, MealPatch } from "../../../shared/schemas/meals.js";
import { createMeal, deleteMeal, getMeal, listMeals, mealOptions, updateMeal } from "./meals.js";
import { kitchenSheet } from "./kitchenSheet.js";

const tags = ["meals"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });

/** Meal events, counts by dietary need, kitchen sheets (issue 14, point 4). */
export const mealsRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/meals",
    {
      schema: {
        tags,
        summary:
          "The meeting's meals in time order with their counts by dietary need (frozen after the cut-off). " +
          "Those who read the meeting's logistics: the ICD, committee members, registration managers.",
        params: IdParams,
        response: { 200: Type.Array(Meal), ...errors },
      },
    },
    async (req) => listMeals(ctx, requireActor(req), req.params.id),
  );
  app.get(
    "/meetings/:id/meal-options",
    {
      schema: {
        tags,
        summary: "What a meal may be linked to: the programme's sessions (those who read the meeting's logistics)",
        params: IdParams,
        response: { 200: MealOptions, ...errors },
      },
    },
    async (req) => mealOptions(ctx, requireActor(req), req.params.id),
  );
  app.post(
    "/meetings/:id/meals",
    {
      schema: {
        tags,
        summary:
          "Adds a meal (ICD, heads of the Protocol and Logistics sub-committee); the cut-off may not be after the meal. Audited.",
        params: IdParams,
        body: MealBody,
        response: { 200: Meal, ...errors },
      },
    },
    async (req) => createMeal(ctx, requireActor(req), req.params.id, req.body),
  );
  app.get(
    "/meetings/:id/meals/:mealId",
    {
      schema: {
        tags,
        summary: "One meal with its counts (those who read the meeting's logistics)",
        params: MealParams,
        response: { 200: Meal, ...errors },
      },
    },
    async (req) => getMeal(ctx, requireActor(req), req.params.id, req.params.mealId),
  );
  app.patch(
    "/meetings/:id/meals/:mealId",
    {
      schema: {
        tags,
        summary:
          "Changes a meal with the version read (those who keep logistics); a new time, cut-off or sessions " +
          "lift the freeze. Audited.",
        params: MealParams,
        body: MealPatch,
        response: { 200: Meal, ...errors },
      },
    },
    async (req) => updateMeal(ctx, requireActor(req), req.params.id, req.params.mealId, req.body),
  );
  app.delete(
    "/meetings/:id/meals/:mealId",
    {
      schema: {
        tags,
        summary: "Deletes a meal with the version read (those who keep logistics). Audited.",
        params: MealParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteMeal(ctx, requireActor(req), req.params.id, req.params.mealId, req.query.version);
      return { ok: true as const };
    },
  );
  app.get(
    "/meetings/:id/meals/:mealId/kitchen.pdf",
    {
      schema: {
        tags,
        summary:
          "The meal's kitchen sheet as a PDF: counts by diet, allergens, names with special needs by delegation; " +
          "no passport data (those who read the meeting's logistics). Audited.",
        params: MealParams,
        querystring: Type.Object({
          lang: Type.Optional(StringEnum(["vi", "en"] as const, { description: "The user's own by default" })),
        }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return sendFile(
        reply,
        await kitchenSheet(ctx, actor, req.params.id, req.params.mealId, req.query.lang ?? actor.language),
      );
    },
  );
};
