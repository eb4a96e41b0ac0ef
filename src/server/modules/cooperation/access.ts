import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import type { CoopAccess } from "../../../shared/schemas/cooperation.js";
import { allUnits } from "../people/repo.js";
import { compareVi } from "../../../shared/text.js";
import { coopPermissions } from "./policy.js";
import { documentRegisterPermissions } from "../documents/policy.js";
import { documentIssuers } from "../../../shared/schemas/documents.js";
import { unitRef } from "./present.js";

/** What the caller may do in the register, with the units they may work for (the web's forms and menus). */
export async function coopAccess(ctx: Ctx, actor: Actor): Promise<CoopAccess> {
  const p = coopPermissions(actor);
  const units = p.createActivity
    ? (await allUnits(ctx.db))
        .filter((u) => u.active && (p.units === null || p.units.includes(u.id)))
        .sort((a, b) => compareVi(a.nameVi, b.nameVi))
        .map((u) => unitRef(u, u.id))
    : [];
  return {
    read: p.read,
    readAll: p.readAll,
    createActivity: p.createActivity,
    units,
    proposePlanItems: p.proposePlanItems,
    consolidatePlan: p.consolidatePlan,
    approvePlan: p.approvePlan,
    editPartners: p.editPartners,
    registers: documentIssuers.filter((i) => documentRegisterPermissions(actor, i).read),
  };
}
