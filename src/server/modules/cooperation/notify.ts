/**
 * Who is told what along an activity's route (issue 12 items 3–4), by mail (the outbox when no SMTP is set): the
 * holders of a step when the route reaches it; everyone on the route when a submission leaves less lead time than
 * its rule requires; the unit when its activity is returned, refused or approved. Each person reads the message in
 * their own language. Messages are recorded in the caller's transaction and delivered after it commits.
 */
import type { RouteStep } from "../../../shared/cooperation.js";
import type { Lang } from "../../../shared/errors.js";
import { formatDay } from "../../../shared/dates.js";
import { coopKindWords, routeStepWords } from "../../../shared/vocabulary.js";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { activeHoldersOf } from "../people/service.js";
import type { ActivityRow } from "./route.js";

type Person = { email: string; name: string; language: Lang };

/** The people who hold a step (its decision is theirs), active accounts only. */
export async function holdersOfStep(tx: Executor, step: RouteStep): Promise<Person[]> {
  switch (step) {
    case "icd_review":
    case "pm_permission":
      return activeHoldersOf(tx, "icd_officer");
    case "icd_director":
    case "deputy_minister":
    case "minister":
      return activeHoldersOf(tx, "approver", step);
    case "personnel_decision":
      return activeHoldersOf(tx, "personnel_officer");
  }
}

/** The unit officers of the activity's unit. */
export function unitOfficers(tx: Executor, unitId: string): Promise<Person[]> {
  return activeHoldersOf(tx, "unit_officer", unitId);
}

export type RouteMail =
  | { event: "waiting"; step: RouteStep }
  | { event: "short"; required: number; available: number }
  | { event: "returned"; step: RouteStep; comment: string; by: string }
  | { event: "refused"; step: RouteStep; comment: string; by: string }
  | { event: "approved"; by: string };

type Activity = Pick<ActivityRow, "id" | "code" | "titleVi" | "titleEn" | "kind" | "startDate">;

function compose(lang: Lang, name: string, a: Activity, m: RouteMail, url: string) {
  const vi = lang === "vi";
  const title = vi ? a.titleVi : (a.titleEn ?? a.titleVi);
  const what = `${coopKindWords[a.kind][lang]} ${a.code} — ${title}`;
  const start = a.startDate ? formatDay(lang, a.startDate) : vi ? "(chưa có)" : "(none)";
  const hello = vi ? `Kính gửi ${name},\n\n` : `Dear ${name},\n\n`;
  const open = vi ? `\nXem hoạt động: ${url}\n` : `\nOpen the activity: ${url}\n`;
  switch (m.event) {
    case "waiting": {
      const step = routeStepWords[m.step][lang];
      return vi
        ? {
            subject: `Chờ quyết định (${step}): ${a.code} ${title}`,
            text: `${hello}Hoạt động «${what}» (bắt đầu ${start}) đang chờ quyết định ở bước «${step}».\n${open}`,
          }
        : {
            subject: `Waiting for your decision (${step}): ${a.code} ${title}`,
            text: `${hello}The activity “${what}” (starting ${start}) waits for a decision at the step “${step}”.\n${open}`,
          };
    }
    case "short":
      return vi
        ? {
            subject: `Trình sát ngày: ${a.code} ${title}`,
            text:
              `${hello}Hoạt động «${what}» được trình khi chỉ còn ${m.available} ngày làm việc trước ngày bắt đầu ` +
              `(${start}), trong khi quy tắc phê duyệt cần ${m.required} ngày làm việc.\n${open}`,
          }
        : {
            subject: `Submitted with too little lead time: ${a.code} ${title}`,
            text:
              `${hello}The activity “${what}” was submitted with ${m.available} working days left before its start ` +
              `(${start}); its approval rule needs ${m.required} working days.\n${open}`,
          };
    case "returned": {
      const step = routeStepWords[m.step][lang];
      return vi
        ? {
            subject: `Trả lại để chỉnh sửa: ${a.code} ${title}`,
            text:
              `${hello}${m.by} (bước «${step}») đã trả lại hoạt động «${what}» để chỉnh sửa.\n\nÝ kiến: ${m.comment}\n\n` +
              `Đề nghị đơn vị chỉnh sửa và trình lại; quy trình tiếp tục từ bước «${step}».\n${open}`,
          }
        : {
            subject: `Returned for revision: ${a.code} ${title}`,
            text:
              `${hello}${m.by} (step “${step}”) returned the activity “${what}” for revision.\n\nComment: ${m.comment}\n\n` +
              `Please revise and resubmit it; the route continues from the step “${step}”.\n${open}`,
          };
    }
    case "refused": {
      const step = routeStepWords[m.step][lang];
      return vi
        ? {
            subject: `Không phê duyệt: ${a.code} ${title}`,
            text: `${hello}${m.by} (bước «${step}») không phê duyệt hoạt động «${what}».\n\nLý do: ${m.comment}\n${open}`,
          }
        : {
            subject: `Refused: ${a.code} ${title}`,
            text: `${hello}${m.by} (step “${step}”) refused the activity “${what}”.\n\nReason: ${m.comment}\n${open}`,
          };
    }
    case "approved":
      return vi
        ? {
            subject: `Đã phê duyệt: ${a.code} ${title}`,
            text: `${hello}Hoạt động «${what}» đã được phê duyệt (bước cuối: ${m.by}).\n${open}`,
          }
        : {
            subject: `Approved: ${a.code} ${title}`,
            text: `${hello}The activity “${what}” has been approved (last step: ${m.by}).\n${open}`,
          };
  }
}

/** Records one message per person (each once, in their language) in `tx`; returns the outbox ids. */
export async function enqueueRouteMail(
  ctx: Ctx,
  tx: Executor,
  a: Activity,
  people: Person[],
  m: RouteMail,
): Promise<string[]> {
  const url = `${ctx.config.publicUrl.replace(/\/+$/, "")}/cooperation/activities/${a.id}`;
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.email)) continue;
    seen.add(p.email);
    const msg = compose(p.language, p.name, a, m, url);
    ids.push(
      await ctx.mailer.enqueue(tx, {
        to: p.email,
        topic: `coop_${m.event}`,
        refId: a.id,
        subject: msg.subject,
        text: msg.text,
      }),
    );
  }
  return ids;
}
