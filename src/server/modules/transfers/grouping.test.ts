import { describe, expect, it } from "vitest";
import {
  type TravelRow,
  busyInterval,
  chooseVehicles,
  groupTransfers,
  legsOf,
  parseTransferKey,
  planShuttles,
  seatPassengers,
  transferKey,
  wallText,
  wallMinutes,
} from "./grouping.js";

/** Grouping transfers (issue 14: time windows, seats, heads with their delegation, after midnight, changed flights). */
let n = 0;
function person(p: Partial<TravelRow> & { delegationId: string }): TravelRow {
  n++;
  return {
    delegateId: `d${n}`,
    name: `Person ${n}`,
    role: "member",
    arrivalDate: null,
    arrivalTime: null,
    arrivalFlight: null,
    arrivalAirport: null,
    departureDate: null,
    departureTime: null,
    departureFlight: null,
    departureAirport: null,
    ...p,
  };
}
const arr = (delegationId: string, date: string, time: string, extra: Partial<TravelRow> = {}) =>
  person({ delegationId, arrivalDate: date, arrivalTime: time, arrivalFlight: "VN1", arrivalAirport: "HAN", ...extra });

describe("wall-clock arithmetic", () => {
  it("round-trips and crosses midnight and month ends", () => {
    expect(wallText(wallMinutes("2022-08-02", "09:40")!)).toBe("2022-08-02T09:40");
    expect(wallText(wallMinutes("2022-08-01", "01:30")! - 180)).toBe("2022-07-31T22:30");
    expect(wallMinutes("2022-08-02", "24:10")).toBeNull();
    expect(wallMinutes("02/08/2022", "10:00")).toBeNull();
  });
  it("keys are stable and read back", () => {
    const k = transferKey("arrival", "2022-08-02T09:40", "HAN");
    expect(k).toBe("arrival-2022-08-02-HAN-0940");
    expect(parseTransferKey(k)).toEqual({ direction: "arrival", day: "2022-08-02", airport: "HAN", start: "09:40" });
    expect(parseTransferKey("arrival-2022-08-02-han-0940")).toBeNull();
  });
});

describe("groupTransfers", () => {
  it("opens a window at the first flight and takes every flight within it (inclusive), then opens the next", () => {
    const rows = [
      arr("A", "2022-08-02", "09:40"),
      arr("B", "2022-08-02", "10:25"),
      arr("C", "2022-08-02", "10:40"), // exactly 60 minutes after the first: inside
      arr("D", "2022-08-02", "10:41"), // one minute later: next window
      arr("E", "2022-08-02", "11:30"),
    ];
    const { transfers } = groupTransfers(rows, { windowMinutes: 60 });
    expect(transfers.map((t) => [t.key, t.people.map((p) => p.delegationId).join("")])).toEqual([
      ["arrival-2022-08-02-HAN-0940", "ABC"],
      ["arrival-2022-08-02-HAN-1041", "DE"],
    ]);
    expect(transfers[0]).toMatchObject({ from: "2022-08-02T09:40", to: "2022-08-02T10:40", day: "2022-08-02" });
  });

  it("respects the configured window", () => {
    const rows = [arr("A", "2022-08-02", "10:00"), arr("B", "2022-08-02", "10:25")];
    expect(groupTransfers(rows, { windowMinutes: 20 }).transfers).toHaveLength(2);
    expect(groupTransfers(rows, { windowMinutes: 30 }).transfers).toHaveLength(1);
  });

  it("a flight after midnight belongs to its own date, even within the window of the evening before", () => {
    const rows = [arr("A", "2022-08-01", "23:50"), arr("B", "2022-08-02", "00:20")];
    const { transfers } = groupTransfers(rows, { windowMinutes: 60 });
    expect(transfers.map((t) => t.day)).toEqual(["2022-08-01", "2022-08-02"]);
  });

  it("groups by direction and airport separately", () => {
    const rows = [
      arr("A", "2022-08-02", "10:00"),
      arr("B", "2022-08-02", "10:10", { arrivalAirport: "sgn" }),
      person({ delegationId: "C", departureDate: "2022-08-02", departureTime: "13:00", departureAirport: "HAN" }),
    ];
    const { transfers } = groupTransfers(rows);
    expect(transfers.map((t) => `${t.direction}/${t.airport}`).sort()).toEqual([
      "arrival/HAN",
      "arrival/SGN",
      "departure/HAN",
    ]);
  });

  it("departures are grouped by the pick-up time (flight − 3 h) and belong to the pick-up's date", () => {
    const rows = [
      person({
        delegationId: "A",
        departureDate: "2022-08-07",
        departureTime: "01:30",
        departureAirport: "HAN",
        departureFlight: "VN416",
      }),
      person({ delegationId: "B", departureDate: "2022-08-07", departureTime: "00:45", departureAirport: "HAN" }),
    ];
    const { transfers } = groupTransfers(rows);
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({
      key: "departure-2022-08-06-HAN-2145",
      from: "2022-08-06T21:45",
      to: "2022-08-06T22:30",
    });
    expect(transfers[0]!.people.find((p) => p.delegationId === "A")).toMatchObject({
      flightAt: "2022-08-07T01:30",
      at: "2022-08-06T22:30",
    });
    expect(groupTransfers(rows, { departureLeadMinutes: 120 }).transfers[0]!.from).toBe("2022-08-06T22:45");
  });

  it("a changed flight moves the person to the transfer of the new time", () => {
    const a = arr("JPN", "2022-08-02", "14:00");
    const b = arr("BRN", "2022-08-02", "14:20");
    const before = groupTransfers([a, b]).transfers;
    expect(before).toHaveLength(1);
    const after = groupTransfers([{ ...a, arrivalTime: "15:30", arrivalFlight: "JL751" }, b]).transfers;
    expect(after.map((t) => [t.key, t.people.map((p) => p.delegateId)])).toEqual([
      ["arrival-2022-08-02-HAN-1420", [b.delegateId]],
      ["arrival-2022-08-02-HAN-1530", [a.delegateId]],
    ]);
  });

  it("a delegate with an incomplete flight is listed, not placed; a delegate with no flight is neither", () => {
    const r = groupTransfers([
      person({ delegationId: "A", arrivalFlight: "VN1", arrivalDate: "2022-08-02" }),
      person({ delegationId: "B" }),
    ]);
    expect(r.transfers).toEqual([]);
    expect(r.incomplete).toEqual([{ delegateId: expect.any(String), direction: "arrival" }]);
    expect(legsOf(person({ delegationId: "C" })).legs).toEqual([]);
  });

  it("stays O(n log n): 5,000 delegates group in one pass", () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      arr(
        `D${i % 300}`,
        `2022-08-0${1 + (i % 3)}`,
        `${String(6 + (i % 16)).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}`,
      ),
    );
    const { transfers } = groupTransfers(rows);
    expect(transfers.reduce((s, t) => s + t.people.length, 0)).toBe(5000);
  });
});

const pax = (delegationId: string, count: number, head = false) =>
  Array.from({ length: count }, (_, i) => ({
    delegateId: `${delegationId}${i}`,
    delegationId,
    role: head && i === count - 1 ? "head" : "member",
  }));

describe("seatPassengers", () => {
  it("keeps a delegation in one vehicle when one fits, the tightest first", () => {
    const r = seatPassengers(
      [...pax("A", 3), ...pax("B", 4)],
      [
        { id: "car", seats: 4 },
        { id: "van", seats: 15 },
      ],
    );
    expect(r.leftOver).toEqual([]);
    expect(r.byVehicle.get("car")).toEqual(["B0", "B1", "B2", "B3"]);
    expect(r.byVehicle.get("van")).toEqual(["A0", "A1", "A2"]);
  });

  it("never splits a head from their delegation: a split delegation's head rides in its largest part", () => {
    const r = seatPassengers(pax("A", 6, true), [
      { id: "car", seats: 4 },
      { id: "car2", seats: 2 },
    ]);
    expect(r.leftOver).toEqual([]);
    expect(r.byVehicle.get("car")![0]).toBe("A5"); // the head first
    expect(r.byVehicle.get("car")).toHaveLength(4);
  });

  it("leaves over those without a seat (fewer seats than people)", () => {
    const r = seatPassengers(pax("A", 5), [{ id: "car", seats: 4 }]);
    expect(r.leftOver).toEqual(["A4"]);
    expect(seatPassengers(pax("A", 2), []).leftOver).toHaveLength(2);
  });
});

describe("chooseVehicles", () => {
  const fleet = [
    { id: "car", seats: 4, label: "Car" },
    { id: "van", seats: 15, label: "Van" },
    { id: "bus", seats: 45, label: "Bus" },
  ];
  const t = { key: "arrival-2022-08-02-HAN-1000", from: "2022-08-02T10:00", to: "2022-08-02T10:30" };

  it("adds the smallest vehicle that seats everyone, and nothing when seats suffice", () => {
    expect(chooseVehicles({ ...t, people: pax("A", 7) }, fleet, [], new Map()).add).toEqual(["van"]);
    expect(chooseVehicles({ ...t, people: pax("A", 3) }, fleet, [], new Map()).add).toEqual(["car"]);
    expect(chooseVehicles({ ...t, people: pax("A", 3) }, fleet, ["van"], new Map()).add).toEqual([]);
  });

  it("never uses a vehicle serving another transfer at an overlapping time, and reports who is left over", () => {
    const other = {
      key: "arrival-2022-08-02-HAN-0900",
      interval: busyInterval({ from: "2022-08-02T09:00", to: "2022-08-02T09:00" }),
    };
    const busy = new Map([
      ["van", [other]],
      ["bus", [other]],
    ]);
    const r = chooseVehicles({ ...t, people: pax("A", 7) }, fleet, [], busy);
    expect(r).toEqual({ add: ["car"], leftOver: 3 });
    const later = new Map([
      ["van", [{ key: "x", interval: busyInterval({ from: "2022-08-02T05:00", to: "2022-08-02T06:00" }) }]],
    ]);
    expect(chooseVehicles({ ...t, people: pax("A", 7) }, fleet, [], later).add).toEqual(["van"]);
  });

  it("combines vehicles when no single one is large enough", () => {
    const r = chooseVehicles({ ...t, people: pax("A", 50) }, fleet, [], new Map());
    expect(r.leftOver).toBe(0);
    expect(r.add).toEqual(["bus", "van"]);
  });
});

describe("planShuttles", () => {
  const sessions = [
    { id: "s1", kind: "SOM", start: "2022-08-03T08:30", title: "SOM" },
    { id: "s2", kind: "SOM+3", start: "2022-08-03T14:00", title: "SOM+3" },
    { id: "v", kind: "site_visit", start: "2022-08-04T14:00", title: "Visit" },
    { id: "c", kind: "cultural", start: "2022-08-04T19:00", title: "Evening" },
  ];
  it("per day and hotel, leaves before the first session they attend; the site visit and cultural evening apart", () => {
    const hotels = new Map([
      ["a", "H1"],
      ["b", "H1"],
      ["c", "H2"],
    ]);
    const plan = planShuttles(
      sessions,
      [
        { delegateId: "a", sessionIds: ["s1", "s2", "v"] },
        { delegateId: "b", sessionIds: ["s2", "c"] },
        { delegateId: "c", sessionIds: ["s1"] },
      ],
      hotels,
      30,
    );
    expect(plan.map((p) => [p.kind, p.hotelId, p.sessionId, p.departAt, p.people])).toEqual([
      ["day", "H1", "s1", "2022-08-03T08:00", 1],
      ["day", "H2", "s1", "2022-08-03T08:00", 1],
      ["day", "H1", "s2", "2022-08-03T13:30", 1],
      ["site_visit", "H1", "v", "2022-08-04T13:30", 1],
      ["cultural", "H1", "c", "2022-08-04T18:30", 1],
    ]);
  });
});
