import { useI18n } from "../lib/i18n";
import { ParsedField, type ParsedFieldProps } from "./ParsedField";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A typed day → ISO "yyyy-MM-dd", or null when it is not a real calendar day. Accepts dd/mm/yyyy with `/`, `.` or
 * `-` ("05/08/2022", "5/8/2022", "05.08.2022"), eight digits ddmmyyyy ("05082022", a phone's number pad has no
 * slash) and ISO ("2022-08-05"). Never mm/dd: "08/05/2022" is the 8th of May.
 */
export function parseDmy(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}

/** ISO "2022-08-05" (or a longer ISO date-time) → "05/08/2022"; "" for nothing. */
export const toDmy = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "";

export type DateFieldProps = ParsedFieldProps;

/**
 * The one date input of the web app: typed as dd/mm/yyyy in both languages. (A native date input follows the
 * browser's locale, which shows mm/dd/yyyy in an en-US browser — a trap for passport dates and deadlines.)
 * `value` and `onChange` speak ISO "yyyy-MM-dd"; "" is no date, null an unreal day. Forms keep what `onChange`
 * reports and refuse to submit while it is null. After the user leaves the field, an unreal day is named under it.
 */
export function DateField(props: DateFieldProps) {
  const { t } = useI18n();
  return (
    <ParsedField
      placeholder={t("common.date.placeholder")}
      {...props}
      parse={parseDmy}
      show={toDmy}
      invalid={t("common.date.invalid")}
    />
  );
}
