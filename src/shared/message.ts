/**
 * Fills message templates, shared by the web (`t()`) and the server (error messages).
 *
 * - `{name}` is replaced by `params.name`. Numbers are written with the language's separators (3,003 in English,
 *   3.003 in Vietnamese) — except calendar years, which params named `year`, `years`, `period` or `…Year` carry
 *   and which are written as they are.
 * - `{n, plural, one {# proposal} other {# proposals}}` picks the form by `Intl.PluralRules` for the language
 *   (`=0 {…}` matches exactly zero); `#` inside is the number, formatted. Vietnamese has one form, so its
 *   messages simply say `{n} đề xuất`.
 */
export type MessageLang = "vi" | "en";
export type MessageParams = Record<string, unknown>;

const locales: Record<MessageLang, string> = { vi: "vi-VN", en: "en-GB" };
const numberFormats = new Map<MessageLang, Intl.NumberFormat>();
const pluralRules = new Map<MessageLang, Intl.PluralRules>();

function numberFormat(lang: MessageLang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 })));
  return f;
}

function pluralRule(lang: MessageLang): Intl.PluralRules {
  let r = pluralRules.get(lang);
  if (!r) pluralRules.set(lang, (r = new Intl.PluralRules(locales[lang])));
  return r;
}

/** A number in the language's way: 3,003 / 3.003. */
export function formatCount(lang: MessageLang, n: number): string {
  return numberFormat(lang).format(n);
}

const isYearParam = (name: string) => /^(year|years|period)$|Year$/.test(name);

function valueText(lang: MessageLang, name: string, v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number") return isYearParam(name) || !Number.isFinite(v) ? String(v) : formatCount(lang, v);
  if (typeof v === "boolean" || typeof v === "bigint") return v.toString();
  return JSON.stringify(v) ?? "";
}

/** Index of the `}` that closes the `{` at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → { one: "…", other: "…" } */
function pluralOptions(body: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!m) return body.slice(i).trim() === "" ? out : null;
    const open = i + m[0].length - 1;
    const close = closing(body, open);
    if (close < 0) return null;
    out[m[1]!] = body.slice(open + 1, close);
    i = close + 1;
  }
  return out;
}

export function formatMessage(lang: MessageLang, template: string, params?: MessageParams): string {
  if (!params) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    out += template.slice(i, open);
    const plural = /^\{(\w+),\s*plural,/.exec(template.slice(open));
    const close = closing(template, open);
    const name = plural?.[1];
    if (plural && name !== undefined && close > 0) {
      const options = pluralOptions(template.slice(open + plural[0].length, close));
      const raw = params[name];
      const n = typeof raw === "number" ? raw : Number(raw);
      if (options && options.other !== undefined && raw !== undefined && Number.isFinite(n)) {
        const chosen = options[`=${n}`] ?? options[pluralRule(lang).select(n)] ?? options.other;
        out += formatMessage(lang, chosen.replace(/#/g, formatCount(lang, n)), params);
        i = close + 1;
        continue;
      }
    }
    const simple = /^\{(\w+)\}/.exec(template.slice(open));
    const simpleName = simple?.[1];
    if (simple && simpleName !== undefined) {
      const text = valueText(lang, simpleName, params[simpleName]);
      out += text ?? simple[0];
      i = open + simple[0].length;
      continue;
    }
    out += "{";
    i = open + 1;
  }
  return out + template.slice(i);
}

/** The names a template uses, plural arguments included (for checking both languages use the same). */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  for (const [, name] of template.matchAll(/\{(\w+)(\}|,\s*plural,)/g)) if (name) names.add(name);
  return [...names].sort();
}
