import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { M, api, type Headers } from "./testing.js";

let t: TestApp;
let a: ReturnType<typeof api>;
let icd: Headers;
const base = (d: string) => `/api/meetings/${M}/delegations/${d}`;

interface Version {
  number: number;
  submittedAt: string;
  submittedByName: string;
  note: string | null;
  delegateCount: number;
}
interface Diff {
  added: { fullName: string }[];
  removed: { fullName: string }[];
  changed: { fullName: string; changes: { field: string; before: unknown; after: unknown }[] }[];
}

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  icd = await t.login("icd@demo.focal");
});
afterAll(async () => t?.close());

describe("demo submission histories", () => {
  it("Japan submitted twice: the focal point was added and the flights changed", async () => {
    const list = (await a.get(`${base(demoDelegationIds.JPN)}/versions`, icd)).json() as Version[];
    expect(list.map((v) => [v.number, v.delegateCount])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(list[0]!.submittedAt < list[1]!.submittedAt).toBe(true);
    expect(list[0]!.note).toMatch(/sample/);
    const d = (await a.get(`${base(demoDelegationIds.JPN)}/versions/1/diff/2`, icd)).json() as Diff;
    expect(d.added.map((x) => x.fullName)).toEqual(["Watanabe Hiroshi"]);
    expect(d.removed).toEqual([]);
    const tanaka = d.changed.find((c) => c.fullName === "Tanaka Kenji")!;
    expect(tanaka.changes).toContainEqual({ field: "arrivalFlight", before: "JL751", after: "VN311" });
  });

  it("the last version of each history is the list as it stands: nothing unsubmitted", async () => {
    for (const key of ["JPN", "SGP", "ASEC"] as const) {
      const u = (await a.get(`${base(demoDelegationIds[key])}/registration/unsubmitted`, icd)).json() as Diff & {
        from: { number: number } | null;
      };
      expect(u.from, key).not.toBeNull();
      expect([u.added.length, u.removed.length, u.changed.length], key).toEqual([0, 0, 0]);
    }
    const asec = (await a.get(`${base(demoDelegationIds.ASEC)}/versions`, icd)).json() as Version[];
    expect(asec.map((v) => v.delegateCount)).toEqual([2, 3, 3]);
  });

  it("Thailand has not submitted yet, so the registration journey starts from an empty history", async () => {
    expect((await a.get(`${base(demoDelegationIds.THA)}/versions`, icd)).json()).toEqual([]);
  });
});
