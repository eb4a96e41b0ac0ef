import { describe, expect, it } from "vitest";
import {
  excelSerialDate,
  isYes,
  parseCountry,
  parseCsv,
  parseDate,
  parseGender,
  parseRole,
  parseTime,
} from "./spreadsheet.js";
import { diffLists, type SnapshotDelegate } from "./diff.js";

describe("cell text", () => {
  it("dates: dd/mm/yyyy (day first), yyyy-mm-dd, Excel serial numbers; impossible dates are refused", () => {
    expect(parseDate("05/08/2022")).toBe("2022-08-05");
    expect(parseDate("5/8/2022")).toBe("2022-08-05");
    expect(parseDate("05.08.2022")).toBe("2022-08-05");
    expect(parseDate("2022-08-05")).toBe("2022-08-05");
    expect(parseDate("2022-8-5")).toBe("2022-08-05");
    expect(parseDate("44778")).toBe("2022-08-05");
    expect(parseDate("29/02/2024")).toBe("2024-02-29");
    for (const bad of ["29/02/2023", "31/04/2030", "2030-13-01", "13/13/2020", "08-05", "tomorrow", ""]) {
      expect(parseDate(bad), bad).toBeNull();
    }
    expect(excelSerialDate(1)).toBeNull();
  });

  it("times: hh:mm, 14h20, 1420, Excel day fractions", () => {
    expect(parseTime("14:20")).toBe("14:20");
    expect(parseTime("9:05")).toBe("09:05");
    expect(parseTime("14h20")).toBe("14:20");
    expect(parseTime("1420")).toBe("14:20");
    expect(parseTime("0.5")).toBe("12:00");
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("noon")).toBeNull();
  });

  it("choices by code or by their English or Vietnamese label, ignoring case and diacritics", () => {
    expect(parseRole("Head of delegation")).toBe("head");
    expect(parseRole("som_leader")).toBe("som_leader");
    expect(parseRole("trưởng đoàn")).toBe("head");
    expect(parseRole("TRUONG DOAN SOM")).toBe("som_leader");
    expect(parseRole("chauffeur")).toBeNull();
    expect(parseGender("F")).toBe("female");
    expect(parseGender("Nữ")).toBe("female");
    expect(parseGender("nam")).toBe("male");
    expect(parseCountry("tha")).toBe("THA");
    expect(parseCountry("Thailand")).toBe("THA");
    expect(parseCountry("Nhật Bản")).toBe("JPN");
    expect(parseCountry("Atlantis")).toBeNull();
    expect(isYes("Yes") && isYes("x") && isYes("Có") && !isYes("no")).toBe(true);
  });

  it("CSV: quotes, doubled quotes, new lines in a cell, ; as Excel writes it in many locales, a BOM", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
    ]);
    expect(parseCsv('\uFEFFa;b\n1;"2\n3"')).toEqual([
      ["a", "b"],
      ["1", "2\n3"],
    ]);
  });
});

describe("diff", () => {
  const d = (id: string, o: Partial<SnapshotDelegate> = {}): SnapshotDelegate => ({
    id,
    fullName: `Person ${id}`,
    honorific: null,
    gender: null,
    position: null,
    organisation: null,
    role: "member",
    nationality: "THA",
    passportNumber: null,
    passportExpiry: null,
    dateOfBirth: null,
    email: null,
    phone: null,
    arrivalDate: null,
    arrivalTime: null,
    arrivalFlight: null,
    arrivalAirport: null,
    departureDate: null,
    departureTime: null,
    departureFlight: null,
    departureAirport: null,
    hotel: null,
    dietary: null,
    accessibility: null,
    sessionIds: [],
    photo: null,
    accreditationStatus: "pending",
    ...o,
  });

  it("matches by id: added, removed, changed fields with before and after; order and accreditation are not changes", () => {
    const a = [d("1", { sessionIds: ["s2", "s1"] }), d("2"), d("3", { accreditationStatus: "pending" })];
    const b = [
      d("3", { accreditationStatus: "accredited" }),
      d("1", { fullName: "Renamed", sessionIds: ["s1", "s3"], photo: "etag" }),
      d("4"),
    ];
    const r = diffLists(a, b);
    expect(r.added.map((x) => x.id)).toEqual(["4"]);
    expect(r.removed.map((x) => x.id)).toEqual(["2"]);
    expect(r.changed).toEqual([
      {
        id: "1",
        fullName: "Renamed",
        changes: [
          { field: "fullName", before: "Person 1", after: "Renamed" },
          { field: "sessionIds", before: ["s1", "s2"], after: ["s1", "s3"] },
          { field: "photo", before: null, after: "etag" },
        ],
      },
    ]);
    expect(r.unchanged).toBe(1);
    expect(diffLists(b, b)).toEqual({ added: [], removed: [], changed: [], unchanged: 3 });
  });
});
