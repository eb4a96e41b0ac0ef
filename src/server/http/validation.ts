/**
 * Validation problems as people read them: the field by its label in the caller's language ("Họ và tên" / "Full
 * name", from `src/shared/fields.ts`), then the rule in plain words ("tối đa 200 ký tự" / "at most 200
 * characters"). Used for the schema layer's (Ajv's) errors and for services that refuse a field themselves.
 */
import { fieldLabel } from "../../shared/fields.js";
import { formatMessage } from "../../shared/message.js";
import type { Bilingual, Lang } from "../../shared/errors.js";
import { AppError, appError } from "./errors.js";

/** A rule a field broke, with its parameters. */
export type Rule =
  | { rule: "required" }
  | { rule: "maxLength" | "minLength" | "maximum" | "minimum" | "exclusiveMaximum" | "exclusiveMinimum"; limit: number }
  | { rule: "maxItems" | "minItems"; limit: number }
  | { rule: "enum"; values: unknown[] }
  | { rule: "format"; format: string }
  | { rule: "type"; type: string }
  | { rule: "pattern" | "unknownField" | "invalid" }
  | { rule: "custom"; text: Bilingual };

const formats: Record<string, Bilingual> = {
  date: { vi: "không phải ngày hợp lệ", en: "is not a valid date" },
  "date-time": { vi: "không phải ngày giờ hợp lệ", en: "is not a valid date and time" },
  time: { vi: "không phải giờ hợp lệ (HH:mm)", en: "is not a valid time (HH:mm)" },
  email: { vi: "không phải địa chỉ thư điện tử hợp lệ", en: "is not a valid e-mail address" },
  uuid: { vi: "không phải mã định danh hợp lệ", en: "is not a valid identifier" },
  uri: { vi: "không phải địa chỉ web hợp lệ", en: "is not a valid web address" },
};

const types: Record<string, Bilingual> = {
  integer: { vi: "phải là số nguyên", en: "must be a whole number" },
  number: { vi: "phải là số", en: "must be a number" },
  boolean: { vi: "phải là có hoặc không", en: "must be yes or no" },
  string: { vi: "phải là văn bản", en: "must be text" },
  array: { vi: "phải là một danh sách", en: "must be a list" },
  object: { vi: "không đúng cấu trúc", en: "is not in the expected form" },
};

/** A count with its noun in English, by `Intl.PluralRules` (`src/shared/message.ts`): "1 character", "2 characters". */
const counted = (n: number, one: string, other: string) =>
  formatMessage("en", `{n, plural, one {# ${one}} other {# ${other}}}`, { n });

/** The rule in words, in one language. */
export function ruleText(r: Rule, lang: Lang): string {
  const vi = lang === "vi";
  switch (r.rule) {
    case "required":
      return vi ? "bắt buộc nhập" : "is required";
    case "maxLength":
      return vi ? `tối đa ${r.limit} ký tự` : `at most ${counted(r.limit, "character", "characters")}`;
    case "minLength":
      if (r.limit <= 1) return vi ? "không được để trống" : "must not be empty";
      return vi ? `ít nhất ${r.limit} ký tự` : `at least ${counted(r.limit, "character", "characters")}`;
    case "maximum":
      return vi ? `tối đa ${r.limit}` : `at most ${r.limit}`;
    case "minimum":
      return vi ? `tối thiểu ${r.limit}` : `at least ${r.limit}`;
    case "exclusiveMaximum":
      return vi ? `phải nhỏ hơn ${r.limit}` : `must be less than ${r.limit}`;
    case "exclusiveMinimum":
      return vi ? `phải lớn hơn ${r.limit}` : `must be more than ${r.limit}`;
    case "maxItems":
      return vi ? `tối đa ${r.limit} mục` : `at most ${counted(r.limit, "item", "items")}`;
    case "minItems":
      return vi ? `ít nhất ${r.limit} mục` : `at least ${counted(r.limit, "item", "items")}`;
    case "enum": {
      const values = r.values.filter((v) => v !== null && v !== "").map(String);
      return vi ? `phải là một trong: ${values.join(", ")}` : `must be one of: ${values.join(", ")}`;
    }
    case "format":
      return (formats[r.format] ?? { vi: "không đúng định dạng", en: "is not in the right format" })[lang];
    case "type":
      return (types[r.type] ?? { vi: "không hợp lệ", en: "is not valid" })[lang];
    case "pattern":
      return vi ? "không đúng định dạng" : "is not in the right format";
    case "unknownField":
      return vi ? "không được phép gửi" : "is not accepted";
    case "custom":
      return r.text[lang];
    case "invalid":
      return vi ? "không hợp lệ" : "is not valid";
  }
}

/** One field's problem: `field` is its path (`body.fullName`), `label` and `message` in the caller's language. */
export interface FieldIssue {
  field: string;
  label: string;
  message: string;
}

/** The last named part of a path: `body.delegates.3.fullName` → `fullName`. */
function leaf(path: string): string {
  const parts = path.split(".").filter((p) => p && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? path;
}

function issue(field: string, r: Rule, lang: Lang): FieldIssue {
  const label = fieldLabel(leaf(field))[lang];
  return { field, label, message: `${label}: ${ruleText(r, lang)}` };
}

/**
 * A 400 VALIDATION_FAILED for fields a service refuses itself: `invalidFields([{ field: "reason", rule:
 * "required" }])` → "Lý do: bắt buộc nhập" / "Reason: is required". Details list each field in the caller's language.
 */
export function invalidFields(items: ({ field: string } & Rule)[]): AppError {
  return new LocalizedValidation(items.map(({ field, ...r }) => ({ field, r })));
}

/** VALIDATION_FAILED whose message and details are written when the caller's language is known. */
class LocalizedValidation extends AppError {
  constructor(readonly items: { field: string; r: Rule }[]) {
    const base = appError("VALIDATION_FAILED");
    super(base.code, base.def, {});
  }

  issues(lang: Lang): FieldIssue[] {
    return this.items.map((i) => issue(i.field, i.r, lang));
  }

  override localized(lang: Lang): string {
    return this.issues(lang)
      .map((i) => i.message)
      .join("; ");
  }

  override localizedDetails(lang: Lang): unknown {
    return this.issues(lang);
  }
}

/** What Ajv reports for one problem (the fields Focal reads). */
export interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

function ajvRule(v: AjvIssue): Rule {
  const p = v.params;
  switch (v.keyword) {
    case "required":
      return { rule: "required" };
    case "maxLength":
    case "minLength":
    case "maxItems":
    case "minItems":
      return { rule: v.keyword, limit: Number(p.limit) };
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
      return { rule: v.keyword, limit: Number(p.limit) };
    case "enum":
      return { rule: "enum", values: values(p.allowedValues) };
    case "const":
      return { rule: "enum", values: [p.allowedValue] };
    case "format":
      return { rule: "format", format: String(p.format) };
    case "type":
      return { rule: "type", type: String(p.type).split(",")[0]! };
    case "pattern":
      return { rule: "pattern" };
    case "additionalProperties":
      return { rule: "unknownField" };
    default:
      return { rule: "invalid" };
  }
}

/** How telling a keyword is: within a union (`anyOf`), the most telling branch's problem is the one reported. */
const weight: Record<string, number> = {
  required: 9,
  maxLength: 8,
  minLength: 8,
  maximum: 8,
  minimum: 8,
  exclusiveMaximum: 8,
  exclusiveMinimum: 8,
  maxItems: 8,
  minItems: 8,
  format: 7,
  pattern: 6,
  enum: 5,
  type: 3,
  const: 2,
  anyOf: 0,
  oneOf: 0,
};

/**
 * Ajv's problems → one issue per field, in the caller's language. A union (a nullable e-mail is "an e-mail or an
 * empty string") fails every branch; only its most telling problem is kept ("is not a valid e-mail address").
 */
/** An Ajv parameter that names a field, when it is one. */
const text = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);
/** An Ajv parameter that lists values (`allowedValues`), or none. */
const values = (x: unknown): unknown[] => (Array.isArray(x) ? Array.from<unknown>(x) : []);

export function ajvIssues(list: AjvIssue[], context: string | undefined, lang: Lang): FieldIssue[] {
  const byField = new Map<string, AjvIssue>();
  // A union of literals ("vi" or "en") fails once per literal: its allowed values are gathered into one list.
  const allowed = new Map<string, unknown[]>();
  for (const v of list) {
    const path = v.instancePath ? v.instancePath.slice(1).replace(/\//g, ".") : "";
    const missing = v.keyword === "required" ? text(v.params.missingProperty) : undefined;
    const extra = v.keyword === "additionalProperties" ? text(v.params.additionalProperty) : undefined;
    const field = [context, path, missing ?? extra].filter(Boolean).join(".");
    if (v.keyword === "const") allowed.set(field, [...(allowed.get(field) ?? []), v.params.allowedValue]);
    if (v.keyword === "enum") allowed.set(field, [...(allowed.get(field) ?? []), ...values(v.params.allowedValues)]);
    const seen = byField.get(field);
    if (!seen || (weight[v.keyword] ?? 1) > (weight[seen.keyword] ?? 1)) byField.set(field, v);
  }
  return [...byField.entries()].map(([field, v]) => {
    const rule = ajvRule(v);
    if (rule.rule === "enum") rule.values = [...new Set(allowed.get(field) ?? rule.values)];
    return issue(field, rule, lang);
  });
}
