import type { Db } from "../../db/client.js";
import { seedCommitteeMembers } from "./seed/committee.js";
import { seedCommitteeTasks } from "./seed/tasks.js";
import { seedScripts } from "./seed/scripts.js";
// contingency plans (helper D)
import { seedContingencies } from "./seed/contingencies.js";

/**
 * The organising committee of ACCSM 21 from seed 000 (issue 13): the committee and its three sub-committees with
 * their members, the tasks the Minister's conclusions name, the detailed scripts of the Heads meeting's opening and of
 * the Heads+3 meeting, the contingency plans. Each area seeds its own file under `seed/`, in this order.
 */
export async function seedCommittee(db: Db): Promise<void> {
  await seedCommitteeMembers(db);
  await seedCommitteeTasks(db);
  // contingency plans: after the members, who are responsible
  await seedContingencies(db);
  // scripts: after the members and the contingency plans (it names the heads and links the plans)
  await seedScripts(db);
}
