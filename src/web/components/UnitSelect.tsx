import { Select, type SelectProps } from "@mantine/core";
import { useI18n } from "../lib/i18n";
import { unitName, useUnits } from "../lib/units";
import { foldFilter } from "./foldFilter";

/** Picks one of the ministry's units (searchable without diacritics). Value is the unit id. */
export function UnitSelect(props: Omit<SelectProps, "data">) {
  const { t, lang } = useI18n();
  const units = useUnits();
  const data = (units.data ?? [])
    .filter((u) => u.active || u.id === props.value)
    .map((u) => ({ value: u.id, label: unitName(u, lang) }));
  return (
    <Select
      searchable
      clearable
      filter={foldFilter}
      nothingFoundMessage={units.isError ? units.error.message : t("common.empty")}
      placeholder={units.isPending ? t("common.loading") : undefined}
      {...props}
      data={data}
    />
  );
}
