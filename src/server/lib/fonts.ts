/**
 * Fonts for PDFs in every script the delegations write. DejaVu Sans (npm `dejavu-fonts-ttf`) sets Latin, Vietnamese,
 * Greek, Cyrillic and Arabic (Jawi); Noto Sans, from the pinned `@expo-google-fonts/noto-sans-*` packages (full
 * TrueType files, SIL OFL 1.1, nothing downloaded at install), sets what DejaVu has no glyphs for: Thai, Lao, Khmer,
 * Myanmar, Tamil, Chinese (SC also covers Traditional characters), Japanese (kana; kanji in a run with kana) and
 * Korean. A string is split into runs by script and each run gets the face that has its glyphs, checked with
 * fontkit's cmap — so no character that any embedded font can draw comes out as the missing-glyph box.
 *
 * `newPdf` (lib/pdf.ts) registers every face and makes `doc.text` run-aware; `fitText` lays out a line or two that
 * must fit a box (badges): smaller size first, then a second line, then an ellipsis — never past the edge.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
// fontkit is pdfkit's font engine, pinned as a dependency of its own; its types are in vendor.d.ts. It is loaded with
// the first document's faces, not at start.
import type * as Fontkit from "fontkit";
import { onFirstUse } from "./onFirstUse.js";

const require = createRequire(import.meta.url);
const fontkit = onFirstUse<typeof Fontkit>("fontkit");

/** The styles callers select with `doc.font(style)`: each is DejaVu for the scripts DejaVu covers. */
export const styles = ["regular", "bold", "italic", "condensed", "condensedBold"] as const;
export type Style = (typeof styles)[number];

const dejavuFiles: Record<Style, string> = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  condensed: "DejaVuSansCondensed.ttf",
  condensedBold: "DejaVuSansCondensed-Bold.ttf",
};

/** The Noto faces, by the script they are for; each has a regular and a bold weight. */
const notoFamilies = {
  thai: ["noto-sans-thai", "NotoSansThai"],
  lao: ["noto-sans-lao", "NotoSansLao"],
  khmer: ["noto-sans-khmer", "NotoSansKhmer"],
  myanmar: ["noto-sans-myanmar", "NotoSansMyanmar"],
  tamil: ["noto-sans-tamil", "NotoSansTamil"],
  sc: ["noto-sans-sc", "NotoSansSC"],
  jp: ["noto-sans-jp", "NotoSansJP"],
  kr: ["noto-sans-kr", "NotoSansKR"],
} as const;
type Family = keyof typeof notoFamilies;
type Weight = "regular" | "bold";

/** A registered face name: a style (DejaVu) or `noto-<family>-<weight>`. */
export type Face = Style | `noto-${Family}-${Weight}`;

const weightOf: Record<Style, Weight> = {
  regular: "regular",
  bold: "bold",
  italic: "regular",
  condensed: "regular",
  condensedBold: "bold",
};

interface Loaded {
  bytes: Buffer;
  font: Fontkit.Font;
}

/** Where each face's file is, found once per process. */
let files: Map<Face, string> | null = null;

function faceFiles(): Map<Face, string> {
  if (files) return files;
  const map = new Map<Face, string>();
  const dejavu = require.resolve("dejavu-fonts-ttf/package.json").replace(/package\.json$/, "ttf/");
  for (const s of styles) map.set(s, dejavu + dejavuFiles[s]);
  for (const family of familyOrder) {
    const [pkg, file] = notoFamilies[family];
    const dir = require.resolve(`@expo-google-fonts/${pkg}/package.json`).replace(/package\.json$/, "");
    map.set(`noto-${family}-regular`, `${dir}400Regular/${file}_400Regular.ttf`);
    map.set(`noto-${family}-bold`, `${dir}700Bold/${file}_700Bold.ttf`);
  }
  files = map;
  return map;
}

/**
 * The faces read so far, each read and parsed the first time a glyph check needs it, once per thread: a batch of
 * Vietnamese names never reads the 45 MB of Chinese, Japanese and Korean faces.
 */
const loaded = new Map<Face, Loaded>();

function loadFace(name: Face): Loaded {
  let face = loaded.get(name);
  if (!face) {
    const file = faceFiles().get(name);
    if (!file) throw new Error(`The font face ${name} is not known`);
    const bytes = fs.readFileSync(file);
    face = { bytes, font: fontkit().create(bytes) };
    loaded.set(name, face);
  }
  return face;
}

function has(face: Face, cp: number): boolean {
  return loadFace(face).font.hasGlyphForCodePoint(cp);
}

/** The code point of one character (an element of `[...text]`, never empty). */
function codePoint(ch: string): number {
  const cp = ch.codePointAt(0);
  if (cp === undefined) throw new Error("A character was expected, not an empty string");
  return cp;
}

/** The family a code point's script asks for, `null` for DejaVu's scripts, "neutral" for spaces, marks, digits… */
function familyFor(cp: number, ch: string): Family | null | "neutral" {
  if (scriptRe.thai.test(ch)) return "thai";
  if (scriptRe.lao.test(ch)) return "lao";
  if (scriptRe.khmer.test(ch)) return "khmer";
  if (scriptRe.myanmar.test(ch)) return "myanmar";
  if (scriptRe.tamil.test(ch)) return "tamil";
  if (scriptRe.hangul.test(ch)) return "kr";
  if (scriptRe.kana.test(ch)) return "jp";
  if (scriptRe.han.test(ch)) return "sc";
  if (scriptRe.neutral.test(ch)) {
    // CJK punctuation and full-width forms are "Common" but only the CJK faces have them.
    if (cp >= 0x3000 && cp <= 0x30ff) return "sc";
    if (cp >= 0xff00 && cp <= 0xffef) return "sc";
    return "neutral";
  }
  return null;
}

const scriptRe = {
  thai: /\p{Script=Thai}/u,
  lao: /\p{Script=Lao}/u,
  khmer: /\p{Script=Khmer}/u,
  myanmar: /\p{Script=Myanmar}/u,
  tamil: /\p{Script=Tamil}/u,
  hangul: /\p{Script=Hangul}/u,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  han: /[\p{Script=Han}\p{Script=Bopomofo}]/u,
  neutral: /[\p{Script=Common}\p{Script=Inherited}]/u,
};

const familyOrder: readonly Family[] = ["sc", "jp", "kr", "thai", "lao", "khmer", "myanmar", "tamil"];

export interface Run {
  text: string;
  face: Face;
}

/**
 * Splits `text` into runs, each with the face that has its glyphs: a script's own face (Thai, Khmer…), DejaVu in the
 * caller's style for what DejaVu covers, and spaces, digits and marks staying with the run around them. A run of Han
 * characters that contains kana is set in the Japanese face (Japanese glyph shapes), other Han in the Chinese one.
 * A character no face has stays in the base face (the PDF then shows the box — the tests check that none does).
 * `han` sets Han without kana in the Japanese face instead (a Japanese delegation's names in kanji alone).
 */
export function splitRuns(text: string, style: Style = "regular", han: "sc" | "jp" = "sc"): Run[] {
  return remember(runsCache, `${style}\u0000${han}\u0000${text}`, () => computeRuns(text, style, han));
}

/**
 * Memos of pure results, per process: a badge batch sets the same meeting, delegation and category texts a thousand
 * times and measures the same words again and again. Each is emptied when it reaches `MEMO_MAX` entries.
 */
const MEMO_MAX = 20_000;
const runsCache = new Map<string, Run[]>();
/** Widths at size 1 by style, Han choice and text (a face's advance widths are the same in every document). */
const widthCache = new Map<string, number>();
/** fitText's choice (size, lines) by text and box. */
const fitCache = new Map<string, { size: number; lines: string[]; truncated: boolean }>();

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= MEMO_MAX) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

function computeRuns(text: string, style: Style, han: "sc" | "jp"): Run[] {
  const weight = weightOf[style];
  const noto = (f: Family): Face => `noto-${f}-${weight}`;
  const chars = [...text];
  // 1. Each character's own choice: a family, the base (null), or neutral.
  const wants: (Family | null | "neutral")[] = chars.map((ch) => familyFor(codePoint(ch), ch));
  const kanaAt = chars.map((ch) => scriptRe.kana.test(ch));
  // 2. Han next to kana (a Japanese name) is Japanese; Han/kana runs are contiguous ignoring neutrals.
  let i = 0;
  while (i < chars.length) {
    if (wants[i] !== "sc" && wants[i] !== "jp") {
      i++;
      continue;
    }
    let j = i;
    let kana = false;
    while (j < chars.length && (wants[j] === "sc" || wants[j] === "jp" || wants[j] === "neutral")) {
      if (wants[j] === "jp" && kanaAt[j] === true) kana = true;
      j++;
    }
    for (let k = i; k < j; k++) if (wants[k] === "sc" || wants[k] === "jp") wants[k] = kana ? "jp" : han;
    i = j;
  }
  // 3. Faces: neutral characters join the run before them (or after, at the start) when that face has the glyph.
  const runs: Run[] = [];
  const own = (k: number): Face | null => {
    const w = wants[k];
    if (w === "neutral" || w === undefined) return null;
    return w === null ? style : noto(w);
  };
  for (const [k, ch] of chars.entries()) {
    const cp = codePoint(ch);
    let face = own(k);
    if (face === null) {
      // The face of the character before (the last run's).
      const prev = runs.at(-1)?.face ?? null;
      let next: Face | null = null;
      for (let m = k + 1; m < chars.length && next === null; m++) next = own(m);
      // An opening bracket or quote belongs with what follows it, other neutrals with what precedes them.
      const opening = /[\p{Ps}\p{Pi}]/u.test(ch);
      const candidates = (opening ? [next, prev, style] : [prev, next, style]).filter((f): f is Face => f !== null);
      face = candidates.find((f) => has(f, cp)) ?? prev ?? next ?? style;
    }
    if (!has(face, cp)) {
      // The script's face lacks it (a rare ideograph in SC but in JP, say): any face that has it.
      const everyFace: Face[] = [style, ...familyOrder.map(noto)];
      const other = everyFace.find((f) => has(f, cp));
      if (other) face = other;
    }
    const last = runs.at(-1);
    if (last && last.face === face) last.text += ch;
    else runs.push({ text: ch, face });
  }
  return runs;
}

/** True when every character of `text` has a glyph in the face `splitRuns` picks for it. */
export function drawable(text: string, style: Style = "regular"): boolean {
  return splitRuns(text, style).every((r) => [...r.text].every((ch) => has(r.face, codePoint(ch))));
}

/**
 * Registers every face with a new document: the bytes of a face this thread has read, the file of one it has not
 * (pdfkit reads a file, and subsets any face, only when the document uses it).
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of faceFiles()) doc.registerFont(name, loaded.get(name)?.bytes ?? file);
}

/** pdfkit's `text`, both forms: at (x, y) or where the last text ended. */
type RawText = PDFKit.PDFDocument["text"];

/** pdfkit's own `text` of documents whose `text` is run-aware. */
const rawTexts = new WeakMap<PDFKit.PDFDocument, RawText>();

const isStyle = (name: unknown): name is Style => typeof name === "string" && styles.some((s) => s === name);

/**
 * Selects `face`; a Noto face takes the base style's vertical metrics, so that runs in different faces set at the
 * same y share a baseline and lines keep DejaVu's spacing.
 */
function selectFace(doc: PDFKit.PDFDocument, face: Face, base: Style, rawFont: (name: string) => unknown) {
  // The glyph checks have read both faces in this thread: pdfkit opens those bytes rather than read the file again
  // (a name already opened in this document stays as it was opened).
  doc.registerFont(base, loadFace(base).bytes);
  if (face !== base) doc.registerFont(face, loadFace(face).bytes);
  rawFont(base);
  const { ascender, descender, lineGap } = doc._font;
  rawFont(face);
  if (face !== base) Object.assign(doc._font, { ascender, descender, lineGap });
  if (face.startsWith("noto-myanmar")) shapeMyanmar(doc._font);
}

/**
 * fontkit (pdfkit's shaper) has no Myanmar shaper: the pre-base vowel ေ (U+1031) and the medial ြ (U+103C) would stay
 * after their consonant, as they are stored. A Myanmar face's layout therefore gets each syllable with those two
 * moved before it (visual order) — Noto Sans Myanmar's own lookups do the rest. Text extracted from the PDF then
 * reads them in that visual order.
 */
function shapeMyanmar(pdfFont: PDFKit.PDFFontInternals): void {
  const f = pdfFont.font;
  if (!f || f.focalMyanmar) return;
  const layout = f.layout.bind(f);
  f.layout = (s, features, script, language, direction) =>
    layout(myanmarVisual(s), features, script, language, direction);
  f.focalMyanmar = true;
}

/** Whether `ch` (undefined past the end) is a Myanmar base: a consonant, an independent vowel, a digit… */
const isMyanmarBase = (ch: string | undefined) => {
  const c = ch?.codePointAt(0);
  if (c === undefined) return false;
  return (c >= 0x1000 && c <= 0x102a) || c === 0x103f || (c >= 0x1040 && c <= 0x1049) || (c >= 0x104c && c <= 0x104f);
};

/** Moves ေ and ြ before the syllable they belong to (a syllable starts at a base not stacked under another). */
export function myanmarVisual(s: string): string {
  if (!/[\u1031\u103c]/u.test(s)) return s;
  const cs = [...s];
  const out: string[] = [];
  let i = 0;
  while (i < cs.length) {
    let j = i + 1;
    while (j < cs.length && !(isMyanmarBase(cs[j]) && cs[j - 1] !== "\u1039")) j++;
    const syllable = cs.slice(i, j);
    const pre = syllable.filter((c) => c === "\u1031");
    const ra = syllable.filter((c) => c === "\u103c");
    out.push(...pre, ...ra, ...syllable.filter((c) => c !== "\u1031" && c !== "\u103c"));
    i = j;
  }
  return out.join("");
}

/**
 * Makes `doc.text` run-aware on this document: the string is split into runs and each is drawn with its face,
 * continuing on the same line (pdfkit's `continued`), so that wrapping, page breaks and `doc.y` work as before.
 * A string DejaVu covers alone takes the original path unchanged.
 */
export function runAwareText(doc: PDFKit.PDFDocument): void {
  const rawText: RawText = doc.text.bind(doc);
  rawTexts.set(doc, rawText);
  const rawFont = doc.font.bind(doc);
  let current: Style = "regular";
  // pdfkit's two forms: font(src, size?) and font(src, family, size?).
  doc.font = (src: PDFKit.Mixins.PDFFontSource, familyOrSize?: string | number, size?: number) => {
    if (isStyle(src)) current = src;
    if (typeof familyOrSize === "string") rawFont(src, familyOrSize, size);
    else rawFont(src, familyOrSize);
    if (typeof src === "string" && src.startsWith("noto-myanmar")) shapeMyanmar(doc._font);
    return doc;
  };
  // pdfkit's two forms: text(str, x?, y?, options?) and text(str, options?).
  doc.text = (
    str: string | number | null | undefined,
    x?: number | PDFKit.Mixins.TextOptions,
    y?: number,
    opts?: PDFKit.Mixins.TextOptions,
  ) => {
    const s = str == null ? "" : String(str);
    const runs = splitRuns(s, current);
    if (runs.length === 0 || (runs.length === 1 && runs[0]?.face === current)) {
      if (typeof x === "object") rawText(s, x);
      else rawText(s, x, y, opts);
      return doc;
    }
    const options: PDFKit.Mixins.TextOptions = x && typeof x === "object" ? x : (opts ?? {});
    const hasXY = x == null || typeof x !== "object";
    const base = current;
    runs.forEach((run, k) => {
      selectFace(doc, run.face, base, rawFont);
      const last = k === runs.length - 1;
      const o = { ...options, continued: last ? options.continued : true };
      if (k === 0 && hasXY) rawText(run.text, x, y, o);
      else rawText(run.text, o);
    });
    rawFont(base);
    return doc;
  };
}

export interface FitOptions {
  style: Style;
  x: number;
  y: number;
  width: number;
  /** The size to use when it fits, and the smallest to shrink to before wrapping (and then before the ellipsis). */
  size: number;
  minSize: number;
  maxLines: number;
  align?: "left" | "center";
  /** Line height as a multiple of the size. */
  leading?: number;
  /** Han without kana in the Chinese (default) or the Japanese face: see `splitRuns`. */
  han?: "sc" | "jp";
}

export interface Fitted {
  size: number;
  lines: string[];
  /** The height the lines take (the next element goes below y + height). */
  height: number;
  truncated: boolean;
}

const words = new Intl.Segmenter(undefined, { granularity: "word" });
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Draws `text` inside the box from (x, y) `width` wide: on one line at `size` if it fits, else one line at a smaller
 * size down to `minSize`, else wrapped onto up to `maxLines` lines (again from `size` down to `minSize`), else at
 * `minSize` with the last line cut and an ellipsis. Lines break between words (ICU's word boundaries, which know
 * Thai, Khmer, Lao and Myanmar words with no spaces between), or inside a word too long for a line between
 * grapheme clusters. Widths are measured with each run's own face, so nothing is drawn past the box.
 */
export function fitText(doc: PDFKit.PDFDocument, text: string, o: FitOptions): Fitted {
  // Myanmar stacks marks far above and below the line: its lines need more room.
  const leading = Math.max(o.leading ?? 1.22, scriptRe.myanmar.test(text) ? 1.45 : 0);
  const draw: RawText = rawTexts.get(doc) ?? doc.text.bind(doc);
  const font = (name: string) => doc.font(name);
  const prefix = `${o.style}\u0000${o.han ?? "sc"}\u0000`;
  /** Width at size 1 of a piece of text, by its runs. */
  const unitWidth = (s: string) =>
    remember(widthCache, prefix + s, () => {
      let w = 0;
      for (const run of splitRuns(s, o.style, o.han)) {
        selectFace(doc, run.face, o.style, font);
        w += doc.widthOfString(run.text, {}) / doc._fontSize;
      }
      return w;
    });
  const clean = text.replace(/\s+/g, " ").trim();
  const savedSize = doc._fontSize;
  const chosen = remember(
    fitCache,
    `${prefix}${o.width}\u0000${o.size}\u0000${o.minSize}\u0000${o.maxLines}\u0000${clean}`,
    () => chooseLines(clean, o, unitWidth),
  );

  const lineHeight = chosen.size * leading;
  chosen.lines.forEach((line, k) => {
    const w = unitWidth(line) * chosen.size;
    let x = o.x + (o.align === "center" ? Math.max(0, (o.width - w) / 2) : 0);
    const y = o.y + k * lineHeight;
    for (const run of splitRuns(line, o.style, o.han)) {
      selectFace(doc, run.face, o.style, font);
      doc.fontSize(chosen.size);
      draw(run.text, x, y, { lineBreak: false });
      x += unitWidth(run.text) * chosen.size;
    }
  });
  font(o.style);
  doc.fontSize(savedSize);
  return {
    size: chosen.size,
    lines: [...chosen.lines],
    height: chosen.lines.length * lineHeight,
    truncated: chosen.truncated,
  };
}

type Chosen = { size: number; lines: string[]; truncated: boolean };

/** fitText's choice of size and lines for `clean` in the box (see fitText). */
function chooseLines(clean: string, o: FitOptions, unitWidth: (s: string) => number): Chosen {
  const tokens = [...words.segment(clean)].map((t) => t.segment);
  /** Greedy lines at `size`; a token wider than the line is split between grapheme clusters. */
  const wrap = (size: number): string[] => {
    const max = o.width / size;
    const lines: string[] = [];
    let line = "";
    const push = () => {
      if (line.trim()) lines.push(line.trim());
      line = "";
    };
    for (const token of tokens) {
      if (unitWidth((line + token).trimEnd()) <= max) {
        line += token;
        continue;
      }
      if (token.trim() === "") {
        push();
        continue;
      }
      push();
      if (unitWidth(token) <= max) {
        line = token;
        continue;
      }
      for (const g of [...graphemes.segment(token)].map((x) => x.segment)) {
        if (unitWidth(line + g) > max && line) push();
        line += g;
      }
    }
    push();
    return lines;
  };

  const sizes: number[] = [];
  for (let s = o.size; s > o.minSize; s -= Math.max(0.25, o.size * 0.04)) sizes.push(s);
  sizes.push(o.minSize);

  let chosen: Chosen | null = null;
  for (let n = 1; n <= o.maxLines && !chosen; n++) {
    for (const size of sizes) {
      const lines = wrap(size);
      if (lines.length <= n && lines.every((l) => unitWidth(l) * size <= o.width)) {
        chosen = { size, lines, truncated: false };
        break;
      }
    }
  }
  if (!chosen) {
    const size = o.minSize;
    const lines = wrap(size).slice(0, o.maxLines);
    const max = o.width / size;
    let last = lines[lines.length - 1] ?? "";
    const gs = [...graphemes.segment(last)].map((x) => x.segment);
    while (gs.length && unitWidth(gs.join("").trimEnd() + "…") > max) gs.pop();
    last = gs.join("").trimEnd() + "…";
    lines[lines.length - 1] = last;
    chosen = { size, lines, truncated: true };
  }
  return chosen;
}
