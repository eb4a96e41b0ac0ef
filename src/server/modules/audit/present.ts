/**
 * The audit trail as an administrator reads it: the action in words, the record by name, and the changed fields by
 * their labels with before → after values formatted in the reader's language. Personal fields of delegates never
 * reach the reader with their values (issue 11): the row says that they changed, nothing more.
 */
import type { Lang } from "../../../shared/errors.js";
import { isRecord } from "../../../shared/records.js";
import { formatMessage } from "../../../shared/message.js";
import { HANOI_TIME_ZONE, formatDateTime, formatDay } from "../../../shared/dates.js";
import {
  auditActions,
  auditEntities,
  auditFieldLabel,
  auditModules,
  entitiesWithOwnEmail,
  isAuditAction,
  unitKinds,
  isUnitKind,
  isAuditEntity,
  personalAuditFields,
  type AuditModule,
} from "../../../shared/audit.js";
import {
  accreditationWords,
  activityKindWords,
  activityStatusWords,
  delegateRoleWords,
  delegationCategoryWords,
  genderWords,
  meetingStatusWords,
  proposalStatusWords,
  registrationLinkStatusWords,
  scopeKindWords,
  sessionKindWords,
  userRoleWords,
  coopKindWords,
  coopStatusWords,
  documentIssuerWords,
  documentKindWords,
  leaderRankWords,
  type Words,
} from "../../../shared/vocabulary.js";
import type { Db } from "../../db/client.js";
import type { AuditChange } from "../../../shared/schemas/audit.js";
import { scopeResolver } from "../people/scopes.js";

/** Values formatted in the reader's language; null when empty, or when the field is personal (`hidden`). */
export type { AuditChange };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const CLOCK = /^\d{2}:\d{2}(:\d{2})?$/;

/** Fields that change on every write or only carry machinery: never shown. */
export const NOISE: ReadonlySet<string> = new Set([
  "id",
  "searchText",
  "nameSort",
  "updatedAt",
  "createdAt",
  "version",
  "tokenHash",
  "codeHash",
  "passwordHash",
  "csrfToken",
  "etag",
  "sample",
  "contentType",
  "pdf",
  "snapshot",
  "before",
  "delegateVersion",
]);

/** Reference fields named through the owning module's scope resolver (never shown as a bare id). */
export const REFERENCES: Record<string, string> = {
  unitId: "unit",
  parentId: "unit",
  mergedInto: "unit",
  meetingId: "meeting",
  delegationId: "delegation",
  agencyCode: "agency",
};

/** Enumerated values in words: the one vocabulary the web app reads too (`src/shared/vocabulary.ts`). */
const languageWords: Record<Lang, Words> = {
  vi: { vi: "Tiếng Việt", en: "Tiếng Việt" },
  en: { vi: "English", en: "English" },
};
const ENUMS: Record<string, Record<string, Words>> = {
  role: userRoleWords,
  language: languageWords,
  gender: genderWords,
  category: delegationCategoryWords,
  accreditationStatus: accreditationWords,
  scopeKind: { ...scopeKindWords, department: { vi: "Vụ, cục", en: "Department" } },
};
const ENUMS_BY_ENTITY: Record<string, Record<string, Record<string, Words>>> = {
  delegate: { role: delegateRoleWords },
  meeting: { status: meetingStatusWords },
  meeting_session: { kind: sessionKindWords },
  registration_proposal: { status: proposalStatusWords },
  registration_link: { status: registrationLinkStatusWords },
  workplan_activity: { status: activityStatusWords, kind: activityKindWords },
  // Documents register and cooperation register (issue 12): issuers and kinds by name, not by code.
  issued_document: { issuer: documentIssuerWords, kind: documentKindWords },
  coop_activity: { kind: coopKindWords, status: coopStatusWords, leaderRank: leaderRankWords },
};

/** Statuses of records without a table of their own in the vocabulary (badges, uploads, reports). */
const VALUE_WORDS: Record<string, Words> = {
  active: { vi: "Đang hiệu lực", en: "Active" },
  revoked: { vi: "Đã thu hồi", en: "Revoked" },
  draft: { vi: "Bản nháp", en: "Draft" },
  saved: { vi: "Bản nháp", en: "Draft" },
  submitted: { vi: "Đã gửi", en: "Submitted" },
  accepted: { vi: "Đã chấp nhận", en: "Accepted" },
  returned: { vi: "Đã trả lại", en: "Returned" },
  pending: { vi: "Đang chờ", en: "Pending" },
};

/** The personal fields hidden on this kind of record (a user's e-mail is their sign-in, not a delegate's data). */
function personalFor(entity: string): ReadonlySet<string> {
  if (!entitiesWithOwnEmail.has(entity)) return personalAuditFields;
  return new Set([...personalAuditFields].filter((k) => k !== "email"));
}

/** A recorded value without the personal fields, at any depth: what `before`/`after` may show the reader. */
export function withoutPersonal(entity: string, v: unknown): unknown {
  const drop = personalFor(entity);
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (isRecord(x))
      return Object.fromEntries(
        Object.entries(x)
          .filter(([k]) => !drop.has(k) && k !== "searchText")
          .map(([k, y]) => [k, walk(y)]),
      );
    return x;
  };
  return walk(v ?? null);
}

/** Looks up names of referenced records, a batch at a time: `kind` → ids wanted → names. */
export class RefNames {
  private wanted = new Map<string, Set<string>>();
  private known = new Map<string, Map<string, string>>();
  want(kind: string, id: unknown) {
    if (typeof id !== "string" || !id) return;
    if (!scopeResolver(kind)) return;
    const ids = this.wanted.get(kind) ?? new Set<string>();
    this.wanted.set(kind, ids.add(id));
  }
  async load(db: Db, lang: Lang) {
    for (const [kind, ids] of this.wanted) {
      const r = scopeResolver(kind);
      if (r) this.known.set(kind, await r.label(db, [...ids], lang));
    }
  }
  name(kind: string, id: string): string | undefined {
    return this.known.get(kind)?.get(id);
  }
}

interface Row {
  entity: string;
  before: unknown;
  after: unknown;
}

/** Collects the references a page of rows will name (call before `presentChanges`, then `refs.load`). */
export function wantReferences(rows: Row[], refs: RefNames) {
  for (const r of rows)
    for (const side of [r.before, r.after]) {
      if (!isRecord(side)) continue;
      for (const [k, v] of Object.entries(side)) if (REFERENCES[k]) refs.want(REFERENCES[k], v);
      if (typeof side.scopeKind === "string") refs.want(side.scopeKind, side.scopeId);
    }
}

function enumWord(entity: string, field: string, value: string, lang: Lang): string | null {
  if (entity === "unit" && field === "kind" && isUnitKind(value)) return unitKinds[value][lang];
  const table = ENUMS_BY_ENTITY[entity]?.[field] ?? ENUMS[field];
  const word = table && Object.hasOwn(table, value) ? table[value]?.[lang] : undefined;
  if (word) return word;
  if (field === "status" || field === "kind")
    return Object.hasOwn(VALUE_WORDS, value) ? (VALUE_WORDS[value]?.[lang] ?? null) : null;
  return null;
}

/** One recorded value in words. `undefined` means "not worth showing" (an id nobody can read). */
function formatValue(
  entity: string,
  field: string,
  v: unknown,
  record: Record<string, unknown>,
  lang: Lang,
  refs: RefNames,
): string | null | undefined {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return lang === "vi" ? (v ? "Có" : "Không") : v ? "Yes" : "No";
  if (typeof v === "number") return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(v);
  if (typeof v === "string") {
    const ref =
      REFERENCES[field] ?? (field === "scopeId" && typeof record.scopeKind === "string" ? record.scopeKind : null);
    if (ref) return refs.name(ref, v) ?? (UUID.test(v) ? undefined : v);
    const word = enumWord(entity, field, v, lang);
    if (word) return word;
    if (ISO_DAY.test(v)) return formatDay(lang, v);
    // A moment in Hà Nội time (the ministry's), as the app writes it.
    if (ISO_TIME.test(v)) return formatDateTime(lang, v, HANOI_TIME_ZONE);
    if (CLOCK.test(v)) return v.slice(0, 5);
    if (UUID.test(v)) return undefined;
    return v;
  }
  if (Array.isArray(v)) {
    if (!v.length) return null;
    if (v.every((x) => typeof x === "string" && UUID.test(x)) || v.some((x) => typeof x === "object" && x !== null))
      return formatMessage(lang, lang === "vi" ? "{n} mục" : "{n, plural, one {# item} other {# items}}", {
        n: v.length,
      });
    return v.map((x) => formatValue(entity, field, x, record, lang, refs) ?? "").join(", ");
  }
  if (isRecord(v)) {
    const parts = Object.entries(v)
      .filter(([k, x]) => !NOISE.has(k) && !personalFor(entity).has(k) && (typeof x !== "object" || x === null))
      .map(([k, x]) => {
        const label = auditFieldLabel(entity, k)?.[lang] ?? k;
        return `${label}: ${formatValue(entity, k, x, v, lang, refs) ?? "—"}`;
      });
    return parts.join("; ") || null;
  }
  return typeof v === "bigint" ? v.toString() : null;
}

/**
 * The rows a reader sees: on an update only what changed; on a creation or a deletion every field that has a value.
 * Labels from the catalogue (`shared/audit.ts`); personal fields say only that they changed.
 */
export function presentChanges(entity: string, before: unknown, after: unknown, lang: Lang, refs: RefNames) {
  const out: AuditChange[] = [];
  if (!isRecord(before) && !isRecord(after)) return out;
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const update = isRecord(before) && isRecord(after);
  const personal = personalFor(entity);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  for (const field of keys) {
    if (NOISE.has(field)) continue;
    const same = JSON.stringify(b[field] ?? null) === JSON.stringify(a[field] ?? null);
    if (update && same) continue;
    if (!update && (a[field] ?? b[field] ?? null) === null) continue;
    const label = auditFieldLabel(entity, field)?.[lang];
    if (personal.has(field)) {
      out.push({ field, label: label ?? field, before: null, after: null, hidden: true });
      continue;
    }
    const fb = formatValue(entity, field, b[field], b, lang, refs);
    const fa = formatValue(entity, field, a[field], a, lang, refs);
    // An id nobody can read (a grant's id, a mail's id) says nothing: leave the row out.
    if (fb === undefined && fa === undefined) continue;
    if (!label) continue;
    // A creation or deletion lists what has a value (not empty lists).
    if (!update && (fb ?? null) === null && (fa ?? null) === null) continue;
    out.push({ field, label, before: fb ?? null, after: fa ?? null, hidden: false });
  }
  return out;
}

export function actionText(action: string, lang: Lang): string {
  return isAuditAction(action) ? auditActions[action][lang] : action;
}
export function actionModule(action: string): AuditModule {
  return isAuditAction(action) ? auditActions[action].module : "system";
}
export function moduleText(m: AuditModule, lang: Lang): string {
  return auditModules[m][lang];
}
export function entityText(entity: string, lang: Lang): string {
  return isAuditEntity(entity) ? auditEntities[entity][lang] : entity;
}

const lcFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/**
 * One sentence: "Quản trị hệ thống đã sửa đơn vị: Vụ Hợp tác quốc tế" / "System administrator changed a unit: …".
 * Without a person (the system, a failed sign-in) the action leads: "Đăng nhập sai mật khẩu: Trần Văn Đức".
 */
export function sentence(
  actorName: string | null,
  action: string,
  entity: string,
  label: string | null,
  lang: Lang,
): string {
  const phrase = actionText(action, lang);
  const what = label ?? entityText(entity, lang);
  const person = actorName && actorName !== "system" ? actorName : null;
  if (!person) return `${phrase}: ${what}`;
  return lang === "vi" ? `${person} đã ${lcFirst(phrase)}: ${what}` : `${person} ${lcFirst(phrase)}: ${what}`;
}
