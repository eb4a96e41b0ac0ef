import { useState } from "react";
import { Loader, Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useI18n } from "../../../lib/i18n";
import { fetchUsers } from "../api/users";
import { useAuditRecords, type PickerOption } from "../api/audit";

interface Props {
  id: string;
  label: string;
  value: string | null;
  /** The name of `value` when it came from the address (a history link), before anything was picked. */
  valueLabel?: string | null;
  onChange: (id: string | null, label: string | null) => void;
  placeholder?: string;
  disabled?: boolean;
  description?: string;
}

/**
 * The pickers of the audit browser search on the server as the administrator types (ignoring diacritics) and offer
 * names; the value is the picked record's id, which nobody types.
 */
/** The options shown: the picked one first while the search does not list it. */
function withPicked(items: PickerOption[], picked: PickerOption | null, value: string | null) {
  return picked && picked.id === value && !items.some((o) => o.id === picked.id) ? [picked, ...items] : items;
}

function PickerSelect({
  p,
  items,
  settled,
  fetching,
  error,
  search,
  setSearch,
  picked,
  setPicked,
}: {
  p: Props;
  items: PickerOption[];
  settled: boolean;
  fetching: boolean;
  error: Error | null;
  search: string;
  setSearch: (s: string) => void;
  picked: PickerOption | null;
  setPicked: (o: PickerOption | null) => void;
}) {
  const { t } = useI18n();
  const fromAddress = p.value && p.valueLabel && !picked ? { id: p.value, label: p.valueLabel } : null;
  const options = withPicked(items, picked ?? fromAddress, p.value);
  const byId = new Map(options.map((o) => [o.id, o]));
  return (
    <Select
      id={p.id}
      label={p.label}
      description={p.description}
      searchable
      clearable
      disabled={p.disabled}
      placeholder={p.placeholder ?? t("admin.picker.search")}
      data={options.map((o) => ({ value: o.id, label: o.label }))}
      value={p.value}
      onChange={(v) => {
        const o = v ? (byId.get(v) ?? null) : null;
        setPicked(o);
        p.onChange(v, o?.label ?? null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      maxDropdownHeight={320}
      comboboxProps={{ width: "target" }}
      rightSection={fetching ? <Loader size="xs" aria-hidden /> : undefined}
      nothingFoundMessage={error ? error.message : settled ? t("admin.picker.none") : t("common.loading")}
      style={{ flex: "1 1 16rem" }}
    />
  );
}

/** Picks a person (any user, active or not) by name or e-mail, without diacritics. */
export function PersonPicker(p: Props) {
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<PickerOption | null>(null);
  const shown = picked ?? (p.value && p.valueLabel ? { id: p.value, label: p.valueLabel } : null);
  const wanted = shown && search === shown.label ? "" : search;
  const [q] = useDebouncedValue(wanted, 200);
  const people = useQuery({
    queryKey: ["admin", "people-picker", q],
    queryFn: () => fetchUsers({ q, includeInactive: true, pageSize: 20 }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const settled = q === wanted && people.isSuccess && !people.isPlaceholderData;
  const items = settled ? people.data.rows.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })) : [];
  return (
    <PickerSelect
      p={p}
      items={items}
      settled={settled}
      fetching={people.isFetching}
      error={people.error}
      search={search}
      setSearch={setSearch}
      picked={picked}
      setPicked={setPicked}
    />
  );
}

/** Picks a record of one kind by its name, among those the trail mentions. */
export function RecordPicker(p: Props & { entity: string }) {
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<PickerOption | null>(null);
  const shown = picked ?? (p.value && p.valueLabel ? { id: p.value, label: p.valueLabel } : null);
  const wanted = shown && search === shown.label ? "" : search;
  const [q] = useDebouncedValue(wanted, 200);
  const records = useAuditRecords(p.entity, q);
  const settled = q === wanted && records.isSuccess && !records.isPlaceholderData;
  return (
    <PickerSelect
      p={p}
      items={settled ? records.data.items : []}
      settled={settled}
      fetching={records.isFetching}
      error={records.error}
      search={search}
      setSearch={setSearch}
      picked={picked}
      setPicked={setPicked}
    />
  );
}
