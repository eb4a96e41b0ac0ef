import { useState } from "react";
import { Loader, Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useI18n } from "../../../lib/i18n";
import type { ScopedKind } from "../../../../shared/roles";
import { useScopes, type ScopeOption } from "../api/scopes";

/**
 * Picks the scope of a grant by name — a meeting, a delegation, a work plan's member country, a reporting agency, a
 * unit or an approval step — from the list the owning module gives (GET /api/scopes), searched on the server as the
 * administrator types, ignoring diacritics. The value is the scope's id; nobody types an id.
 */
export function ScopeSelect({
  kind,
  id,
  value,
  onChange,
}: {
  kind: ScopedKind;
  id: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<ScopeOption | null>(null);
  // Once a scope is picked the box shows its name: that is not a search.
  const wanted = picked && search === picked.label ? "" : search;
  const [q] = useDebouncedValue(wanted, 200);
  const scopes = useScopes(kind, q);
  // Until the server has answered what is typed now, the last answer (for other words) is not shown as if it were.
  const settled = q === wanted && scopes.isSuccess && !scopes.isPlaceholderData;
  const items = settled ? (scopes.data?.items ?? []) : [];
  const options = picked && picked.id === value && !items.some((o) => o.id === picked.id) ? [picked, ...items] : items;
  const byId = new Map(options.map((o) => [o.id, o]));
  return (
    <Select
      id={id}
      label={t(`scope.${kind}`)}
      required
      searchable
      clearable
      placeholder={t("admin.grants.scopeSearch")}
      description={settled && scopes.data?.more ? t("admin.grants.scopeMore", { n: items.length }) : undefined}
      data={options.map((o) => ({ value: o.id, label: o.label }))}
      value={value}
      onChange={(v) => {
        setPicked(v ? (byId.get(v) ?? null) : null);
        onChange(v);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      maxDropdownHeight={320}
      comboboxProps={{ width: "target" }}
      renderOption={({ option }) => {
        const description = byId.get(option.value)?.description;
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
        );
      }}
      rightSection={scopes.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      nothingFoundMessage={
        scopes.isError ? scopes.error.message : settled ? t("admin.grants.scopeNone") : t("common.loading")
      }
    />
  );
}
