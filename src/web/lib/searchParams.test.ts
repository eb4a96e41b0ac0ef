import { describe, expect, it } from "vitest";
import { baseParams } from "./searchParams";

describe("baseParams: a filter written to the address is not undone by the next write", () => {
  it("with nothing pending, starts from the address as it is now (not from an older render's params)", () => {
    expect(baseParams("q=phap&kind=outbound", null).toString()).toBe("q=phap&kind=outbound");
  });

  it("two writes before the first navigation lands: the second starts from the first", () => {
    // The address still shows "q=phap"; the first write asked for q=phap&status=approved.
    const p = baseParams("q=phap", { from: "q=phap", to: "q=phap&status=approved" });
    p.set("kind", "outbound");
    expect(Object.fromEntries(p)).toEqual({ q: "phap", status: "approved", kind: "outbound" });
  });

  it("once the write has landed, or the address moved another way, starts from the address", () => {
    const landed = { from: "q=phap", to: "q=phap&status=approved" };
    expect(baseParams("q=phap&status=approved", landed).toString()).toBe("q=phap&status=approved");
    // The back button took the address elsewhere: the pending write is forgotten.
    expect(baseParams("year=2024", landed).toString()).toBe("year=2024");
  });
});
