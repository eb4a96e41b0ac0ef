import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { freshDatabase } from "../test/harness.js";
import { queryRows, type Database } from "./client.js";
import { escapeLike, matchesWords } from "./search.js";
import { fold } from "../../shared/text.js";

let database: Database;
beforeAll(async () => {
  database = await freshDatabase({ demo: false });
  await database.db.execute(sql`create table search_probe (id int primary key, search_text text not null)`);
  const texts = ["pham thi thanh tra", "100% done", "a_b c", "back\\slash", "lukasz nowak"];
  for (const [i, t] of texts.entries()) {
    await database.db.execute(sql`insert into search_probe values (${i}, ${t})`);
  }
});
afterAll(async () => database?.close());

const probe = async (q: string) => {
  const where = matchesWords(sql.raw("search_text"), q);
  const rows = await queryRows<{ search_text: string }>(
    database.db,
    sql`select search_text from search_probe ${where ? sql`where ${where}` : sql``} order by id`,
  );
  return rows.map((r) => r.search_text);
};

describe("matchesWords", () => {
  it("no words, no condition", () => {
    expect(matchesWords(sql.raw("search_text"), "")).toBeUndefined();
    expect(matchesWords(sql.raw("search_text"), "  \t ")).toBeUndefined();
    expect(matchesWords(sql.raw("search_text"), undefined)).toBeUndefined();
  });

  it("escapes the LIKE wildcards and the escape character", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });

  it("every folded word, in any order; %, _ and \\ are literal", async () => {
    expect(await probe("THANH trà Phạm")).toEqual(["pham thi thanh tra"]);
    expect(await probe("thanh nguyen")).toEqual([]);
    expect(await probe("%")).toEqual(["100% done"]);
    expect(await probe("_")).toEqual(["a_b c"]);
    expect(await probe("a%b")).toEqual([]);
    expect(await probe("a_b")).toEqual(["a_b c"]);
    expect(await probe("\\")).toEqual(["back\\slash"]);
    expect(await probe("Łukasz")).toEqual(["lukasz nowak"]);
    expect((await probe("")).length).toBe(5);
  });
});

describe("migration 0001_refold_search_text", () => {
  /** fold() before the letters table: đ was its only letter. */
  const oldFold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();

  it("turns search_text folded the old way into fold() of the same text", async () => {
    const file = fs.readFileSync(new URL("./migrations/0001_refold_search_text.sql", import.meta.url), "utf8");
    const users = file.split("--> statement-breakpoint").find((s) => s.includes('UPDATE "users"'));
    expect(users).toBeTruthy();
    const texts = [
      "Łukasz Øyvind Kowalczyk",
      "ÆRØ Œuvre Straße STRAẞE",
      "Işık İstanbul Þórður Guðmundsson",
      "Ħal Far Ŧ Ŋ Ŀ Ĳ ſ",
      "Phạm Thị Thanh Trà Đà Nẵng",
    ];
    await database.db.execute(sql`create table refold_probe (id int primary key, search_text text not null)`);
    for (const [i, t] of texts.entries()) {
      await database.db.execute(sql`insert into refold_probe values (${i}, ${oldFold(t)})`);
    }
    await database.db.execute(sql.raw(users!.replace('UPDATE "users"', 'UPDATE "refold_probe"')));
    const rows = await queryRows<{ search_text: string }>(
      database.db,
      sql`select search_text from refold_probe order by id`,
    );
    expect(rows.map((r) => r.search_text)).toEqual(texts.map(fold));
  });
});
