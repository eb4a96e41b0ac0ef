import { useState, type CSSProperties, type ReactNode } from "react";
import { TextInput } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";

const toDmy = (iso: string) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");

/** "31/12/2024" → "2024-12-31", or null when it is not a real day. */
export function parseDmy(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A date typed as dd/mm/yyyy in both languages (the browser's own date picker follows the browser's locale, which may
 * be mm/dd/yyyy). `value` and `onChange` speak ISO 8601; an unfinished or impossible date is not passed on.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  readOnly,
  name,
  description,
  style,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  error?: ReactNode;
  readOnly?: boolean;
  name?: string;
  description?: ReactNode;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(toDmy(value));
  const [touched, setTouched] = useState(false);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // A new value from outside (another control): show it.
    setLastValue(value);
    if (parseDmy(text) !== value) setText(toDmy(value));
  }
  const parsed = parseDmy(text);
  const invalid = touched && text.trim() !== "" && parsed === null;
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={t("targets.date.placeholder")}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      onChange={(e) => {
        const v = e.currentTarget.value;
        setText(v);
        const iso = parseDmy(v);
        if (iso) {
          setLastValue(iso);
          onChange(iso);
        } else if (v.trim() === "") {
          setLastValue("");
          onChange("");
        }
      }}
      onBlur={() => setTouched(true)}
      error={error ?? (invalid ? t("targets.date.invalid") : undefined)}
      readOnly={readOnly}
      name={name}
      style={style}
    />
  );
}
