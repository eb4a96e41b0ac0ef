/**
 * The embedded database's starting point, written once by the build (scripts/build.mjs) instead of at every new data
 * directory: PGlite's initdb and the replay of every migration take several seconds of WebAssembly, loading a dump of
 * their result about one. The dump sits in dist/ with the list of migrations it holds; a new data directory starts
 * from it only when that list is the start of the migrations this code carries (the rest are applied as usual).
 */
import fs from "node:fs";
import path from "node:path";
import { dbTemplate, migrationsFolder } from "../paths.js";

interface TemplateInfo {
  /** The migrations the dump holds, by tag, in order. */
  migrations: string[];
}

/** The tags of the migrations this code carries, in order (drizzle's journal). */
export function migrationTags(): string[] {
  const journal: unknown = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"));
  if (typeof journal !== "object" || journal === null || !("entries" in journal) || !Array.isArray(journal.entries)) {
    return [];
  }
  return journal.entries.flatMap((e: unknown) =>
    typeof e === "object" && e !== null && "tag" in e && typeof e.tag === "string" ? [e.tag] : [],
  );
}

const infoFile = () => `${dbTemplate}.json`;

/** The build's dump of an empty, migrated database, when it matches these migrations; otherwise undefined. */
export function freshDatabaseTemplate(): Blob | undefined {
  try {
    if (!fs.existsSync(dbTemplate) || !fs.existsSync(infoFile())) return undefined;
    const info: unknown = JSON.parse(fs.readFileSync(infoFile(), "utf8"));
    if (typeof info !== "object" || info === null || !("migrations" in info) || !Array.isArray(info.migrations)) {
      return undefined;
    }
    const held: unknown[] = info.migrations;
    const tags = migrationTags();
    if (held.length > tags.length || held.some((t, i) => t !== tags[i])) return undefined;
    return new Blob([fs.readFileSync(dbTemplate)]);
  } catch {
    return undefined; // an unreadable template only costs the slow path
  }
}

/** Writes the dump of an empty database with every migration applied (the build calls it). */
export async function writeDatabaseTemplate(): Promise<void> {
  const { openDatabase } = await import("./client.js");
  const database = await openDatabase({ databaseUrl: null, dataDir: "memory://" });
  try {
    const pglite = database.pglite;
    if (!pglite) throw new Error("the template is PGlite's");
    const dump = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
    fs.mkdirSync(path.dirname(dbTemplate), { recursive: true });
    const tmp = `${dbTemplate}.${process.pid}`;
    fs.writeFileSync(tmp, dump);
    fs.renameSync(tmp, dbTemplate);
    const info: TemplateInfo = { migrations: migrationTags() };
    fs.writeFileSync(infoFile(), JSON.stringify(info));
  } finally {
    await database.close();
  }
}
