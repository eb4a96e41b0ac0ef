/**
 * The units tree for administrators: add a unit under a parent, rename it (Vietnamese and English names), change
 * its code or kind. Each write is one transaction with its audit row; only administrators write.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { peoplePermissions } from "./policy.js";
import { appError } from "../../http/errors.js";
import { audit, registerAuditLabeler } from "../audit/service.js";
import type { NewUnit, UnitPatch } from "../../../shared/schemas/people.js";
import { units } from "./schema.js";
import { peopleErrors } from "./errors.js";
import { insertUnitTx, unitSearchText } from "./repo.js";
import { invalidate, keys } from "../../db/notify.js";

type UnitRow = typeof units.$inferSelect;

// A unit is named in the reader's language, as it is called now.
registerAuditLabeler("unit", async (db, ids, lang) => {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!valid.length) return new Map();
  const rows = await db.select().from(units).where(inArray(units.id, valid));
  return new Map(rows.map((u) => [u.id, lang === "en" ? u.nameEn : u.nameVi]));
});

export function presentUnit(u: UnitRow) {
  return {
    id: u.id,
    parentId: u.parentId,
    code: u.code,
    nameVi: u.nameVi,
    nameEn: u.nameEn,
    kind: u.kind,
    active: u.active,
    version: u.version,
  };
}

async function findUnit(db: Executor, id: string): Promise<UnitRow> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  if (!row) throw appError("UNIT_NOT_FOUND");
  return row;
}

async function ensureCodeFree(db: Executor, code: string, except?: string) {
  const [taken] = await db
    .select({ id: units.id })
    .from(units)
    .where(sql`lower(${units.code}) = lower(${code})`);
  if (taken && taken.id !== except) throw peopleErrors.UNIT_CODE_TAKEN({ code });
}

export type { NewUnit };

/** Adds a unit under a parent (administrators). */
export async function createUnit(ctx: Ctx, actor: Actor, input: NewUnit) {
  ensure(peoplePermissions(actor).manage);
  const nameVi = input.nameVi.trim();
  const nameEn = input.nameEn.trim();
  const code = input.code.trim().toUpperCase();
  if (!nameVi || !nameEn) throw peopleErrors.UNIT_NAME_REQUIRED();
  return ctx.db.transaction(async (tx) => {
    await findUnit(tx, input.parentId);
    await ensureCodeFree(tx, code);
    const row = {
      id: crypto.randomUUID(),
      parentId: input.parentId,
      code,
      nameVi,
      nameEn,
      kind: input.kind,
    };
    const created = await insertUnitTx(tx, row);
    await audit(tx, actor, { action: "unit.create", entity: "unit", entityId: row.id, after: created });
    return presentUnit(created);
  });
}

export type { UnitPatch };

/** Renames a unit or moves it under another parent (administrators); stale `version` → 409. */
export async function updateUnit(ctx: Ctx, actor: Actor, id: string, patch: UnitPatch) {
  ensure(peoplePermissions(actor).manage);
  if ((patch.nameVi !== undefined && !patch.nameVi.trim()) || (patch.nameEn !== undefined && !patch.nameEn.trim()))
    throw peopleErrors.UNIT_NAME_REQUIRED();
  return ctx.db.transaction(async (tx) => {
    const before = await findUnit(tx, id);
    const code = patch.code?.trim().toUpperCase();
    if (code && code !== before.code) await ensureCodeFree(tx, code, id);
    if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
      // The new parent must exist and must not be the unit itself or below it.
      let cursor: string | null = patch.parentId;
      while (cursor) {
        if (cursor === id) throw peopleErrors.UNIT_PARENT_LOOP();
        cursor = (await findUnit(tx, cursor)).parentId;
      }
    }
    const next = {
      nameVi: patch.nameVi?.trim() ?? before.nameVi,
      nameEn: patch.nameEn?.trim() ?? before.nameEn,
      code: code ?? before.code,
      kind: patch.kind ?? before.kind,
      parentId: patch.parentId ?? before.parentId,
    };
    const updated = await tx
      .update(units)
      .set({
        ...next,
        searchText: unitSearchText(next),
        version: sql`${units.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(units.id, id), eq(units.version, patch.version)))
      .returning();
    const [after] = updated;
    if (!after) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    // A unit's name is shown by /api/me (the user's unit, unit-scoped grants): every cached answer goes.
    await invalidate(tx, keys.labels, ctx.database.notices);
    await audit(tx, actor, { action: "unit.update", entity: "unit", entityId: id, before, after });
    return presentUnit(after);
  });
}
