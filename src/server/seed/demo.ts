import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { settings } from "../modules/system/schema.js";
import { seedPeople } from "../modules/people/seed.js";
import { seedMeetings } from "../modules/meetings/seed.js";
import { seedRegistration } from "../modules/registration/seed.js";
import { seedWorkplans } from "../modules/workplans/seed.js";
import { seedTargets } from "../modules/targets/seed.js";
import { seedCooperation } from "../modules/cooperation/seed.js";
import { seedCommittee } from "../modules/committee/seed.js";
// people and logistics (issue 14)
import { seedLiaison } from "../modules/liaison/seed.js";
import { seedLodging } from "../modules/lodging/seed.js";
import { seedTransfers } from "../modules/transfers/seed.js";
import { seedMeals } from "../modules/meals/seed.js";
import { seedSecurity } from "../modules/security/seed.js";
import { seedHealth } from "../modules/health/seed.js";

/** Each module's demo seed, in dependency order. A seed receives the unit ids by code. */
type Seeder = (db: Db, unitIds: Map<string, string>) => Promise<void>;
const seeders: Seeder[] = [
  seedMeetings,
  seedRegistration,
  seedWorkplans,
  seedTargets,
  seedCooperation,
  seedCommittee,
  // people and logistics (issue 14): hotels before transfers and security, which name them
  seedLiaison,
  seedLodging,
  seedTransfers,
  seedMeals,
  seedSecurity,
  seedHealth,
];

/** Loads the ACCSM 21 demo data once, on the first start of an empty database. Returns true when it seeded. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const [done] = await db.select().from(settings).where(eq(settings.key, "demo_seeded"));
  if (done) return false;
  const { users } = await import("../modules/people/schema.js");
  const existing = await db.select({ id: users.id }).from(users).limit(1);
  if (existing.length) return false;
  const unitIds = await seedPeople(db);
  for (const s of seeders) await s(db, unitIds);
  await db.insert(settings).values({ key: "demo_seeded", value: new Date().toISOString() });
  return true;
}
