import { Select, Stack, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { UnitSelect } from "../../../components/UnitSelect";
import { roleScopes, roles, unscopedKinds, type Role } from "../../../../shared/roles";

export const approvalSteps = ["minister", "deputy_minister", "icd_director", "chief_of_office"] as const;

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
 * A role and its scope: units from the unit list, approval steps from the four steps, nothing for system- and
 * ministry-wide roles, and a plain scope id for the other kinds until their modules offer a picker.
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
      {kind === "unit" && (
        <UnitSelect
          id={`${idPrefix}-unit`}
          label={t("scope.unit")}
          required
          value={value.scopeId}
          onChange={(v) => onChange({ ...value, scopeId: v })}
        />
      )}
      {kind === "approval_step" && (
        <Select
          id={`${idPrefix}-step`}
          label={t("scope.approval_step")}
          required
          data={approvalSteps.map((s) => ({ value: s, label: t(`approvalStep.${s}`) }))}
          value={value.scopeId}
          onChange={(v) => onChange({ ...value, scopeId: v })}
        />
      )}
      {kind && kind !== "unit" && kind !== "approval_step" && !unscopedKinds.includes(kind) && (
        <TextInput
          id={`${idPrefix}-scope`}
          label={t("admin.grants.scopeId", { kind: t(`scope.${kind}`) })}
          description={t("admin.grants.scopeIdHint")}
          required
          value={value.scopeId ?? ""}
          onChange={(e) => onChange({ ...value, scopeId: e.currentTarget.value })}
        />
      )}
    </Stack>
  );
}
