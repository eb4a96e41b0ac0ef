import { useEffect, useState } from "react";
import { TextInput, type TextInputProps } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";

const pad = (n: number) => String(n).padStart(2, "0");

/** "05/08/2022", "5/8/2022" or "2022-08-05" → "2022-08-05"; null when it is not a real calendar day. */
export function parseDmy(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export const toDmy = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "";

/**
 * A date typed as dd/mm/yyyy in both languages (a native date input follows the browser's locale, which may be
 * mm/dd/yyyy — a trap for passport dates). Reports an ISO date, "" when empty, or null while it is not a real day.
 */
export function DateField({
  value,
  onChange,
  error,
  ...rest
}: Omit<TextInputProps, "value" | "onChange"> & { value: string; onChange: (iso: string | null) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(toDmy(value));
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setText((current) => (parseDmy(current) === value ? current : toDmy(value)));
  }, [value]);
  const invalid = touched && text.trim() !== "" && parseDmy(text) === null;
  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t("registration.date.placeholder")}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(next.trim() === "" ? "" : parseDmy(next));
      }}
      onBlur={() => setTouched(true)}
      error={error ?? (invalid ? t("registration.date.invalid") : undefined)}
    />
  );
}
