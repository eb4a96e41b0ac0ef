import { describe, expect, it } from "vitest";
import { type RoomingInput, nightsOf, roomingForNight, roomingStay, blocksOutsideContract } from "./rooming.js";
import { type ADelegate, assignStays } from "./assign.js";

const H = "00000000-0000-4000-8000-0000000000a1";
const H2 = "00000000-0000-4000-8000-0000000000b2";
const hotel = { id: H, name: "JW Marriott", contractFrom: "2022-08-01", contractTo: "2022-08-07" };
const hotel2 = { id: H2, name: "Landmark72", contractFrom: "2022-08-01", contractTo: "2022-08-07" };

const person = (id: string, o: Partial<ADelegate> = {}): ADelegate => ({
  id,
  name: id,
  delegationId: "JPN",
  delegation: "Japan",
  head: false,
  arrivalDate: "2022-08-02",
  departureDate: "2022-08-05",
  gender: null,
  ...o,
});

describe("nights of a stay", () => {
  it("are arrival date … departure date − 1", () => {
    expect(nightsOf({ arrivalDate: "2022-08-02", departureDate: "2022-08-05" })).toEqual([
      "2022-08-02",
      "2022-08-03",
      "2022-08-04",
    ]);
  });
  it("a flight landing after midnight arrives the next day: the night before is not booked", () => {
    // VN 0:40 on 2 August: arrival date 2 August, first night 2 August (the night of 1 August is not held).
    const n = nightsOf({ arrivalDate: "2022-08-02", departureDate: "2022-08-04" });
    expect(n[0]).toBe("2022-08-02");
    expect(n).not.toContain("2022-08-01");
  });
  it("leaving early gives fewer nights; leaving the day of arrival or without dates, none", () => {
    expect(nightsOf({ arrivalDate: "2022-08-02", departureDate: "2022-08-03" })).toEqual(["2022-08-02"]);
    expect(nightsOf({ arrivalDate: "2022-08-02", departureDate: "2022-08-02" })).toEqual([]);
    expect(nightsOf({ arrivalDate: "2022-08-02", departureDate: null })).toEqual([]);
    expect(nightsOf({ arrivalDate: null, departureDate: "2022-08-04" })).toEqual([]);
  });
  it("crosses the end of a month", () => {
    expect(nightsOf({ arrivalDate: "2022-07-30", departureDate: "2022-08-02" })).toEqual([
      "2022-07-30",
      "2022-07-31",
      "2022-08-01",
    ]);
  });
});

describe("rooming per night", () => {
  const base = (): RoomingInput => ({
    hotels: [hotel],
    blocks: [
      { hotelId: H, night: "2022-08-02", roomType: "single", rooms: 1 },
      { hotelId: H, night: "2022-08-02", roomType: "twin", rooms: 2 },
      { hotelId: H, night: "2022-08-02", roomType: "suite", rooms: 1 },
      { hotelId: H, night: "2022-08-03", roomType: "single", rooms: 1 },
    ],
    stays: [
      { delegateId: "head", hotelId: H, roomType: "suite", roomKey: null },
      { delegateId: "a", hotelId: H, roomType: "twin", roomKey: "T1" },
      { delegateId: "b", hotelId: H, roomType: "twin", roomKey: "T1" },
      { delegateId: "c", hotelId: H, roomType: "single", roomKey: null },
      { delegateId: "d", hotelId: H, roomType: "single", roomKey: null },
    ],
    delegates: [
      person("head", { head: true }),
      person("a"),
      person("b"),
      person("c"),
      person("d", { departureDate: "2022-08-03" }), // leaves early: only the night of 2 August
      person("e"), // no stay
    ],
  });

  it("counts shared rooms once, flags over-booked and unused, names roommates", () => {
    const r = roomingForNight(base(), "2022-08-02");
    const h = r.hotels[0]!;
    const by = Object.fromEntries(h.rooms.map((x) => [x.roomType, x]));
    expect(by.twin).toEqual({ roomType: "twin", blocked: 2, used: 1, flag: "unused" });
    expect(by.single).toEqual({ roomType: "single", blocked: 1, used: 2, flag: "overbooked" });
    expect(by.suite).toEqual({ roomType: "suite", blocked: 1, used: 1, flag: null });
    expect(by.double).toEqual({ roomType: "double", blocked: 0, used: 0, flag: null });
    expect(h.guests.find((g) => g.delegateId === "a")!.roommates).toEqual(["b"]);
    expect(h.guests.find((g) => g.delegateId === "head")!.roommates).toEqual([]);
    expect(r.unplaced.map((u) => u.delegateId)).toEqual(["e"]);
    expect(h.inContract).toBe(true);
  });

  it("a delegate leaving early is gone the next night", () => {
    const r = roomingForNight(base(), "2022-08-03");
    const by = Object.fromEntries(r.hotels[0]!.rooms.map((x) => [x.roomType, x]));
    expect(by.single!.used).toBe(1);
    expect(by.single!.flag).toBeNull();
    expect(r.hotels[0]!.guests.map((g) => g.delegateId)).not.toContain("d");
    // and the twin has no block that night: the shared room is over-booked
    expect(by.twin).toMatchObject({ blocked: 0, used: 1, flag: "overbooked" });
  });

  it("a changed flight moves the nights: arriving a day later frees the first night", () => {
    const input = base();
    input.delegates = input.delegates.map((d) => (d.id === "c" ? { ...d, arrivalDate: "2022-08-03" } : d));
    const r = roomingForNight(input, "2022-08-02");
    const single = r.hotels[0]!.rooms.find((x) => x.roomType === "single")!;
    expect(single.used).toBe(1);
    expect(single.flag).toBeNull();
    expect(r.hotels[0]!.guests.map((g) => g.delegateId)).not.toContain("c");
  });

  it("a night outside the contract is marked; the departure night is not slept", () => {
    const r = roomingForNight(base(), "2022-08-08");
    expect(r.hotels[0]!.inContract).toBe(false);
    const r5 = roomingForNight(base(), "2022-08-05");
    expect(r5.hotels[0]!.guests).toEqual([]);
  });

  it("the whole stay lists every contract night per hotel with the same counts", () => {
    const s = roomingStay(base());
    expect(s.nights[0]).toBe("2022-08-01");
    expect(s.nights.at(-1)).toBe("2022-08-07");
    const n2 = s.hotels[0]!.nights.find((n) => n.night === "2022-08-02")!;
    expect(n2.rooms.find((x) => x.roomType === "single")!.flag).toBe("overbooked");
    const n1 = s.hotels[0]!.nights.find((n) => n.night === "2022-08-01")!;
    expect(n1.rooms.every((x) => x.used === 0 && x.flag === null)).toBe(true);
  });

  it("blocks outside the contract are found (with rooms only)", () => {
    expect(
      blocksOutsideContract(hotel, [
        { night: "2022-07-31", rooms: 2 },
        { night: "2022-08-08", rooms: 0 },
        { night: "2022-08-03", rooms: 5 },
      ]),
    ).toEqual([{ night: "2022-07-31", rooms: 2 }]);
  });
});

describe("assign automatically", () => {
  const blocks = (hotelId: string, type: "single" | "twin" | "suite", rooms: number) =>
    ["2022-08-01", "2022-08-02", "2022-08-03", "2022-08-04", "2022-08-05"].map((night) => ({
      hotelId,
      night,
      roomType: type,
      rooms,
    }));

  it("heads get suites, others singles, then twins shared within the delegation (same gender)", () => {
    const r = assignStays({
      hotels: [hotel],
      blocks: [...blocks(H, "suite", 1), ...blocks(H, "single", 1), ...blocks(H, "twin", 2)],
      stays: [],
      delegates: [
        person("head", { head: true, gender: "female" }),
        person("m1", { gender: "male" }),
        person("m2", { gender: "male" }),
        person("f1", { gender: "female" }),
        person("m3", { gender: "male" }),
      ],
    });
    const of = Object.fromEntries(r.stays.map((s) => [s.delegateId, s]));
    expect(of.head).toMatchObject({ roomType: "suite", roomKey: null });
    expect(of.f1).toMatchObject({ roomType: "single" }); // first by name after the head
    expect(of.m1).toMatchObject({ roomType: "twin" });
    expect(of.m2).toMatchObject({ roomType: "twin", roomKey: of.m1!.roomKey });
    expect(of.m3).toMatchObject({ roomType: "twin" });
    expect(of.m3!.roomKey).not.toBe(of.m1!.roomKey);
    expect(r.unplaced).toEqual([]);
  });

  it("keeps existing stays, keeps a delegation in one hotel, and names who could not be placed", () => {
    const r = assignStays({
      hotels: [hotel, hotel2],
      blocks: [...blocks(H, "single", 3), ...blocks(H2, "single", 3)],
      stays: [{ delegateId: "x", hotelId: H2, roomType: "single", roomKey: null }],
      delegates: [
        person("x"),
        person("y"),
        person("z"),
        person("t", { delegationId: "THA", delegation: "Thailand", arrivalDate: null }), // not travelling
        person("k1", { delegationId: "KHM", delegation: "Cambodia" }),
        person("k2", { delegationId: "KHM", delegation: "Cambodia" }),
        person("k3", { delegationId: "KHM", delegation: "Cambodia" }),
        person("k4", { delegationId: "KHM", delegation: "Cambodia", head: true }),
      ],
    });
    const of = Object.fromEntries(r.stays.map((s) => [s.delegateId, s]));
    expect(of.x).toBeUndefined(); // kept as the host set it
    expect(of.t).toBeUndefined();
    // Cambodia comes first (by name), in the hotel with the most free rooms: its head finds no suite and takes a
    // single, two members follow; the third goes to the other hotel only once the first is full.
    expect(of.k4).toMatchObject({ hotelId: H, roomType: "single" });
    expect([of.k1!.hotelId, of.k2!.hotelId, of.k3!.hotelId]).toEqual([H, H, H2]);
    // Japan joins its member x in Landmark72 while singles last there; the last one is named, not placed.
    expect(of.y!.hotelId).toBe(H2);
    expect(r.unplaced.map((d) => d.id)).toEqual(["z"]);
  });

  it("a late arrival sharing a twin needs no new room on the nights already slept", () => {
    const r = assignStays({
      hotels: [hotel],
      blocks: blocks(H, "twin", 1),
      stays: [{ delegateId: "a", hotelId: H, roomType: "twin", roomKey: "T1" }],
      delegates: [person("a", { arrivalDate: "2022-08-01" }), person("b", { arrivalDate: "2022-08-03" })],
    });
    expect(r.stays).toEqual([{ delegateId: "b", hotelId: H, roomType: "twin", roomKey: "T1" }]);
  });
});
