import { useI18n } from "../lib/i18n";
import { ParsedField, type ParsedFieldProps } from "./ParsedField";

/**
 * A typed time of day, 24-hour → "HH:mm", or null when it is not one. Accepts "09:30", "9:30", "9.30", "9h30",
 * "0930" and "930"; hours 00–23 ("24:00" is refused: it is 00:00 of the next day), minutes 00–59.
 */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})[:.hH]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${m[2]}`;
}

export type TimeFieldProps = ParsedFieldProps;

/**
 * The one time input of the web app: typed as 24-hour hh:mm in both languages (a native time input shows 12-hour
 * time with AM/PM in an en-US browser). `value` and `onChange` speak "HH:mm"; same contract as `DateField`: forms
 * refuse to submit while it reports null.
 */
export function TimeField(props: TimeFieldProps) {
  const { t } = useI18n();
  return (
    <ParsedField
      placeholder={t("common.time.placeholder")}
      {...props}
      parse={parseTime}
      show={(v) => v}
      invalid={t("common.time.invalid")}
    />
  );
}
