import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Type } from "typebox";
import { createTestApp, type TestApp } from "../test/harness.js";
import { demoIds } from "../seed/ids.js";
import { demoDelegationIds } from "../modules/meetings/seed.js";
import { Nullable, StringEnum } from "./schemas.js";

describe("Nullable", () => {
  it("is OpenAPI's nullable on a typed schema, and lets null into an enum", () => {
    expect(Nullable(Type.String())).toEqual({ type: "string", nullable: true });
    expect(Nullable(StringEnum(["a", "b"]))).toEqual({ type: "string", enum: ["a", "b", null], nullable: true });
    expect(Nullable(Type.Union([Type.String(), Type.Integer()]))).toMatchObject({
      anyOf: [{ anyOf: [{ type: "string" }, { type: "integer" }] }, { type: "null" }],
    });
  });

  describe("in a route", () => {
    let t: TestApp;
    let icd: Record<string, string>;
    const base = `/api/meetings/${demoIds.meetingAccsm21}/delegations/${demoDelegationIds.THA}/delegates`;
    beforeAll(async () => {
      t = await createTestApp();
      icd = await t.login("icd@demo.focal");
    });
    afterAll(async () => t?.close());

    it("takes a nullable enum sent as null: a delegate added and then edited with no gender", async () => {
      const added = await t.app.inject({
        method: "POST",
        url: base,
        headers: icd,
        payload: { fullName: "Gender Unknown (test)", gender: null },
      });
      expect(added.statusCode, added.body).toBe(201);
      const d = added.json() as { id: string; gender: string | null; version: number };
      expect(d.gender).toBeNull();

      const female = await t.app.inject({
        method: "PATCH",
        url: `${base}/${d.id}`,
        headers: icd,
        payload: { version: d.version, gender: "female" },
      });
      expect(female.statusCode, female.body).toBe(200);
      const cleared = await t.app.inject({
        method: "PATCH",
        url: `${base}/${d.id}`,
        headers: icd,
        payload: { version: (female.json() as { version: number }).version, gender: null },
      });
      expect(cleared.statusCode, cleared.body).toBe(200);
      expect((cleared.json() as { gender: string | null }).gender).toBeNull();

      const wrong = await t.app.inject({
        method: "PATCH",
        url: `${base}/${d.id}`,
        headers: icd,
        payload: { version: (cleared.json() as { version: number }).version, gender: "unknown" },
      });
      expect(wrong.statusCode).toBe(400);
    });
  });
});
