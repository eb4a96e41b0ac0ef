/**
 * Vietnamese name order in the database (issue 15, point 8): lists order by the stored key `name_sort`
 * (`viNameSortKey`) byte by byte, and that order must be exactly `compareViNames`' — given name first, Đ after D,
 * the tones (ngang, huyền, hỏi, ngã, sắc, nặng), ă â ê ô ơ ư as letters of their own, case, numbers by value, a
 * bracketed note aside. The key is written with every insert and rename, and computed at start for older rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { compareViNames, viNameSortKey } from "../../../shared/text.js";
import { delegates } from "./schema.js";
import { insertDelegatesTx, pageDelegateRows, type DelegateInput } from "./delegates.js";
import { fillNameSortKeys } from "./repo.js";
import { demoDelegationIds } from "./seed.js";
import { getMeetingRow } from "./service.js";

const M = demoIds.meetingAccsm21;
const LAO = demoDelegationIds.LAO;

/** Names that sort wrongly under any simpler rule (byte order, folded text, family name first, one level). */
const tricky = [
  "Nguyễn Văn Đức",
  "Nguyễn Văn Dũng",
  "Trần Thị Du",
  "Lê Đình Dự",
  "Đặng Dư",
  "Phạm Anh",
  "Phạm Ánh",
  "Phạm Ành",
  "Phạm Ảnh",
  "Phạm Ãnh",
  "Phạm Ạnh",
  "phạm anh",
  "PHẠM ANH",
  "Võ Thị Ằn",
  "Bùi Ăn",
  "Hoàng Ân",
  "Đặng An",
  "Dương An",
  "Đỗ Thị Hà (mẫu)",
  "Đỗ Thị Hà",
  "Đỗ Thị Hà (sample) (mẫu)",
  "Ngô Hạ",
  "Ngô Hả",
  "Lý Ơn",
  "Lý Ôn",
  "Lý On",
  "Mai Ưu",
  "Mai Uyên",
  "Mai Ước",
  "Đinh Minh 2",
  "Đinh Minh 10",
  "Đinh Minh 1",
  "Trà",
  "Tra",
  "Trá",
  "Đức Nguyễn",
  "Duc Nguyen",
  "Łukasz Nowak",
  "Lukasz Nowak",
  "Zoë Müller",
  "Zoe Muller",
  "Lars Ørsted",
  "Seán O’Brien",
  "Seán O'Brien",
  "Anne-Marie Dubois",
  "Marie Anne Dubois",
  "Thomas Straße",
  "Thomas Strasse",
  "Somchai Srisuk",
  "สมชาย ใจดี",
  "เกศินี แก้วมณี",
  "กมล ทองดี",
  "김민준",
  "이서연",
  "王伟",
  "李娜",
  "さくら",
  "ខេមរា",
  "အောင်",
];

let t: TestApp;
let icd: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  const meeting = await getMeetingRow(t.ctx.db, M);
  if (!meeting) throw new Error("no demo meeting");
  const inputs: DelegateInput[] = tricky.map((fullName) => ({ fullName, role: "member" }));
  await t.ctx.db.transaction((tx) => insertDelegatesTx(tx, null, meeting, LAO, inputs));
}, 120_000);
afterAll(async () => t?.close());

const expected = () => [...tricky].sort(compareViNames);
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("the name key", () => {
  it("orders every pair of tricky names as compareViNames does", () => {
    for (const a of tricky)
      for (const b of tricky)
        expect(Math.sign(byteOrder(viNameSortKey(a), viNameSortKey(b))), `${a} / ${b}`).toBe(
          Math.sign(compareViNames(a, b)),
        );
  });

  it("is printable ASCII and bounded, whatever the name", () => {
    for (const name of [...tricky, "A".repeat(200), "Đặng ".repeat(40).trim()]) {
      const key = viNameSortKey(name);
      expect(key).toMatch(/^[ -o]+$/);
      expect(key.length).toBeLessThanOrEqual(2400);
    }
  });
});

describe("lists in the database's order", () => {
  it("a delegation's pages come in compareViNames order, Đ, tones and given name first included", async () => {
    const names: string[] = [];
    for (let offset = 0; ; offset += 7) {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/meetings/${M}/delegations/${LAO}/delegates?limit=7&offset=${offset}`,
        headers: icd,
      });
      expect(res.statusCode).toBe(200);
      const page = res.json<{ fullName: string }[]>();
      names.push(...page.map((d) => d.fullName));
      if (page.length < 7) break;
    }
    const lao = names.filter((n) => tricky.includes(n));
    expect(lao).toEqual(expected());
    // Every page together is the whole delegation, each delegate once, and the whole list is in name order.
    expect(names).toEqual([...names].sort(compareViNames));
  });

  it("a search keeps the order and pages within the matches", async () => {
    const { rows, total } = await pageDelegateRows(t.ctx.db, M, {
      q: "pham anh",
      delegationId: LAO,
      limit: 3,
      offset: 2,
    });
    const all = tricky.filter((n) => /^ph[aạ]m [aàáảãạ]nh$/i.test(n)).sort(compareViNames);
    expect(total).toBe(all.length);
    expect(rows.map((r) => r.row.fullName)).toEqual(all.slice(2, 5));
  });

  it("a renamed delegate moves to their new place", async () => {
    const [d] = await t.ctx.db
      .select()
      .from(delegates)
      .where(and(eq(delegates.delegationId, LAO), eq(delegates.fullName, "Trà")));
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/meetings/${M}/delegations/${LAO}/delegates/${d!.id}`,
      headers: icd,
      payload: { version: d!.version, fullName: "Nguyễn Thị Ấm" },
    });
    expect(res.statusCode).toBe(200);
    const [after] = await t.ctx.db.select().from(delegates).where(eq(delegates.id, d!.id));
    expect(after!.nameSort).toBe(viNameSortKey("Nguyễn Thị Ấm"));
    const { rows } = await pageDelegateRows(t.ctx.db, M, { delegationId: LAO, limit: 500 });
    const names = rows.map((r) => r.row.fullName);
    expect(names).toEqual([...names].sort(compareViNames));
    await t.app.inject({
      method: "PATCH",
      url: `/api/meetings/${M}/delegations/${LAO}/delegates/${d!.id}`,
      headers: icd,
      payload: { version: after!.version, fullName: "Trà" },
    });
  });

  it("rows written before the key existed get it at start (fillNameSortKeys), and then sort right", async () => {
    await t.ctx.db.execute(sql`update delegates set name_sort = '' where delegation_id = ${LAO}`);
    const filled = await fillNameSortKeys(t.ctx.db);
    expect(filled).toBeGreaterThanOrEqual(tricky.length);
    expect(await fillNameSortKeys(t.ctx.db)).toBe(0);
    const rows = await t.ctx.db
      .select({ fullName: delegates.fullName, nameSort: delegates.nameSort })
      .from(delegates)
      .where(eq(delegates.delegationId, LAO))
      .orderBy(sql`${delegates.nameSort} collate "C"`, delegates.id);
    for (const r of rows) expect(r.nameSort).toBe(viNameSortKey(r.fullName));
    expect(rows.map((r) => r.fullName).filter((n) => tricky.includes(n))).toEqual(expected());
  });

  it("keys written under another rule (or another ICU) are all computed again at start", async () => {
    await t.ctx.db.execute(sql`update delegates set name_sort = 'stale ' || name_sort where delegation_id = ${LAO}`);
    const [count] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(delegates);
    expect(await fillNameSortKeys(t.ctx.db)).toBe(Number(count?.n));
    const rows = await t.ctx.db.select({ fullName: delegates.fullName, nameSort: delegates.nameSort }).from(delegates);
    for (const r of rows) expect(r.nameSort).toBe(viNameSortKey(r.fullName));
  });
});
