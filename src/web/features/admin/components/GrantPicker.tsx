import { Select, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { isScopedKind, roleScopes, roles, unscopedKinds, type Role } from "../../../../shared/roles";
import { ScopeSelect } from "./ScopeSelect";

export interface GrantDraft {
  role: Role | null;
  scopeId: string | null;
}

/** Whether the draft is complete enough to send: a role, and a scope when the role needs one. */
export function grantReady(d: GrantDraft): d is { role: Role; scopeId: string | null } {
  if (!d.role) return false;
  return unscopedKinds.includes(roleScopes[d.role]) || !!d.scopeId?.trim();
}

/**
 * A role and its scope: nothing to pick for system- and ministry-wide roles; for every other kind a searchable
 * list of names (units, approval steps, meetings, delegations, work plans' member countries, reporting agencies).
 */
export function GrantPicker({
  value,
  onChange,
  roleLabel,
  allowNone,
  idPrefix,
}: {
  value: GrantDraft;
  onChange: (v: GrantDraft) => void;
  roleLabel: string;
  allowNone?: boolean;
  idPrefix: string;
}) {
  const { t } = useI18n();
  const kind = value.role ? roleScopes[value.role] : null;
  const roleData = roles.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <Stack gap="sm">
      <Select
        id={`${idPrefix}-role`}
        label={roleLabel}
        data={roleData}
        value={value.role}
        onChange={(v) => onChange({ role: v ?? null, scopeId: null })}
        clearable={allowNone}
        placeholder={allowNone ? t("admin.grants.noRole") : t("admin.grants.chooseRole")}
        searchable
        allowDeselect={!!allowNone}
      />
      {kind && unscopedKinds.includes(kind) && (
        <Text size="sm" c="dimmed">
          {t("admin.grants.appliesTo", { scope: t(`scope.${kind}`) })}
        </Text>
      )}
      {kind && isScopedKind(kind) && (
        <ScopeSelect
          key={kind}
          kind={kind}
          id={`${idPrefix}-${kind}`}
          value={value.scopeId}
          onChange={(v) => onChange({ ...value, scopeId: v })}
        />
      )}
    </Stack>
  );
}
