import { useI18n } from "../../../lib/i18n";
import { DateField } from "../../../components/DateField";

/**
 * "From" and "to" days of a trail's filter, typed as dd/mm/yyyy: the text is kept while it is being typed (null
 * while it is not a real day) and the filter changes only when it reads as a day or is emptied.
 */
export function PeriodFields(p: {
  from: string | null;
  to: string | null;
  setFrom: (v: string | null) => void;
  setTo: (v: string | null) => void;
  onChange: (patch: { from?: string; to?: string }) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <DateField
        label={t("admin.audit.from")}
        name="from"
        value={p.from}
        onChange={(v) => {
          p.setFrom(v);
          if (v !== null) p.onChange({ from: v });
        }}
        style={{ flex: "0 1 10rem" }}
      />
      <DateField
        label={t("admin.audit.to")}
        name="to"
        value={p.to}
        onChange={(v) => {
          p.setTo(v);
          if (v !== null) p.onChange({ to: v });
        }}
        style={{ flex: "0 1 10rem" }}
      />
    </>
  );
}
