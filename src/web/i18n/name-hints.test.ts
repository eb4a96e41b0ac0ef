import { describe, expect, it } from "vitest";
import { dictionaries, languages } from "./index";

/**
 * Names are accepted, stored and printed (badges embed a font for every script) in any script, so a name field's
 * hint never asks for Latin letters only: it names Latin letters and shows other scripts as welcome.
 */
describe("the full-name hints", () => {
  const hints = Object.values(dictionaries).flatMap((dict) =>
    languages.flatMap((lang) =>
      Object.entries(dict[lang] as Record<string, string>)
        .filter(([k]) => k.endsWith("fullNameHint"))
        .map(([k, text]) => ({ where: `${lang}:${k}`, text })),
    ),
  );

  it("exist in both forms (the host's and the delegation contact's) and both languages", () => {
    expect(hints.map((h) => h.where).sort()).toEqual([
      "en:meetings.delegate.fullNameHint",
      "en:registration.form.fullNameHint",
      "vi:meetings.delegate.fullNameHint",
      "vi:registration.form.fullNameHint",
    ]);
  });

  it("accept the delegate's own script as well as Latin letters", () => {
    for (const h of hints) {
      expect(h.text, h.where).toMatch(/Latin/);
      expect(h.text, h.where).toMatch(/[\p{Script=Thai}\p{Script=Han}\p{Script=Hangul}]/u);
      expect(h.text, h.where).not.toMatch(/\b(only|chỉ)\b/i);
    }
  });
});
