import { describe, expect, it } from "vitest";
import { ApiError } from "../lib/api";
import { charCount, isTooLong } from "./fieldChecks";
import { errorText } from "./ErrorAlert";

describe("field limits", () => {
  it("counts characters as the server does: a composed Vietnamese letter is one, whatever the input sent", () => {
    expect(charCount("Nguyễn")).toBe(6);
    expect(charCount("Nguyễn".normalize("NFD"))).toBe(6);
    expect(charCount("😀")).toBe(1);
  });

  it("is too long only past the limit, and never without one", () => {
    expect(isTooLong("a".repeat(200), 200)).toBe(false);
    expect(isTooLong("a".repeat(201), 200)).toBe(true);
    expect(isTooLong("a".repeat(5000), undefined)).toBe(false);
    expect(isTooLong(null, 3)).toBe(false);
  });
});

describe("what a person is told about an error", () => {
  it("the API's message (already in their language), never a JavaScript message", () => {
    expect(errorText(new ApiError(400, "VALIDATION", "Tối đa 200 ký tự."), "fallback")).toBe("Tối đa 200 ký tự.");
    expect(errorText(new TypeError("Cannot read properties of null (reading 'value')"), "Đã xảy ra lỗi")).toBe(
      "Đã xảy ra lỗi",
    );
    expect(errorText("boom", "Đã xảy ra lỗi")).toBe("Đã xảy ra lỗi");
  });
});
