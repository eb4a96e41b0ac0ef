import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { IdParams, Ok, Version, errors } from "../../../http/schemas.js";
import {
  TaskTemplate,
  TaskTemplateBody,
  TemplateApplied,
  TemplateParams,
} from "../../../../shared/schemas/committee.js";
import { applyTemplate, deleteTemplate, listTemplates, saveTemplate } from "../templates.js";

const tags = ["committee"];

/** Task templates (issue 13, point 2): saved from a meeting, applied to another. ICD only. */
export const templateRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/task-templates",
    {
      schema: {
        tags,
        summary: "Every task template, to apply to this meeting (ICD officers)",
        params: IdParams,
        response: { 200: Type.Array(TaskTemplate), ...errors },
      },
    },
    async (req) => listTemplates(ctx, requireActor(req), req.params.id),
  );
  app.post(
    "/meetings/:id/task-templates",
    {
      schema: {
        tags,
        summary:
          "Saves the meeting's tasks (not cancelled) as a template: due dates as days before the opening, " +
          "sub-committees by key, checklists, dependencies by position (ICD officers). Audited.",
        params: IdParams,
        body: TaskTemplateBody,
        response: { 200: TaskTemplate, ...errors },
      },
    },
    async (req) => saveTemplate(ctx, requireActor(req), req.params.id, req.body),
  );
  app.post(
    "/meetings/:id/task-templates/:templateId/apply",
    {
      schema: {
        tags,
        summary:
          "Creates the template's tasks in this meeting; answers every task created and every item not created " +
          "(its sub-committee is missing) (ICD officers). Audited.",
        params: TemplateParams,
        response: { 200: TemplateApplied, ...errors },
      },
    },
    async (req) => applyTemplate(ctx, requireActor(req), req.params.id, req.params.templateId),
  );
  app.delete(
    "/meetings/:id/task-templates/:templateId",
    {
      schema: {
        tags,
        summary: "Deletes a task template, with the version read (ICD officers). Audited.",
        params: TemplateParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteTemplate(ctx, requireActor(req), req.params.id, req.params.templateId, req.query.version);
      return { ok: true as const };
    },
  );
};
