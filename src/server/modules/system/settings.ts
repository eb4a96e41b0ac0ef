import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { settings } from "./schema.js";

/** One installation-wide value, or null when it was never set. */
export async function getSetting(db: Executor, key: string): Promise<string | null> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value ?? null;
}

/**
 * The value under `key`, created with `create()` the first time. Two processes racing on the first call both end
 * up with the one value that was stored first (insert … on conflict do nothing, then read back).
 */
export async function getOrCreateSetting(db: Executor, key: string, create: () => string): Promise<string> {
  const existing = await getSetting(db, key);
  if (existing !== null) return existing;
  await db.insert(settings).values({ key, value: create() }).onConflictDoNothing({ target: settings.key });
  const stored = await getSetting(db, key);
  if (stored === null) throw new Error(`setting ${key} could not be stored`);
  return stored;
}
