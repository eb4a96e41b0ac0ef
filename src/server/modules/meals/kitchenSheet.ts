/**
 * The kitchen sheet of one meal (issue 14, point 4), A4 in Vietnamese or English: the meal, its time and place, how
 * many eat in all and by dietary need (the frozen counts after the cut-off, with how many changed since), the
 * allergens named with how many, and the names of those with special needs by delegation. Names, delegations and
 * their needs only — no passport data, no contact details. Each download is audited.
 */
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import type { Lang } from "../../../shared/errors.js";
import { formatDayLong } from "../../../shared/dates.js";
import { formatMessage } from "../../../shared/message.js";
import { dietNeeds } from "../../../shared/logistics.js";
import { compareVi, compareViNames } from "../../../shared/text.js";
import { dietNeedWords, mealKindWords } from "../../../shared/vocabulary.js";
import { fitText } from "../../lib/fonts.js";
import { newPdf, numberPages, pdfBuffer } from "../../lib/pdf.js";
import { audit } from "../audit/service.js";
import { listDelegationsOf } from "../meetings/delegations.js";
import { toZonedIso } from "../meetings/time.js";
import { requireLogistics } from "../logistics/policy.js";
import { eatersOf } from "./counts.js";
import { eaterRows, freezeDueMeals, loadMeal, presentMeal } from "./meals.js";
import { mealSessions } from "./schema.js";
import { eq } from "drizzle-orm";

const words = {
  kicker: { vi: "PHIẾU BẾP", en: "KITCHEN SHEET" },
  time: { vi: "Thời gian", en: "Time" },
  place: { vi: "Địa điểm", en: "Place" },
  total: { vi: "Tổng số suất", en: "Total servings" },
  regular: { vi: "Suất thường", en: "Regular" },
  byDiet: { vi: "Theo chế độ ăn", en: "By dietary need" },
  frozen: {
    vi: "Số đã chốt lúc {at}. Từ khi chốt có {n} đại biểu thay đổi (tổng hiện nay: {live}).",
    en: "Counts frozen at {at}. Since then {n, plural, one {# delegate} other {# delegates}} changed (today's total: {live}).",
  },
  cutoff: { vi: "Hạn chốt số suất: {at}", en: "Cut-off for the counts: {at}" },
  allergens: { vi: "Chất gây dị ứng", en: "Allergens named" },
  others: { vi: "Yêu cầu khác", en: "Other needs" },
  people: { vi: "Đại biểu có yêu cầu đặc biệt (theo đoàn)", en: "Delegates with special needs (by delegation)" },
  nobody: { vi: "Không có đại biểu nào có yêu cầu đặc biệt.", en: "No delegate has a special need." },
  note: {
    vi: "Một đại biểu có thể có nhiều yêu cầu nên được tính ở nhiều dòng.",
    en: "A delegate with several needs is counted on each of their lines.",
  },
  page: { vi: "Trang", en: "Page" },
} as const;

const INK = "#1A1A1A";
const GREY = "#5A6570";
const BAND = "#1D4F9C";
const WARN = "#B3261E";

export async function kitchenSheet(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  mealId: string,
  lang: Lang,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.read);
  const tz = meeting.timeZone;
  const rows = await eaterRows(ctx.db, meetingId);
  return ctx.db.transaction(async (tx) => {
    await freezeDueMeals(tx, meeting, new Date(), rows);
    const m = await loadMeal(tx, meetingId, mealId);
    const sessionIds = (await tx.select().from(mealSessions).where(eq(mealSessions.mealId, mealId))).map(
      (r) => r.sessionId,
    );
    const meal = presentMeal(m, sessionIds, meeting, rows, new Map(), perms.manage, lang);
    const eaters = eatersOf({ at: meal.at, sessionIds }, rows);
    const delegations = new Map(
      (await listDelegationsOf(tx, meetingId)).map((d) => [d.id, lang === "en" ? d.nameEn || d.nameVi : d.nameVi]),
    );
    await audit(tx, actor, {
      action: "meal.kitchen_sheet",
      entity: "meal",
      entityId: mealId,
      after: { name: m.nameEn || m.nameVi, lang, total: meal.counts.total },
    });

    const name = lang === "en" ? m.nameEn || m.nameVi : m.nameVi;
    const doc = newPdf({
      size: "A4",
      margin: 40,
      title: `${meeting.code} — ${words.kicker[lang]} — ${name}`,
      bufferPages: true,
    });
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const bottom = () => doc.page.height - doc.page.margins.bottom;
    const ensureRoom = (h: number) => {
      if (doc.y + h > bottom()) doc.addPage();
    };
    const fit = (text: string, size: number, style: "regular" | "bold", x = left, w = width) => {
      const r = fitText(doc, text, { style, x, y: doc.y, width: w, size, minSize: size - 3, maxLines: 3 });
      doc.y += r.height + 2;
    };

    doc
      .fillColor(BAND)
      .font("bold")
      .fontSize(9)
      .text(`${meeting.code} · ${words.kicker[lang]}`, left, doc.y, { width });
    doc.moveDown(0.2);
    doc.fillColor(INK);
    fit(name, 16, "bold");
    doc.font("regular").fontSize(10).fillColor(INK);
    const at = meal.at;
    doc.text(
      `${mealKindWords[m.kind][lang]} · ${words.time[lang]}: ${formatDayLong(lang, at.slice(0, 10))}, ${at.slice(11, 16)}`,
      left,
      doc.y,
      { width },
    );
    if (m.place) doc.text(`${words.place[lang]}: ${m.place}`, { width });
    if (meal.cutoffAt)
      doc.text(
        words.cutoff[lang].replace(
          "{at}",
          `${formatDayLong(lang, meal.cutoffAt.slice(0, 10))} ${meal.cutoffAt.slice(11, 16)}`,
        ),
        { width },
      );
    if (meal.frozen && meal.frozenAt) {
      const f = meal.frozenAt;
      doc.fillColor(meal.changedSince ? WARN : GREY).text(
        formatMessage(lang, words.frozen[lang], {
          at: `${formatDayLong(lang, f.slice(0, 10))} ${f.slice(11, 16)}`,
          n: meal.changedSince,
          live: meal.liveCounts.total,
        }),
        { width },
      );
    }
    doc.moveDown(0.6);

    // The counts: total, regular, then each need.
    const c = meal.counts;
    doc.fillColor(INK).font("bold").fontSize(13).text(`${words.total[lang]}: ${c.total}`, left, doc.y, { width });
    doc.moveDown(0.3);
    const line = (label: string, n: number, bold = false) => {
      ensureRoom(16);
      const y = doc.y;
      doc
        .font(bold ? "bold" : "regular")
        .fontSize(10.5)
        .fillColor(INK);
      doc.text(label, left + 10, y, { width: width - 80 });
      doc.text(String(n), left + width - 60, y, { width: 60, align: "right" });
      doc.y = Math.max(doc.y, y + 14);
    };
    line(words.regular[lang], c.none);
    doc
      .font("bold")
      .fontSize(10)
      .fillColor(BAND)
      .text(words.byDiet[lang], left, doc.y + 4, { width });
    for (const n of dietNeeds) line(dietNeedWords[n][lang], c[n], c[n] > 0);
    doc
      .font("italic")
      .fontSize(8)
      .fillColor(GREY)
      .text(words.note[lang], left, doc.y + 2, { width });
    doc.moveDown(0.6);

    if (meal.allergens.length) {
      doc.font("bold").fontSize(11).fillColor(WARN).text(words.allergens[lang], left, doc.y, { width });
      for (const a of meal.allergens) line(a.text, a.count);
      doc.moveDown(0.4);
    }
    if (meal.others.length) {
      doc.font("bold").fontSize(11).fillColor(BAND).text(words.others[lang], left, doc.y, { width });
      for (const o of meal.others) line(o.text, o.count);
      doc.moveDown(0.4);
    }

    // The people with special needs, by delegation (names and needs only).
    ensureRoom(40);
    doc.font("bold").fontSize(11).fillColor(BAND).text(words.people[lang], left, doc.y, { width });
    doc.moveDown(0.2);
    const special = eaters.filter((e) => e.diet.needs.length);
    if (!special.length)
      doc.font("italic").fontSize(9.5).fillColor(GREY).text(words.nobody[lang], left, doc.y, { width });
    const byDelegation = new Map<string, typeof special>();
    for (const e of special) byDelegation.set(e.row.delegationId, [...(byDelegation.get(e.row.delegationId) ?? []), e]);
    const groups = [...byDelegation.entries()]
      .map(([id, list]) => ({ name: delegations.get(id) ?? "", list }))
      .sort((a, b) => compareVi(a.name, b.name));
    for (const g of groups) {
      ensureRoom(36);
      doc
        .font("bold")
        .fontSize(10)
        .fillColor(INK)
        .text(g.name, left, doc.y + 4, { width });
      for (const e of g.list.sort((a, b) => compareViNames(a.row.fullName, b.row.fullName))) {
        ensureRoom(16);
        const needs: string[] = e.diet.needs
          .filter((n) => n !== "other" && n !== "allergy")
          .map((n) => dietNeedWords[n][lang]);
        if (e.diet.allergens.length) needs.push(`${dietNeedWords.allergy[lang]}: ${e.diet.allergens.join(", ")}`);
        else if (e.diet.needs.includes("allergy")) needs.push(dietNeedWords.allergy[lang]);
        needs.push(...e.diet.others);
        const y = doc.y;
        doc.font("regular").fontSize(9.5).fillColor(INK);
        const fitted = fitText(doc, e.row.fullName, {
          style: "regular",
          x: left + 10,
          y,
          width: 190,
          size: 9.5,
          minSize: 7,
          maxLines: 2,
        });
        doc
          .font("regular")
          .fontSize(9.5)
          .fillColor(INK)
          .text(needs.join("; "), left + 210, y, { width: width - 210 });
        doc.y = Math.max(doc.y, y + fitted.height + 3, y + 14);
      }
    }
    numberPages(doc, (n, t) => `${meeting.code} · ${words.kicker[lang]} · ${name} · ${words.page[lang]} ${n}/${t}`);
    const body = await pdfBuffer(doc);
    const stamp = toZonedIso(m.startsAt, tz);
    return {
      body,
      fileName: `${meeting.code}-kitchen-${stamp.slice(0, 10)}-${stamp.slice(11, 16).replace(":", "")}-${lang}.pdf`,
      contentType: "application/pdf",
    };
  });
}
