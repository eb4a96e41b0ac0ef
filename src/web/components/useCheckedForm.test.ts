import { describe, expect, it } from "vitest";
import { translate } from "../lib/i18n";
import { charCount, isTooLong, type FieldChecks } from "./fieldChecks";
import { checkValues } from "./useCheckedForm";

/** The checks as `useFieldChecks` makes them, in Vietnamese. */
const check: FieldChecks = {
  tooLong: (v, max) =>
    isTooLong(v, max) ? translate("vi", "common.field.tooLong", { max: max!, n: charCount(v!) }) : undefined,
  required: (v, label) => (v?.trim() ? undefined : translate("vi", "common.field.required", { field: label })),
};
const messages = { dateInvalid: "not a date", timeInvalid: "not a time" };

describe("a checked form's validation", () => {
  const options = {
    required: { name: "Họ và tên", day: "Ngày" },
    limits: { name: 5 },
    dates: ["day"] as const,
    times: ["at"] as const,
    rules: (v: { name: string; day: string | null; at: string | null }) => ({
      name: v.name.startsWith("x") && "no x",
      at: v.at === "" && "time needed",
    }),
  };

  it("names a missing required field by its label in the user's language, and says a limit with the count", () => {
    expect(checkValues({ name: " ", day: "2030-01-01", at: "09:00" }, options, check, messages)).toEqual({
      name: "Chưa nhập “Họ và tên”.",
    });
    expect(checkValues({ name: "Nguyễn", day: "2030-01-01", at: "09:00" }, options, check, messages)).toEqual({
      name: "Tối đa 5 ký tự — hiện có 6 ký tự.",
    });
  });

  it("refuses a date or time field whose text is not real (null) before asking whether it is filled", () => {
    expect(checkValues({ name: "An", day: null, at: null }, options, check, messages)).toEqual({
      day: "not a date",
      at: "not a time",
    });
    expect(checkValues({ name: "An", day: "", at: "" }, options, check, messages)).toEqual({
      day: "Chưa nhập “Ngày”.",
      at: "time needed",
    });
  });

  it("runs the form's own rules after the common ones; a field keeps its first message", () => {
    expect(checkValues({ name: "xy", day: "2030-01-01", at: "09:00" }, options, check, messages)).toEqual({
      name: "no x",
    });
    expect(checkValues({ name: "xxxxxx", day: "2030-01-01", at: "09:00" }, options, check, messages).name).toBe(
      "Tối đa 5 ký tự — hiện có 6 ký tự.",
    );
    expect(checkValues({ name: "An", day: "2030-01-01", at: "09:00" }, options, check, messages)).toEqual({});
  });
});
