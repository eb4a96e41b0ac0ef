/**
 * Reads of delegates' personal data, audited (issue 11 item 2, decision 020). A `full` view carries every personal
 * field (passport, birth date, contact, travel, needs), a `standard` view all but the passport and the birth date,
 * and a `badge` view (name, photo, delegation: what the badge itself shows) none, so it is not recorded.
 */
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { purgedDelegateFields } from "../../../shared/personalData.js";
import { auditPersonalRead } from "../audit/service.js";
import type { DelegateView } from "./policy.js";

const passportFields: readonly string[] = ["passportNumber", "passportExpiry", "dateOfBirth"];

/** The personal fields a view of a delegate carries. */
export function personalFieldsIn(view: DelegateView): readonly string[] {
  if (view === "full") return purgedDelegateFields;
  if (view === "standard") return purgedDelegateFields.filter((f) => !passportFields.includes(f));
  return [];
}

/**
 * Records a read of delegates in a view that carries personal data: one row naming the record read (`delegate`)
 * or the list's scope (`delegation`, `meeting`) and the delegates on the page.
 */
export async function auditDelegateRead(
  db: Executor,
  actor: Actor,
  scope: { entity: "delegate" | "delegation" | "meeting"; id: string },
  view: DelegateView,
  delegateIds: string[],
): Promise<void> {
  const fields = personalFieldsIn(view);
  if (!fields.length) return;
  await auditPersonalRead(db, actor, { entity: scope.entity, entityId: scope.id, view, delegateIds, fields });
}
