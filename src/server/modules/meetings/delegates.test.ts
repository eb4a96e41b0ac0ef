import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { delegates, delegations } from "./schema.js";
import { demoDelegationIds } from "./seed.js";
import { isNormalisedPhoto } from "./photos.js";
import { compareViNames } from "../../../shared/text.js";

let t: TestApp;
let icd: Record<string, string>;
let reg: Record<string, string>;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const LAO = demoDelegationIds.LAO;
const base = `/api/meetings/${M}/delegations`;

type Delegate = Record<string, unknown> & {
  id: string;
  fullName: string;
  version: number;
  accreditationStatus: string;
};
interface Delegation {
  id: string;
  country: string | null;
  countryNameVi: string | null;
  countryNameEn: string | null;
  nameEn: string;
  category: string;
  head: { fullName: string } | null;
  contactName: string | null;
  contactEmail: string | null;
  counts: { total: number; pending: number; accredited: number; rejected: number };
  version: number;
}

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  reg = await t.login("registration@demo.focal");
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: "GET", url, headers });
const send = (
  method: "POST" | "PATCH" | "DELETE" | "PUT",
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
) => t.app.inject({ method, url, headers, payload: payload as Record<string, unknown> });

async function count() {
  const [d] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(delegates);
  const [g] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(delegations);
  const [a] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return { delegates: Number(d!.n), delegations: Number(g!.n), audit: Number(a!.n) };
}

async function list(delegationId: string, headers = icd): Promise<Delegate[]> {
  const res = await get(`${base}/${delegationId}/delegates`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A valid new delegate; override any field. */
function buildDelegate(over: Record<string, unknown> = {}) {
  return {
    fullName: "Somsak Test",
    honorific: "Mr.",
    gender: "male",
    role: "member",
    position: "Officer (sample)",
    nationality: "tha",
    passportNumber: `aa ${Math.floor(Math.random() * 9_000_000 + 1_000_000)}`,
    passportExpiry: "2030-01-01",
    dateOfBirth: "1980-05-17",
    arrivalDate: "2022-08-02",
    arrivalTime: "12:15",
    arrivalFlight: "tg 560",
    arrivalAirport: "han",
    departureDate: "2022-08-06",
    departureTime: "19:10",
    ...over,
  };
}

describe("delegations: the API contract", () => {
  it("15 delegations: 10 ASEAN members (Viet Nam as host), the +3, Australia's APSC and the ASEAN Secretariat", async () => {
    const res = await get(base, icd);
    expect(res.statusCode).toBe(200);
    const ds = res.json() as Delegation[];
    expect(ds).toHaveLength(15);
    const by = (c: string | null) => ds.find((d) => d.country === c)!;
    expect(by("VNM").category).toBe("host");
    expect(
      ds
        .filter((d) => d.category === "asean_member")
        .map((d) => d.country)
        .sort(),
    ).toEqual(["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA"].sort());
    expect(
      ds
        .filter((d) => d.category === "plus_three")
        .map((d) => d.country)
        .sort(),
    ).toEqual(["CHN", "JPN", "KOR"]);
    expect(by("AUS")).toMatchObject({ category: "dialogue_partner", nameEn: "Australian Public Service Commission" });
    expect(by(null)).toMatchObject({ category: "secretariat", nameEn: "ASEAN Secretariat", countryNameVi: null });
    expect(by("THA")).toMatchObject({
      countryNameVi: "Thái Lan",
      countryNameEn: "Thailand",
      contactEmail: "contact.thailand@demo.focal",
    });
    expect(by("MYS").countryNameVi).toBe("Malaysia");
    for (const d of ds) {
      expect(d.head, d.nameEn).not.toBeNull();
      expect(d.counts.total).toBeGreaterThanOrEqual(3);
      expect(d.counts.total).toBe(d.counts.pending + d.counts.accredited + d.counts.rejected);
    }
  });

  it("sample delegates carry the sample flag (not a remark in their position); delegates are sorted by name", async () => {
    const tha = await list(THA);
    expect(tha.length).toBeGreaterThanOrEqual(3);
    expect(tha.every((d) => d.sample === true && !String(d.position).includes("(sample)"))).toBe(true);
    const names = tha.map((d) => d.fullName);
    expect([...names].sort(compareViNames)).toEqual(names);
    expect(
      tha.every(
        (d) => d.arrivalAirport === "HAN" && ["2022-08-01", "2022-08-02", "2022-08-03"].includes(String(d.arrivalDate)),
      ),
    ).toBe(true);
  });
});

describe("privacy of delegates", () => {
  it("the ICD and the registration manager see passport data and dates of birth", async () => {
    for (const h of [icd, reg]) {
      const d = (await list(THA, h))[0]!;
      expect(d.passportNumber).toMatch(/^AA\d+$/);
      expect(d.passportExpiry).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("committee members, liaison and health officers get them as null, in lists, details and search", async () => {
    for (const who of ["committee@demo.focal", "liaison@demo.focal", "health@demo.focal"]) {
      const h = await t.login(who);
      const ds = await list(THA, h);
      expect(ds.length).toBeGreaterThan(0);
      for (const d of ds) {
        expect(d.passportNumber, who).toBeNull();
        expect(d.passportExpiry).toBeNull();
        expect(d.dateOfBirth).toBeNull();
        expect(d.position).toBeTruthy();
      }
      const one = await get(`${base}/${THA}/delegates/${ds[0]!.id}`, h);
      expect(one.json().passportNumber).toBeNull();
      const all = await get(`/api/meetings/${M}/delegates?q=anan`, h);
      expect(all.statusCode).toBe(200);
      expect(all.json()[0].passportNumber).toBeNull();
      expect(all.body).not.toMatch(/"AA\d{5,}/);
    }
  });

  it("security officers get the photo, the name and the delegation only", async () => {
    const h = await t.login("security@demo.focal");
    const ds = await list(THA, h);
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds)
      expect(Object.keys(d).sort()).toEqual(["delegationId", "fullName", "id", "meetingId", "photoUrl"]);
    const delegationsSeen = (await get(base, h)).json() as Delegation[];
    expect(delegationsSeen.every((d) => d.contactEmail === null && d.contactName === null)).toBe(true);
    expect((await get(`${base}/${THA}`, h)).json().contactEmail).toBeNull();
  });

  it("someone without a grant on this meeting sees none of its delegates", async () => {
    const h = await t.login("unit.napa@demo.focal");
    expectError(await get(`${base}/${THA}/delegates`, h), 403, "FORBIDDEN");
    expectError(await get(`/api/meetings/${M}/delegates`, h), 403, "FORBIDDEN");
  });
});

describe("a delegation contact", () => {
  it("sees only their own delegation, with its personal data", async () => {
    const h = await t.login("contact.thailand@demo.focal");
    const ds = (await get(base, h)).json() as Delegation[];
    expect(ds.map((d) => d.id)).toEqual([THA]);
    const own = await list(THA, h);
    expect(own[0]!.passportNumber).toMatch(/^AA/);
    const m = (await get(`/api/meetings/${M}`, h)).json();
    expect(m.permissions).toMatchObject({ manageDelegations: false, allDelegations: false, ownDelegationIds: [THA] });
  });

  it("cannot read Laos's delegation or delegates, by id or by guessing, nor the meeting-wide list", async () => {
    const h = await t.login("contact.thailand@demo.focal");
    const lao = await list(LAO, icd);
    expectError(await get(`${base}/${LAO}`, h), 403, "FORBIDDEN");
    expectError(await get(`${base}/${LAO}/delegates`, h), 403, "FORBIDDEN");
    expectError(await get(`${base}/${LAO}/delegates/${lao[0]!.id}`, h), 403, "FORBIDDEN");
    expectError(await get(`${base}/${LAO}/delegates/${lao[0]!.id}/photo`, h), 403, "FORBIDDEN");
    // A Lao delegate's id under Thailand's delegation path finds nothing.
    expectError(await get(`${base}/${THA}/delegates/${lao[0]!.id}`, h), 404, "DELEGATE_NOT_FOUND");
    // An id that does not exist looks the same as one that is not theirs.
    expectError(await get(`${base}/${crypto.randomUUID()}/delegates`, h), 403, "FORBIDDEN");
    expectError(await get(`/api/meetings/${M}/delegates`, h), 403, "FORBIDDEN");
    const searched = (await get(`${base}?q=lao`, h)).json() as Delegation[];
    expect(searched).toEqual([]);
  });

  it("cannot write through the host's routes, not even to their own delegation", async () => {
    const h = await t.login("contact.thailand@demo.focal");
    const own = await list(THA, h);
    const before = await count();
    expectError(await send("POST", `${base}/${THA}/delegates`, h, buildDelegate()), 403, "FORBIDDEN");
    expectError(
      await send("PATCH", `${base}/${THA}/delegates/${own[0]!.id}`, h, { version: own[0]!.version, hotel: "x" }),
      403,
      "FORBIDDEN",
    );
    expectError(await send("PATCH", `${base}/${LAO}`, h, { version: 1, contactName: "x" }), 403, "FORBIDDEN");
    expect(await count()).toEqual(before);
  });
});

describe("delegates: writes by the host", () => {
  it("the registration manager adds a delegate; input is normalised and searchable without diacritics", async () => {
    const res = await send(
      "POST",
      `${base}/${THA}/delegates`,
      reg,
      buildDelegate({ fullName: "Nguyễn Thị Hồng Nhung", nationality: "VNM", passportNumber: "c 123 4567" }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json() as Delegate;
    expect(d).toMatchObject({
      nationality: "VNM",
      passportNumber: "C1234567",
      arrivalFlight: "TG560",
      arrivalAirport: "HAN",
      arrivalTime: "12:15",
      accreditationStatus: "pending",
    });
    const found = (
      await get(`${base}/${THA}/delegates?q=${encodeURIComponent("nguyen thi hong")}`, reg)
    ).json() as Delegate[];
    expect(found.map((x) => x.id)).toEqual([d.id]);
    const found2 = (await get(`/api/meetings/${M}/delegates?q=NGUYỄN`, reg)).json() as Delegate[];
    expect(found2.map((x) => x.id)).toContain(d.id);
    const [a] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, d.id), eq(auditLog.action, "delegate.create")));
    expect(a).toBeTruthy();
  });

  it("bad input gets 400 (or 409 for a duplicate passport) and stores nothing", async () => {
    // Reading the list is itself audited (personal_data.read), so the count starts after it.
    const existing = (await list(THA, reg)).find((d) => d.passportNumber)!;
    const before = await count();
    const cases: [Record<string, unknown>, number, string][] = [
      [buildDelegate({ fullName: "" }), 400, "VALIDATION_FAILED"],
      [buildDelegate({ nationality: "XYZ" }), 400, "COUNTRY_INVALID"],
      [buildDelegate({ nationality: "TH" }), 400, "VALIDATION_FAILED"],
      [buildDelegate({ passportExpiry: "2022-08-05" }), 400, "PASSPORT_EXPIRES"],
      [buildDelegate({ dateOfBirth: "2030-01-01" }), 400, "BIRTH_DATE_INVALID"],
      [buildDelegate({ dateOfBirth: "17/05/1980" }), 400, "VALIDATION_FAILED"],
      [buildDelegate({ departureDate: "2022-08-01" }), 400, "DEPARTURE_BEFORE_ARRIVAL"],
      [buildDelegate({ arrivalTime: "25:00" }), 400, "VALIDATION_FAILED"],
      [buildDelegate({ role: "minister" }), 400, "VALIDATION_FAILED"],
      [buildDelegate({ email: "not-an-email" }), 400, "VALIDATION_FAILED"],
      [buildDelegate({ sessionIds: [crypto.randomUUID()] }), 400, "UNKNOWN_SESSION"],
      [buildDelegate({ passportNumber: existing.passportNumber }), 409, "DUPLICATE_PASSPORT"],
    ];
    for (const [payload, status, code] of cases) {
      expectError(await send("POST", `${base}/${THA}/delegates`, reg, payload), status, code);
    }
    const e = expectError(await send("POST", `${base}/${THA}/delegates`, reg, cases[3]![0]), 400);
    expect(e.message).toBe("Hộ chiếu hết hạn trước khi hội nghị kết thúc.");
    expect(await count()).toEqual(before);
  });

  it("a stale edit gets 409 and changes nothing", async () => {
    const d = (await list(THA, reg))[0]!;
    const ok = await send("PATCH", `${base}/${THA}/delegates/${d.id}`, reg, { version: d.version, hotel: "Hotel A" });
    expect(ok.statusCode, ok.body).toBe(200);
    expectError(
      await send("PATCH", `${base}/${THA}/delegates/${d.id}`, icd, { version: d.version, hotel: "Hotel B" }),
      409,
      "VERSION_CONFLICT",
    );
    expect((await get(`${base}/${THA}/delegates/${d.id}`, icd)).json().hotel).toBe("Hotel A");
  });

  it("changing an identity field sends an accredited delegate back to pending; other fields do not", async () => {
    let d = (await list(THA, reg)).find((x) => x.accreditationStatus === "accredited")!;
    const hotel = await send("PATCH", `${base}/${THA}/delegates/${d.id}`, reg, {
      version: d.version,
      dietary: "Vegetarian",
    });
    expect(hotel.json().accreditationStatus).toBe("accredited");
    d = hotel.json();
    const same = await send("PATCH", `${base}/${THA}/delegates/${d.id}`, reg, {
      version: d.version,
      fullName: d.fullName,
    });
    expect(same.json().accreditationStatus).toBe("accredited");
    d = same.json();
    const passport = await send("PATCH", `${base}/${THA}/delegates/${d.id}`, reg, {
      version: d.version,
      passportNumber: "AB9999999",
    });
    expect(passport.statusCode, passport.body).toBe(200);
    expect(passport.json().accreditationStatus).toBe("pending");
  });

  it("committee members and security officers cannot write delegates or delegations", async () => {
    const d = (await list(THA, reg))[0]!;
    const before = await count();
    for (const who of ["committee@demo.focal", "security@demo.focal", "liaison@demo.focal"]) {
      const h = await t.login(who);
      expectError(await send("POST", `${base}/${THA}/delegates`, h, buildDelegate()), 403, "FORBIDDEN");
      expectError(
        await send("PATCH", `${base}/${THA}/delegates/${d.id}`, h, { version: d.version, hotel: "x" }),
        403,
        "FORBIDDEN",
      );
      expectError(await send("DELETE", `${base}/${THA}/delegates/${d.id}?version=${d.version}`, h), 403, "FORBIDDEN");
      expectError(await send("POST", base, h, { country: "IND", category: "observer" }), 403, "FORBIDDEN");
    }
    const after = await count();
    expect(after.delegates).toBe(before.delegates);
    expect(after.delegations).toBe(before.delegations);
  });

  it("photos: images only, stored as the badge's JPEG; the door sees the photo", async () => {
    const d = (await list(THA, reg))[0]!;
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    expectError(
      await send("PUT", `${base}/${THA}/delegates/${d.id}/photo`, reg, {
        data: Buffer.from("GIF89a....").toString("base64"),
      }),
      400,
      "PHOTO_UNREADABLE",
    );
    const up = await send("PUT", `${base}/${THA}/delegates/${d.id}/photo`, reg, { data: png.toString("base64") });
    expect(up.statusCode, up.body).toBe(200);
    const url = up.json().photoUrl as string;
    expect(url).toMatch(/\/photo\?v=/);
    const sec = await t.login("security@demo.focal");
    const img = await get(url, sec);
    expect(img.statusCode).toBe(200);
    // Normalised at upload (meetings/photos.test.ts): a JPEG of the badge's photo box.
    expect(img.headers["content-type"]).toBe("image/jpeg");
    expect(await isNormalisedPhoto(img.rawPayload)).toBe(true);
    expect((await list(THA, sec)).find((x) => x.id === d.id)!.photoUrl).toBe(url);
  });
});

describe("delegations: writes by the host", () => {
  it("adds an observer (names from the country), refuses a second delegation for a country, edits with 409 on stale", async () => {
    const res = await send("POST", base, reg, { country: "IND", category: "observer" });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json() as Delegation;
    expect(d).toMatchObject({ nameVi: "Ấn Độ", nameEn: "India", countryNameEn: "India", country: "IND" });
    expectError(await send("POST", base, reg, { country: "IND", category: "observer" }), 409, "COUNTRY_TAKEN");
    expectError(await send("POST", base, reg, { country: null, category: "observer" }), 400, "VALIDATION_FAILED");
    expectError(await send("POST", base, reg, { country: "ZZZ", category: "observer" }), 400, "COUNTRY_INVALID");
    const tha = await list(THA, reg);
    expectError(
      await send("PATCH", `${base}/${d.id}`, reg, { version: d.version, headDelegateId: tha[0]!.id }),
      400,
      "HEAD_NOT_IN_DELEGATION",
    );
    const ok = await send("PATCH", `${base}/${d.id}`, reg, { version: d.version, contactName: "Test Contact" });
    expect(ok.statusCode, ok.body).toBe(200);
    expectError(
      await send("PATCH", `${base}/${d.id}`, reg, { version: d.version, contactName: "Lost" }),
      409,
      "VERSION_CONFLICT",
    );
    expectError(await send("DELETE", `${base}/${THA}?version=1`, reg), 409, "DELEGATION_HAS_DELEGATES");
    expect((await send("DELETE", `${base}/${d.id}?version=${d.version + 1}`, reg)).statusCode).toBe(200);
  });
});

describe("search", () => {
  const names = async (url: string, headers = reg) => {
    const res = await get(url, headers);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { fullName: string }[]).map((d) => d.fullName);
  };
  const delegatesOf = (q: string) => names(`/api/meetings/${M}/delegates?q=${encodeURIComponent(q)}`);
  const VNM = demoDelegationIds.VNM;
  /** Adds a delegate to Thailand's delegation through the API. */
  const add = async (over: Record<string, unknown>) => {
    const res = await send("POST", `${base}/${THA}/delegates`, reg, buildDelegate(over));
    expect(res.statusCode, res.body).toBe(201);
  };

  it("finds every word in any order, in the meeting-wide list and in a delegation's", async () => {
    for (const q of ["pham thi thanh tra", "thanh tra pham", "TRA phạm", "tra thi thanh pham"]) {
      expect(await delegatesOf(q), q).toEqual(["Pham Thi Thanh Tra"]);
    }
    expect(await names(`${base}/${VNM}/delegates?q=${encodeURIComponent("thanh tra pham")}`)).toEqual([
      "Pham Thi Thanh Tra",
    ]);
    expect(await delegatesOf("thanh tra nguyen")).toEqual([]);
    const delegationsOf = async (q: string) =>
      ((await get(`${base}?q=${encodeURIComponent(q)}`, reg)).json() as Delegation[]).map((d) => d.country);
    expect(await delegationsOf("nam viet")).toEqual(["VNM"]);
    expect(await delegationsOf("thailand")).toEqual(["THA"]);
  });

  it("`%` and `_` in the query are literal characters, not wildcards", async () => {
    const [row] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(delegates)
      .where(sql`strpos(${delegates.searchText}, '%') > 0 or strpos(${delegates.searchText}, '_') > 0`);
    expect(Number(row!.n)).toBe(0);
    expect((await delegatesOf("")).length).toBeGreaterThan(10);
    for (const q of ["%", "_", "%%", "pham%tra", "pham_thi", "thanh %"]) expect(await delegatesOf(q), q).toEqual([]);

    await add({ fullName: "Percent Test", position: "Officer, 100% sample_unit" });
    expect(await delegatesOf("%")).toEqual(["Percent Test"]);
    expect(await delegatesOf("100%")).toEqual(["Percent Test"]);
    expect(await delegatesOf("sample_unit")).toEqual(["Percent Test"]);
    expect(await delegatesOf("sample-unit")).toEqual([]);
  });

  it("letters without a decomposition fold too: `lukasz` finds `Łukasz`, `oyvind` finds `Øyvind`", async () => {
    await add({ fullName: "Łukasz Øyvind Kowalczyk", nationality: "POL" });
    for (const q of ["lukasz", "ŁUKASZ", "oyvind", "kowalczyk lukasz", "Øyvind Łukasz"]) {
      expect(await delegatesOf(q), q).toEqual(["Łukasz Øyvind Kowalczyk"]);
    }
  });
});
