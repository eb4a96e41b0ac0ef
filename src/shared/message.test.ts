import { describe, expect, it } from "vitest";
import { formatCount, formatMessage, placeholderNames } from "./message.js";
import { fillTemplate } from "./errors.js";

const proposals = "{n, plural, one {# proposal} other {# proposals}}";

describe("formatMessage", () => {
  it("picks the English singular for one and the plural otherwise", () => {
    expect(formatMessage("en", proposals, { n: 1 })).toBe("1 proposal");
    expect(formatMessage("en", proposals, { n: 0 })).toBe("0 proposals");
    expect(formatMessage("en", proposals, { n: 2 })).toBe("2 proposals");
  });

  it("writes numbers with the language's separators", () => {
    expect(formatMessage("en", proposals, { n: 3003 })).toBe("3,003 proposals");
    expect(formatMessage("vi", "{n} đề xuất", { n: 3003 })).toBe("3.003 đề xuất");
    expect(formatMessage("en", "{from}–{to} of {total}", { from: 1, to: 100, total: 3003 })).toBe("1–100 of 3,003");
    expect(formatCount("vi", 12345)).toBe("12.345");
  });

  it("writes calendar years as they are", () => {
    expect(
      formatMessage("vi", "báo cáo năm {year} · {period} · {startYear}", { year: 2024, period: 2023, startYear: 2021 }),
    ).toBe("báo cáo năm 2024 · 2023 · 2021");
  });

  it("uses the one Vietnamese form when a template has a plural", () => {
    expect(formatMessage("vi", "{n, plural, other {# đoàn}}", { n: 1 })).toBe("1 đoàn");
  });

  it("prefers an exact =0 form and fills other placeholders inside a form", () => {
    const t = "{n, plural, =0 {No delegates in {name}} one {# delegate in {name}} other {# delegates in {name}}}";
    expect(formatMessage("en", t, { n: 0, name: "Lào" })).toBe("No delegates in Lào");
    expect(formatMessage("en", t, { n: 1, name: "Lào" })).toBe("1 delegate in Lào");
    expect(formatMessage("en", `${t}.`, { n: 21, name: "Lào" })).toBe("21 delegates in Lào.");
  });

  it("handles two plurals in one message", () => {
    const t =
      "{n} of {of, plural, one {# delegation} other {# delegations}} · {people, plural, one {# delegate} other {# delegates}}";
    expect(formatMessage("en", t, { n: 1, of: 1, people: 1 })).toBe("1 of 1 delegation · 1 delegate");
    expect(formatMessage("en", t, { n: 2, of: 10, people: 1500 })).toBe("2 of 10 delegations · 1,500 delegates");
  });

  it("leaves unknown placeholders and stray braces alone", () => {
    expect(formatMessage("en", "{missing} and { not a placeholder }", {})).toBe("{missing} and { not a placeholder }");
  });

  it("lists the names a template uses, plural arguments included", () => {
    expect(placeholderNames("{n} of {of, plural, one {# x {name}} other {# xs}}")).toEqual(["n", "name", "of"]);
  });

  it("is what server error messages use", () => {
    expect(
      fillTemplate("The room is used by {count, plural, one {# session} other {# sessions}}.", { count: 1 }, "en"),
    ).toBe("The room is used by 1 session.");
  });
});
