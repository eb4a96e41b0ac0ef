import { describe, expect, it } from "vitest";
import { pdfGlyphs, pdfWords } from "../modules/badges/testing.js";
import { drawable, fitText, myanmarVisual, splitRuns } from "./fonts.js";
import { newPdf, pdfBuffer } from "./pdf.js";

describe("runs by script", () => {
  it("gives each script its face; spaces and punctuation stay with the run around them", () => {
    expect(splitRuns("Mr. สมชาย ใจดี (Thailand)", "bold")).toEqual([
      { text: "Mr. ", face: "bold" },
      { text: "สมชาย ใจดี ", face: "noto-thai-bold" },
      { text: "(Thailand)", face: "bold" },
    ]);
    expect(splitRuns("Nguyễn Thị Ánh")).toEqual([{ text: "Nguyễn Thị Ánh", face: "regular" }]);
    expect(splitRuns("王小明")).toEqual([{ text: "王小明", face: "noto-sc-regular" }]);
    expect(splitRuns("김민준", "italic")).toEqual([{ text: "김민준", face: "noto-kr-regular" }]);
    expect(splitRuns("សុខ ចាន់ដារ៉ា", "condensedBold")).toEqual([{ text: "សុខ ចាន់ដារ៉ា", face: "noto-khmer-bold" }]);
  });

  it("sets Han beside kana in the Japanese face, other Han in the Chinese one", () => {
    expect(splitRuns("山田 太郎（やまだ たろう）")).toEqual([
      { text: "山田 太郎（やまだ たろう）", face: "noto-jp-regular" },
    ]);
    expect(splitRuns("陳國龍 / 王小明")).toEqual([{ text: "陳國龍 / 王小明", face: "noto-sc-regular" }]);
    expect(splitRuns("佐藤 直樹", "bold", "jp")).toEqual([{ text: "佐藤 直樹", face: "noto-jp-bold" }]);
  });

  it("knows when a character has no glyph in any face", () => {
    for (const s of ["ສົມພອນ", "ဒေါ်အောင်ဆန်းစုကြည်", "முருகன்", "محمد", "Иван", "Ελένη"]) expect(drawable(s), s).toBe(true);
    expect(drawable("𓀀")).toBe(false);
  });

  it("puts Myanmar's pre-base vowel and medial ra before their syllable for fontkit", () => {
    expect(myanmarVisual("ဒေါ်")).toBe("ေဒါ်");
    expect(myanmarVisual("ကြည်")).toBe("ြကည်");
    expect(myanmarVisual("မောင်မောင်")).toBe("ေမာင်ေမာင်");
    expect(myanmarVisual("สมชาย")).toBe("สมชาย");
  });
});

describe("fitting text in a box", () => {
  const box = { x: 20, y: 20, width: 90 };

  async function fit(text: string, size: number, minSize: number, maxLines: number) {
    const doc = newPdf({ size: [200, 200], margin: 0, title: "fit" });
    const fitted = fitText(doc, text, { style: "bold", ...box, size, minSize, maxLines });
    const pdf = await pdfBuffer(doc);
    return { fitted, pdf, words: pdfWords(pdf) };
  }

  it("keeps a name that fits on one line at its size", async () => {
    const { fitted } = await fit("สมชาย ใจดี", 10, 7, 2);
    expect(fitted).toMatchObject({ size: 10, lines: ["สมชาย ใจดี"], truncated: false });
  });

  it("shrinks a name a little too long before wrapping it", async () => {
    const { fitted, words } = await fit("Nguyễn Thị Ngọc Ánh", 10, 7, 2);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.size).toBeLessThan(10);
    expect(fitted.size).toBeGreaterThanOrEqual(7);
    for (const w of words) expect(w.xMax, w.text).toBeLessThanOrEqual(box.x + box.width + 0.5);
  });

  it("wraps a long Myanmar name with no spaces between words, inside the box, with real glyphs", async () => {
    const { fitted, words, pdf } = await fit("ဦးမောင်မောင်ကျော်ဇောဝင်းထွန်းအောင်မြင့်ဦးမောင်မောင်ကျော်", 10, 7, 3);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.truncated).toBe(false);
    expect(pdfGlyphs(pdf).notdef).toBe(0);
    for (const w of words) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(w.xMax, w.text).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
  });

  it("cuts what cannot fit in its lines at the smallest size with an ellipsis, never past the edge", async () => {
    const long = "Dato' Sri Mohamad Abdul Rahman bin Haji Abdullah Al-Haj Tunku Muhammad Iskandar Zulkarnain";
    const { fitted, words } = await fit(long, 10, 8, 2);
    expect(fitted).toMatchObject({ size: 8, truncated: true });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]).toMatch(/…$/);
    for (const w of words) expect(w.xMax, w.text).toBeLessThanOrEqual(box.x + box.width + 0.5);
  });
});
