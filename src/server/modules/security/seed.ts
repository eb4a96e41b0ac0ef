import type { Db } from "../../db/client.js";

/** ACCSM 21's demo data for this area (issue 14, point 7). */
export async function seedSecurity(_db: Db): Promise<void> {}
