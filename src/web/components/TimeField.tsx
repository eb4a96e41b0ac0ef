import { useState } from "react";
import { TextInput, type TextInputProps } from "@mantine/core";
import { useI18n } from "../lib/i18n";

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

/** What the text of a time field means: "HH:mm", "" when empty, null while it is not a time. */
const meaning = (text: string): string | null => (text.trim() === "" ? "" : parseTime(text));

export type TimeFieldProps = Omit<TextInputProps, "value" | "onChange" | "defaultValue"> & {
  /** "HH:mm", or "" for no time. null (what `onChange` reported for a wrong time) keeps the typed text. */
  value: string | null;
  /** "HH:mm" when the text is a time, "" when the field is empty, null while it is not a time. */
  onChange: (value: string | null) => void;
};

/**
 * The one time input of the web app: typed as 24-hour hh:mm in both languages (a native time input shows 12-hour
 * time with AM/PM in an en-US browser). Same contract as `DateField`: forms refuse to submit while it reports null.
 */
export function TimeField({ value, onChange, error, onBlur, ...rest }: TimeFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(value ?? "");
  const [touched, setTouched] = useState(false);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // A new value from outside: show it, unless it is what the text already says.
    setLastValue(value);
    if (value !== null && meaning(text) !== value) setText(value);
  }
  const invalid = touched && meaning(text) === null;
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={t("common.time.placeholder")}
      {...rest}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(meaning(next));
      }}
      onBlur={(e) => {
        setTouched(true);
        const v = meaning(text);
        if (v) setText(v); // "930" → "09:30"
        onBlur?.(e);
      }}
      error={error ?? (invalid ? t("common.time.invalid") : undefined)}
    />
  );
}
