/**
 * Names in every script the delegations write, printed: badges (A6 and card), the programme and the information
 * pack. Checked from the PDF itself — no glyph drawn is the missing-glyph (.notdef, id 0), the script's font is
 * embedded, the text reads back, and no word lies past the card's edge.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds, type DemoDelegationKey } from "../meetings/seed.js";
import { agendaItems, delegates, meetingSessions } from "../meetings/schema.js";
import { pageSizes } from "./layout.js";
import { pdfFonts, pdfGlyphs, pdfText, pdfWords, printBadges, type Headers } from "./testing.js";

let t: TestApp;
let icd: Headers;
const M = demoIds.meetingAccsm21;

/** A name per script, on a delegate of the delegation that writes it; `reads` when pdftotext gives it back as is. */
const names: { key: DemoDelegationKey; name: string; position?: string; font: string; reads: boolean }[] = [
  { key: "VNM", name: "Nguyễn Thị Ngọc Ánh", font: "DejaVuSans-Bold", reads: true },
  { key: "THA", name: "สมชาย ใจดี", position: "รองอธิบดี กรมการปกครอง", font: "NotoSansThai-Bold", reads: true },
  { key: "LAO", name: "ສົມພອນ ພົມມະວົງ", font: "NotoSansLao-Bold", reads: true },
  { key: "KHM", name: "សុខ ចាន់ដារ៉ា ហ៊ុន សែន", font: "NotoSansKhmer-Bold", reads: false },
  { key: "MMR", name: "ဒေါ်အောင်ဆန်းစုကြည်", font: "NotoSansMyanmar-Bold", reads: false },
  {
    key: "MMR",
    name: "ဦးမောင်မောင်ကျော်ဇောဝင်းထွန်းအောင်မြင့်ဦးမောင်မောင်ကျော်ဇောဝင်းထွန်း",
    font: "NotoSansMyanmar-Bold",
    reads: false,
  },
  { key: "CHN", name: "王小明", position: "人力资源和社会保障部 副部长", font: "NotoSansSC-Bold", reads: true },
  { key: "CHN", name: "陳國龍", font: "NotoSansSC-Bold", reads: true },
  { key: "JPN", name: "山田 太郎（やまだ たろう）", position: "人事院 総裁", font: "NotoSansJP-Bold", reads: true },
  { key: "KOR", name: "김민준", position: "인사혁신처 차장", font: "NotoSansKR-Bold", reads: true },
  { key: "SGP", name: "முருகன் செல்வம்", font: "NotoSansTamil-Bold", reads: false },
  { key: "BRN", name: "محمد بن عبدالله", font: "DejaVuSans-Bold", reads: false },
  {
    key: "MYS",
    name: "Dato' Sri Mohamad Abdul Rahman bin Haji Abdullah Al-Haj Tunku Muhammad Iskandar Zulkarnain",
    font: "DejaVuSans-Bold",
    reads: false,
  },
];
const ids: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  // Give accredited delegates of each delegation the names their delegations write.
  const used = new Set<string>();
  for (const n of names) {
    const rows = await t.ctx.db
      .select({ id: delegates.id })
      .from(delegates)
      .where(
        and(
          eq(delegates.meetingId, M),
          eq(delegates.delegationId, demoDelegationIds[n.key]),
          eq(delegates.accreditationStatus, "accredited"),
        ),
      )
      .orderBy(asc(delegates.id));
    const row = rows.find((r) => !used.has(r.id));
    if (!row) throw new Error(`no accredited delegate left in ${n.key}`);
    used.add(row.id);
    ids.push(row.id);
    await t.ctx.db
      .update(delegates)
      .set({ fullName: n.name, ...(n.position ? { position: n.position } : {}) })
      .where(eq(delegates.id, row.id));
  }
});
afterAll(async () => t?.close());

describe("badges in every script", () => {
  for (const size of ["a6", "card"] as const) {
    it(`${size}: every name is drawn with real glyphs, in its script's font, and stays inside the card`, async () => {
      const { pdf } = await printBadges(t, icd, M, { size, delegateIds: ids });
      const { glyphs, notdef } = pdfGlyphs(pdf);
      expect(glyphs).toBeGreaterThan(500);
      expect(notdef, "glyphs drawn as the missing-glyph box").toBe(0);

      const fonts = pdfFonts(pdf);
      for (const n of names) expect(fonts, n.name).toContain(n.font);
      // The Japanese delegate's position, in kanji alone, is set in Japanese shapes (the only regular-weight JP text).
      expect(fonts).toContain("NotoSansJP-Regular");

      // A name wrapped onto two lines reads back with a space where the line broke.
      const text = pdfText(pdf).replace(/\s+/g, "");
      for (const n of names.filter((x) => x.reads)) expect(text).toContain(n.name.replace(/\s+/g, ""));

      const g = pageSizes[size];
      const words = pdfWords(pdf);
      const pages = new Set(words.map((w) => w.page));
      expect(pages.size).toBe(names.length);
      for (const w of words) {
        const where = `page ${w.page} "${w.text}" x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} of ${w.pageWidth.toFixed(1)}`;
        expect(w.xMin, where).toBeGreaterThanOrEqual(g.pad / 2 - 0.5);
        expect(w.xMax, where).toBeLessThanOrEqual(w.pageWidth - g.pad / 2 + 0.5);
        expect(w.yMax, where).toBeLessThanOrEqual(w.pageHeight);
        // The name, position and organisation column right of the photo keeps the card's padding.
        if (w.xMin > g.pad + g.photo[0]) expect(w.xMax, where).toBeLessThanOrEqual(w.pageWidth - g.pad + 0.5);
      }
    });
  }
});

describe("the programme and the information pack in every script", () => {
  it("a chair and presenters in Thai, Khmer, Myanmar, Chinese, Japanese and Korean print with real glyphs", async () => {
    const [session] = await t.ctx.db
      .select({ id: meetingSessions.id })
      .from(meetingSessions)
      .innerJoin(agendaItems, eq(agendaItems.sessionId, meetingSessions.id))
      .where(eq(meetingSessions.meetingId, M))
      .orderBy(asc(meetingSessions.startsAt))
      .limit(1);
    await t.ctx.db
      .update(meetingSessions)
      .set({ chair: "สมชาย ใจดี", chairEn: "สมชาย ใจดี" })
      .where(eq(meetingSessions.id, session!.id));
    const items = await t.ctx.db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.sessionId, session!.id));
    const presenters = ["王小明", "山田 太郎（やまだ たろう）", "김민준", "សុខ ចាន់ដារ៉ា", "ဒေါ်အောင်ဆန်းစုကြည်"];
    expect(items.length).toBeGreaterThan(0);
    for (const [i, item] of items.entries())
      await t.ctx.db
        .update(agendaItems)
        .set({ presenter: presenters[i % presenters.length] })
        .where(eq(agendaItems.id, item.id));

    const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/programme.pdf`, headers: icd });
    expect(res.statusCode).toBe(200);
    const pdf = res.rawPayload;
    expect(pdfGlyphs(pdf).notdef, "glyphs drawn as the missing-glyph box").toBe(0);
    expect(pdfFonts(pdf)).toEqual(expect.arrayContaining(["NotoSansThai-Regular", "NotoSansSC-Regular"]));
    const text = pdfText(pdf);
    expect(text).toContain("สมชาย ใจดี");
    expect(text).toContain("王小明");
    for (const w of pdfWords(pdf)) expect(w.xMax, w.text).toBeLessThanOrEqual(w.pageWidth - 48 + 0.5);
  });

  it("the Thai delegation's information pack, with its members' Thai names", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${M}/delegations/${demoDelegationIds.THA}/information-pack.pdf?lang=en`,
      headers: icd,
    });
    expect(res.statusCode).toBe(200);
    const pdf = res.rawPayload;
    expect(pdfGlyphs(pdf).notdef, "glyphs drawn as the missing-glyph box").toBe(0);
    expect(pdfFonts(pdf)).toContain("NotoSansThai-Bold");
    expect(pdfText(pdf)).toContain("สมชาย ใจดี");
    for (const w of pdfWords(pdf)) expect(w.xMax, w.text).toBeLessThanOrEqual(w.pageWidth - 48 + 0.5);
  });
});
