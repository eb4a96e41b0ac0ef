import { desc, eq, inArray } from "drizzle-orm";
import { pickScopes, registerScopeResolver } from "../people/scopes.js";
import { dmy } from "../../../shared/dates.js";
import { registerAuditLabeler, type AuditLabeler } from "../audit/service.js";
import { compareVi } from "../../../shared/text.js";
import { delegations, meetings } from "./schema.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Grants scoped to a meeting (committee member, registration manager, security…) are labelled "ACCSM 21 — title". */
const meetingLabels: AuditLabeler = async (db, ids, lang) => {
  const valid = ids.filter((id) => UUID.test(id));
  if (!valid.length) return new Map();
  const rows = await db.select().from(meetings).where(inArray(meetings.id, valid));
  return new Map(rows.map((m) => [m.id, `${m.code} — ${lang === "en" ? m.titleEn : m.titleVi}`]));
};

// The trail names a meeting the same way (its seed row records counts, not a title).
registerAuditLabeler("meeting", meetingLabels);

registerScopeResolver("meeting", {
  label: meetingLabels,
  async exists(db, id) {
    if (!UUID.test(id)) return false;
    return (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id))).length > 0;
  },
  /** Latest meeting first; the second line gives its dates and city. */
  async search(db, q, lang, limit) {
    const rows = await db.select().from(meetings).orderBy(desc(meetings.startDate), meetings.code);
    return pickScopes(
      rows.map((m) => ({
        id: m.id,
        label: `${m.code} — ${lang === "en" ? m.titleEn : m.titleVi}`,
        description: `${dmy(m.startDate)} – ${dmy(m.endDate)}, ${lang === "en" ? m.cityEn : m.cityVi}`,
        text: m.searchText,
      })),
      q,
      limit,
    );
  },
});

/** Delegation contacts' grants are labelled "ACCSM 21 — Thailand". */
registerScopeResolver("delegation", {
  async label(db, ids, lang) {
    const valid = ids.filter((id) => UUID.test(id));
    if (!valid.length) return new Map();
    const rows = await db
      .select({ id: delegations.id, nameVi: delegations.nameVi, nameEn: delegations.nameEn, code: meetings.code })
      .from(delegations)
      .innerJoin(meetings, eq(meetings.id, delegations.meetingId))
      .where(inArray(delegations.id, valid));
    return new Map(rows.map((d) => [d.id, `${d.code} — ${lang === "en" ? d.nameEn : d.nameVi}`]));
  },
  async exists(db, id) {
    if (!UUID.test(id)) return false;
    return (await db.select({ id: delegations.id }).from(delegations).where(eq(delegations.id, id))).length > 0;
  },
  /** The latest meeting's delegations first, by name; a search matches the delegation's and the meeting's names. */
  async search(db, q, lang, limit) {
    const rows = await db
      .select({
        id: delegations.id,
        nameVi: delegations.nameVi,
        nameEn: delegations.nameEn,
        searchText: delegations.searchText,
        code: meetings.code,
        titleVi: meetings.titleVi,
        titleEn: meetings.titleEn,
        startDate: meetings.startDate,
      })
      .from(delegations)
      .innerJoin(meetings, eq(meetings.id, delegations.meetingId));
    const name = (d: (typeof rows)[number]) => (lang === "en" ? d.nameEn : d.nameVi);
    rows.sort(
      (a, b) => b.startDate.localeCompare(a.startDate) || a.code.localeCompare(b.code) || compareVi(name(a), name(b)),
    );
    return pickScopes(
      rows.map((d) => ({
        id: d.id,
        label: `${d.code} — ${name(d)}`,
        description: lang === "en" ? d.titleEn : d.titleVi,
        text: [d.searchText, d.code, d.titleVi, d.titleEn].join(" "),
      })),
      q,
      limit,
    );
  },
});
