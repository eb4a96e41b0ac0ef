import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { sendFile } from "../../../http/files.js";
import { Ok, Uuid, Version, errors } from "../../../http/schemas.js";
import {
  CheckBody,
  CheckOrder,
  CheckPatch,
  CommentBody,
  IdParams,
  Task,
  TaskBody,
  TaskListQuery,
  TaskOptions,
  TaskParams,
  TaskPatch,
  TaskSummary,
} from "../../../../shared/schemas/committee.js";
import { createTask, deleteTask, getTask, listTasks, taskOptions, updateTask } from "../tasks.js";
import {
  TASK_FILE_MAX_BYTES,
  addCheck,
  addComment,
  deleteCheck,
  deleteTaskFile,
  downloadTaskFile,
  reorderChecks,
  updateCheck,
  uploadTaskFile,
} from "../taskItems.js";

const tags = ["committee"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });
const CheckParams = Type.Object({ id: Uuid, taskId: Uuid, checkId: Uuid });
const FileParams = Type.Object({ id: Uuid, taskId: Uuid, fileId: Uuid });

/** The committee's tasks (issue 13, point 2): list, board and timeline read the list; a task page reads one. */
export const taskRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/tasks/options",
    {
      schema: {
        tags,
        summary:
          "What the task pages pick from: the meeting's dates, sub-committees, committee members, sessions, rooms and " +
          "delegations, the sub-committees the caller may create tasks in, and the caller's own member ids",
        params: IdParams,
        response: { 200: TaskOptions, ...errors },
      },
    },
    async (req) => taskOptions(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/meetings/:id/tasks",
    {
      schema: {
        tags,
        summary:
          "The meeting's committee tasks (committee members and the ICD), by number or due date (sort=due), paged " +
          "(offset, limit; X-Total-Count). Filters: subcommitteeId, status, owner (member id), overdue, mine (owner " +
          "or helper), dueThisWeek; q searches number, title, description and owner without diacritics",
        params: IdParams,
        querystring: TaskListQuery,
        response: {
          200: Type.Array(TaskSummary, {
            headers: { "X-Total-Count": { type: "integer", description: "Tasks matching, on every page" } },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { tasks, total } = await listTasks(ctx, requireActor(req), req.params.id, req.query);
      reply.header("x-total-count", total);
      return tasks;
    },
  );

  app.post(
    "/meetings/:id/tasks",
    {
      schema: {
        tags,
        summary:
          "Creates a task in a sub-committee (the ICD, or that sub-committee's head or deputy), numbered next in the " +
          "meeting. Due no later than the meeting's last day; no dependency cycle. Audited.",
        params: IdParams,
        body: TaskBody,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => createTask(ctx, requireActor(req), req.params.id, req.body),
  );

  app.get(
    "/meetings/:id/tasks/:taskId",
    {
      schema: {
        tags,
        summary: "One task with its checklist, comments, files, links, dependencies and the caller's permissions",
        params: TaskParams,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => getTask(ctx, requireActor(req), req.params.id, req.params.taskId),
  );

  app.patch(
    "/meetings/:id/tasks/:taskId",
    {
      schema: {
        tags,
        summary:
          "Changes a task with the version read. Status, blocked reason and board position: its owner, helpers or " +
          "whoever edits it (a board move); anything else: the ICD or the sub-committee's head or deputy. Done is " +
          "refused while a task it depends on is open. Audited; status and due date changes are logged.",
        params: TaskParams,
        body: TaskPatch,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => updateTask(ctx, requireActor(req), req.params.id, req.params.taskId, req.body),
  );

  app.delete(
    "/meetings/:id/tasks/:taskId",
    {
      schema: {
        tags,
        summary: "Deletes a task with the version read (whoever edits it). Audited.",
        params: TaskParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => deleteTask(ctx, requireActor(req), req.params.id, req.params.taskId, req.query.version),
  );

  app.post(
    "/meetings/:id/tasks/:taskId/checks",
    {
      schema: {
        tags,
        summary: "Adds a checklist item at the end (whoever moves the task). Audited.",
        params: TaskParams,
        body: CheckBody,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => addCheck(ctx, requireActor(req), req.params.id, req.params.taskId, req.body.text),
  );

  app.patch(
    "/meetings/:id/tasks/:taskId/checks/:checkId",
    {
      schema: {
        tags,
        summary: "Ticks, unticks or renames a checklist item (whoever moves the task). Audited.",
        params: CheckParams,
        body: CheckPatch,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => updateCheck(ctx, requireActor(req), req.params.id, req.params.taskId, req.params.checkId, req.body),
  );

  app.delete(
    "/meetings/:id/tasks/:taskId/checks/:checkId",
    {
      schema: {
        tags,
        summary: "Removes a checklist item (whoever moves the task). Audited.",
        params: CheckParams,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => deleteCheck(ctx, requireActor(req), req.params.id, req.params.taskId, req.params.checkId),
  );

  app.put(
    "/meetings/:id/tasks/:taskId/checks/order",
    {
      schema: {
        tags,
        summary: "Puts the checklist in the order given (every item once). Audited.",
        params: TaskParams,
        body: CheckOrder,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => reorderChecks(ctx, requireActor(req), req.params.id, req.params.taskId, req.body.ids),
  );

  app.post(
    "/meetings/:id/tasks/:taskId/comments",
    {
      schema: {
        tags,
        summary:
          "Comments on a task (every committee reader); members named in `mentions` who hold a Focal account get a " +
          "mail. Audited.",
        params: TaskParams,
        body: CommentBody,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => addComment(ctx, requireActor(req), req.params.id, req.params.taskId, req.body),
  );

  app.post(
    "/meetings/:id/tasks/:taskId/files",
    {
      schema: {
        tags,
        summary: `Attaches a file as base64 (PDF, Word, Excel, JPEG or PNG by its content, at most ${TASK_FILE_MAX_BYTES / 1024 / 1024} MB; whoever moves the task). Audited.`,
        params: TaskParams,
        body: Type.Object(
          {
            fileName: Type.String({ minLength: 1, maxLength: 255 }),
            data: Type.String({ minLength: 1, maxLength: Math.ceil((TASK_FILE_MAX_BYTES * 4) / 3) + 64 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Task, ...errors },
      },
    },
    async (req) =>
      uploadTaskFile(ctx, requireActor(req), req.params.id, req.params.taskId, {
        fileName: req.body.fileName,
        bytes: Buffer.from(req.body.data.replace(/^data:[^,]*,/, ""), "base64"),
      }),
  );

  app.get(
    "/meetings/:id/tasks/:taskId/files/:fileId",
    {
      schema: {
        tags,
        summary: "Downloads a task's file (every committee reader). Audited.",
        params: FileParams,
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await downloadTaskFile(ctx, requireActor(req), req.params.id, req.params.taskId, req.params.fileId),
      ),
  );

  app.delete(
    "/meetings/:id/tasks/:taskId/files/:fileId",
    {
      schema: {
        tags,
        summary: "Removes a task's file (whoever moves the task). Audited.",
        params: FileParams,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => deleteTaskFile(ctx, requireActor(req), req.params.id, req.params.taskId, req.params.fileId),
  );
};
