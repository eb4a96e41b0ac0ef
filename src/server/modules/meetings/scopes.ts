import { eq, inArray } from "drizzle-orm";
import { registerScopeResolver } from "../people/scopes.js";
import { delegations, meetings } from "./schema.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Grants scoped to a meeting (committee member, registration manager, security…) are labelled "ACCSM 21 — title". */
registerScopeResolver("meeting", {
  async label(db, ids, lang) {
    const valid = ids.filter((id) => UUID.test(id));
    if (!valid.length) return new Map();
    const rows = await db.select().from(meetings).where(inArray(meetings.id, valid));
    return new Map(rows.map((m) => [m.id, `${m.code} — ${lang === "en" ? m.titleEn : m.titleVi}`]));
  },
  async exists(db, id) {
    if (!UUID.test(id)) return false;
    return (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id))).length > 0;
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
});
