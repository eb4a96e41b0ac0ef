/**
 * Who is told what about a report, by mail (the outbox when no SMTP is set): the ICD when an agency submits, the
 * agency's reporters when the ICD returns, accepts or reopens its report. Each person reads it in their language.
 * Messages are recorded in the caller's transaction and delivered after it commits.
 */
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import type { Lang } from "../../../shared/errors.js";
import { activeHoldersOf } from "../people/service.js";

export type ReportMailEvent = "submitted" | "resubmitted" | "returned" | "accepted" | "reopened";

export interface ReportMailInput {
  event: ReportMailEvent;
  reportId: string;
  schemeId: string;
  schemeCode: string;
  agencyCode: string;
  agencyNameVi: string;
  agencyNameEn: string;
  period: number;
  actorName: string;
  /** The ICD's comment (return) or reason (reopen). */
  comment: string | null;
}

function compose(lang: Lang, name: string, m: ReportMailInput, url: string): { subject: string; text: string } {
  const agency = lang === "en" ? m.agencyNameEn : m.agencyNameVi;
  const scheme = m.schemeCode;
  if (lang === "vi") {
    const hello = `Kính gửi ${name},\n\n`;
    const open = `\nXem báo cáo: ${url}\n`;
    switch (m.event) {
      case "submitted":
      case "resubmitted":
        return {
          subject: `Đề án ${scheme}: ${agency} đã gửi số liệu năm ${m.period}`,
          text:
            hello +
            `${agency} đã ${m.event === "resubmitted" ? "gửi lại" : "gửi"} báo cáo số liệu năm ${m.period} ` +
            `(người gửi: ${m.actorName}). Báo cáo đang chờ Vụ Hợp tác quốc tế xem xét.\n` +
            open,
        };
      case "returned":
        return {
          subject: `Đề án ${scheme}: báo cáo năm ${m.period} của ${agency} được trả lại để chỉnh sửa`,
          text:
            hello +
            `Vụ Hợp tác quốc tế (${m.actorName}) đã trả lại báo cáo năm ${m.period} của ${agency} để chỉnh sửa.\n\n` +
            `Ý kiến: ${m.comment ?? ""}\n\nĐề nghị chỉnh sửa và gửi lại báo cáo.\n` +
            open,
        };
      case "accepted":
        return {
          subject: `Đề án ${scheme}: báo cáo năm ${m.period} của ${agency} đã được chấp nhận`,
          text:
            hello +
            `Vụ Hợp tác quốc tế (${m.actorName}) đã chấp nhận báo cáo năm ${m.period} của ${agency}. ` +
            `Số liệu năm ${m.period} đã được khóa.\n` +
            open,
        };
      case "reopened":
        return {
          subject: `Đề án ${scheme}: báo cáo năm ${m.period} của ${agency} được mở lại`,
          text:
            hello +
            `Vụ Hợp tác quốc tế (${m.actorName}) đã mở lại báo cáo năm ${m.period} của ${agency}, ` +
            `báo cáo này đã được chấp nhận trước đó.\n\nLý do: ${m.comment ?? ""}\n\n` +
            `Đề nghị rà soát, chỉnh sửa và gửi lại báo cáo.\n` +
            open,
        };
    }
  }
  const hello = `Dear ${name},\n\n`;
  const open = `\nOpen the report: ${url}\n`;
  switch (m.event) {
    case "submitted":
    case "resubmitted":
      return {
        subject: `Scheme ${scheme}: ${agency} has submitted its ${m.period} figures`,
        text:
          hello +
          `${agency} has ${m.event === "resubmitted" ? "resubmitted" : "submitted"} its report for ${m.period} ` +
          `(by ${m.actorName}). It waits for review by the International Cooperation Department.\n` +
          open,
      };
    case "returned":
      return {
        subject: `Scheme ${scheme}: the ${m.period} report of ${agency} was returned for revision`,
        text:
          hello +
          `The International Cooperation Department (${m.actorName}) returned the ${m.period} report of ${agency} ` +
          `for revision.\n\nComment: ${m.comment ?? ""}\n\nPlease revise the figures and submit the report again.\n` +
          open,
      };
    case "accepted":
      return {
        subject: `Scheme ${scheme}: the ${m.period} report of ${agency} was accepted`,
        text:
          hello +
          `The International Cooperation Department (${m.actorName}) accepted the ${m.period} report of ${agency}. ` +
          `The ${m.period} figures are now locked.\n` +
          open,
      };
    case "reopened":
      return {
        subject: `Scheme ${scheme}: the ${m.period} report of ${agency} was reopened`,
        text:
          hello +
          `The International Cooperation Department (${m.actorName}) reopened the ${m.period} report of ${agency}, ` +
          `which it had accepted.\n\nReason: ${m.comment ?? ""}\n\nPlease review the figures and submit the report again.\n` +
          open,
      };
  }
}

/**
 * Records the messages for one report event in `tx` (the report's own transaction) and returns their ids, to be
 * delivered once it commits. A submission goes to every ICD officer; a review to the agency's reporters.
 */
export async function enqueueReportMail(ctx: Ctx, tx: Executor, m: ReportMailInput): Promise<string[]> {
  const toIcd = m.event === "submitted" || m.event === "resubmitted";
  const people = toIcd
    ? await activeHoldersOf(tx, "icd_officer")
    : await activeHoldersOf(tx, "reporting_agency", m.agencyCode);
  const base = ctx.config.publicUrl.replace(/\/+$/, "");
  const url = `${base}/targets/${m.schemeId}/${toIcd ? "review" : "reports"}`;
  const ids: string[] = [];
  for (const p of people) {
    const msg = compose(p.language, p.name, m, url);
    ids.push(
      await ctx.mailer.enqueue(tx, {
        to: p.email,
        topic: `target_report_${m.event}`,
        refId: m.reportId,
        subject: msg.subject,
        text: msg.text,
      }),
    );
  }
  return ids;
}
