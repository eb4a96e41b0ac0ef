/**
 * Language, translations and date formats for the whole app.
 *
 * `const { t, lang, setLang, fmtDate, fmtDateTime, fmtNumber } = useI18n();`
 * - `t("admin.users.title")`, `t("admin.users.count", { n: 3 })` — `{name}` placeholders are filled from params;
 *   counts take plural forms in the text: `"{n, plural, one {# user} other {# users}}"`.
 * - `lang` is the signed-in user's language (GET /api/me); before sign-in the last choice on this browser
 *   (localStorage) or the browser's own language. `setLang` PATCHes /api/me when signed in, so it is
 *   remembered per user; a choice made on the sign-in page is carried into the account at sign-in.
 * - Dates: Vietnamese dd/MM/yyyy, English `05 Aug 2022` (never ambiguous); times 24-hour; zones by city and
 *   offset (`fmtZone`: "giờ Hà Nội (UTC+7)").
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { api, setApiLanguage } from "./api";
import { messages, type Lang, type TranslationKey } from "../i18n/index";
import { meQueryKey, useMeQuery, type Me } from "./me";
import { formatMessage } from "../../shared/message";
import { zoneLabel } from "../../shared/timeZones";
import {
  formatDate as formatDateIn,
  formatDateTime as formatDateTimeIn,
  formatTime as formatTimeIn,
} from "../../shared/dates";

export type { Lang, TranslationKey };
export type TParams = Record<string, string | number>;

const STORAGE_KEY = "focal.lang";
/** A language picked while signed out, kept for this tab until the next sign-in applies it to the account. */
const CHOSEN_KEY = "focal.lang.chosen";

export interface DateOptions {
  /** IANA time zone (e.g. a meeting's "Asia/Ho_Chi_Minh"); the browser's zone when omitted. */
  timeZone?: string;
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): Promise<void>;
  t(key: TranslationKey, params?: TParams): string;
  /** True when `key` is a registered translation key (for codes from the server, e.g. audit actions). */
  has(key: string): key is TranslationKey;
  fmtDate(value: string | Date | null | undefined, opts?: DateOptions): string;
  fmtDateTime(value: string | Date | null | undefined, opts?: DateOptions): string;
  /** "08:12" (24-hour), in `opts.timeZone` when given. */
  fmtTime(value: string | Date | null | undefined, opts?: DateOptions): string;
  /** A zone as people say it: "giờ Hà Nội (UTC+7)" / "Hanoi time (UTC+7)", never "Asia/Ho_Chi_Minh". */
  fmtZone(timeZone: string | null | undefined, at?: Date): string;
  fmtNumber(value: number | null | undefined, opts?: Intl.NumberFormatOptions): string;
  /** Used by the sign-in page: applies a language chosen before sign-in to the account. */
  adoptSignedInUser(me: Me): Promise<Me>;
}

const I18nContext = createContext<I18n | null>(null);

function isLang(v: unknown): v is Lang {
  return v === "vi" || v === "en";
}

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage may be disabled; fall back to the browser's language.
  }
  for (const l of navigator.languages ?? [navigator.language]) {
    const tag = l.toLowerCase();
    if (tag.startsWith("vi")) return "vi";
    if (tag.startsWith("en")) return "en";
  }
  return "vi";
}

function takeChosen(): Lang | null {
  try {
    const v = sessionStorage.getItem(CHOSEN_KEY);
    sessionStorage.removeItem(CHOSEN_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

function rememberChosen(lang: Lang) {
  try {
    sessionStorage.setItem(CHOSEN_KEY, lang);
  } catch {
    // Without storage the choice still holds until the page reloads.
  }
}

function remember(lang: Lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not fatal: the choice simply is not remembered on this browser.
  }
}

/**
 * Fills `{name}` placeholders and picks plural forms: `{n, plural, one {# proposal} other {# proposals}}`
 * (Intl.PluralRules; see `src/shared/message.ts`). Numbers are written with the language's separators.
 */
export function interpolate(template: string, params?: TParams, lang: Lang = "en"): string {
  return formatMessage(lang, template, params);
}

/** Translates outside React (tests, non-component code). Falls back to Vietnamese, then to the key. */
export function translate(lang: Lang, key: string, params?: TParams): string {
  const own = messages[lang][key];
  return interpolate(own ?? messages.vi[key] ?? key, params, own === undefined ? "vi" : lang);
}

// Dates are written by the one dates helper the server uses too (src/shared/dates.ts).
export function formatDate(lang: Lang, value: string | Date | null | undefined, opts: DateOptions = {}): string {
  return formatDateIn(lang, value, opts.timeZone);
}

export function formatTime(value: string | Date | null | undefined, opts: DateOptions = {}): string {
  return formatTimeIn(value, opts.timeZone);
}

export function formatDateTime(lang: Lang, value: string | Date | null | undefined, opts: DateOptions = {}): string {
  return formatDateTimeIn(lang, value, opts.timeZone);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const meQuery = useMeQuery();
  const me = meQuery.data ?? null;
  const [lang, setLangState] = useState<Lang>(initialLang);
  // A language picked while signed out; applied to the account at the next sign-in.
  const chosenSignedOut = useRef<Lang | null>(null);

  const apply = useCallback((l: Lang) => {
    setApiLanguage(l);
    remember(l);
    setLangState(l);
  }, []);

  // Keep the API client and <html lang> in step with the language.
  setApiLanguage(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The signed-in user's own setting wins over the browser's.
  const meLanguage = me?.language;
  useEffect(() => {
    if (meLanguage) apply(meLanguage);
  }, [meLanguage, apply]);

  const setLang = useCallback(
    async (l: Lang) => {
      apply(l);
      const current = queryClient.getQueryData<Me | null>(meQueryKey);
      if (!current) {
        chosenSignedOut.current = l;
        rememberChosen(l);
        return;
      }
      if (current.language === l) return;
      const updated = await api.patch<Me>("/me", { language: l });
      queryClient.setQueryData(meQueryKey, updated);
      // Labels the server writes (scope names, messages) are in the user's language: fetch them again.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    },
    [apply, queryClient],
  );

  const adoptSignedInUser = useCallback(async (signedIn: Me) => {
    const stored = takeChosen();
    const chosen = chosenSignedOut.current ?? stored;
    chosenSignedOut.current = null;
    if (chosen && chosen !== signedIn.language) {
      const updated = await api.patch<Me>("/me", { language: chosen });
      return { ...updated, csrfToken: updated.csrfToken || signedIn.csrfToken };
    }
    return signedIn;
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      has: (key: string): key is TranslationKey => key in messages[lang],
      fmtDate: (v, o) => formatDate(lang, v, o),
      fmtDateTime: (v, o) => formatDateTime(lang, v, o),
      fmtTime: (v, o) => formatTime(v, o),
      fmtZone: (tz, at) => (tz ? zoneLabel(lang, tz, at) : ""),
      fmtNumber: (v, o) =>
        v === null || v === undefined ? "" : new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", o).format(v),
      adoptSignedInUser,
    }),
    [lang, setLang, adoptSignedInUser],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n must be used inside <I18nProvider>");
  return ctx;
}
