/**
 * The meeting's time zone, picked by city and offset ("Hanoi time (UTC+7)"): the region's zones first, then every
 * other zone; typing filters. Sends the IANA name.
 */
import { useMemo } from "react";
import { Select } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { canonicalZone, zoneOptions } from "../../../../shared/timeZones";

export function TimeZoneSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (tz: string) => void;
  error?: string;
}) {
  const { t, lang, fmtZone } = useI18n();
  const data = useMemo(() => {
    const { region, other } = zoneOptions(lang);
    const known = [...region, ...other].some((o) => o.value === value);
    return [
      { group: t("meetings.field.timeZoneRegion"), items: region },
      {
        group: t("meetings.field.timeZoneOther"),
        // A stored zone under an old name (or one this browser does not list) stays selectable as it is.
        items: known || !value ? other : [{ value, label: fmtZone(value) }, ...other],
      },
    ];
  }, [lang, t, fmtZone, value]);
  return (
    <Select
      label={t("meetings.field.timeZone")}
      description={t("meetings.field.timeZoneHint")}
      data={data}
      value={value}
      onChange={(v) => v && onChange(canonicalZone(v))}
      error={error}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t("meetings.field.timeZoneNone")}
      maxDropdownHeight={320}
      required
    />
  );
}
