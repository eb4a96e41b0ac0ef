import { describe, expect, it } from "vitest";
import { criticalPath, findCycle, type PathTask } from "./graph.js";

const e = (taskId: string, dependsOnId: string) => ({ taskId, dependsOnId });
const t = (id: string, open = true, dueAt: string | null = null): PathTask => ({ id, open, dueAt });

describe("findCycle", () => {
  it("finds no cycle in a chain or a diamond", () => {
    expect(findCycle([e("b", "a"), e("c", "b")], [e("d", "c")])).toBeNull();
    expect(findCycle([e("b", "a"), e("c", "a"), e("d", "b")], [e("d", "c")])).toBeNull();
  });
  it("names the tasks along a cycle the new edge would close", () => {
    expect(findCycle([e("b", "a"), e("c", "b")], [e("a", "c")])).toEqual(["a", "c", "b", "a"]);
  });
  it("refuses a task depending on itself", () => {
    expect(findCycle([], [e("a", "a")])).toEqual(["a", "a"]);
  });
  it("finds a cycle among several added edges", () => {
    expect(findCycle([], [e("a", "b"), e("b", "a")])).not.toBeNull();
  });
});

describe("criticalPath", () => {
  it("is the longest chain of open tasks, in doing order", () => {
    const tasks = [t("a"), t("b"), t("c"), t("x"), t("y")];
    expect(criticalPath(tasks, [e("b", "a"), e("c", "b"), e("y", "x")])).toEqual(["a", "b", "c"]);
  });
  it("leaves out done tasks: they no longer link a chain", () => {
    const tasks = [t("a"), t("b", false), t("c"), t("x"), t("y")];
    expect(criticalPath(tasks, [e("b", "a"), e("c", "b"), e("y", "x")])).toEqual(["x", "y"]);
  });
  it("breaks a tie by the earlier due date of the chain's end", () => {
    const tasks = [t("a"), t("b", true, "2022-08-01T00:00:00Z"), t("x"), t("y", true, "2022-07-20T00:00:00Z")];
    expect(criticalPath(tasks, [e("b", "a"), e("y", "x")])).toEqual(["x", "y"]);
  });
  it("is empty when nothing is open, and one task when nothing depends", () => {
    expect(criticalPath([t("a", false)], [])).toEqual([]);
    expect(criticalPath([t("b"), t("a")], [])).toEqual(["a"]);
  });
  it("does not loop on a cycle already stored", () => {
    expect(criticalPath([t("a"), t("b")], [e("a", "b"), e("b", "a")]).length).toBeGreaterThan(0);
  });
});
