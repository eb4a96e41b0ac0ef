import { useState } from "react";
import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { unitName, useUnits, type Unit } from "../../../lib/units";
import { compareVi } from "../../../../shared/text";
import { unitKinds, type UnitKind } from "../../../../shared/audit";
import { useCreateUnit, useUpdateUnit } from "../api/units";
import { useCheckedForm } from "../../../components/useCheckedForm";

const isUnitKind = (v: string): v is UnitKind => Object.hasOwn(unitKinds, v);

type Dialog = { mode: "rename"; unit: Unit } | { mode: "add"; parent: Unit } | null;

function UnitForm({ dialog, onDone }: { dialog: NonNullable<Dialog>; onDone: (message: string) => void }) {
  const { t, lang } = useI18n();
  const editing = dialog.mode === "rename" ? dialog.unit : null;
  const form = useCheckedForm<{ nameVi: string; nameEn: string; code: string; kind: UnitKind }>({
    initialValues: {
      nameVi: editing?.nameVi ?? "",
      nameEn: editing?.nameEn ?? "",
      code: editing?.code ?? "",
      kind: "department",
    },
    required: { nameVi: t("admin.units.nameVi"), nameEn: t("admin.units.nameEn"), code: t("admin.units.code") },
    limits: { nameVi: 200, nameEn: 200, code: 30 },
  });
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const submit = form.onSubmit((v) => {
    const body = { nameVi: v.nameVi.trim(), nameEn: v.nameEn.trim(), code: v.code.trim() };
    if (editing)
      update.mutate(
        { id: editing.id, version: editing.version, ...body },
        { onSuccess: (u) => onDone(t("admin.units.renamed", { name: unitName(u, lang) })) },
      );
    else if (dialog.mode === "add")
      create.mutate(
        { parentId: dialog.parent.id, kind: v.kind, ...body },
        { onSuccess: (u) => onDone(t("admin.units.added", { name: unitName(u, lang) })) },
      );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {dialog.mode === "add" && (
          <Text size="sm">{t("admin.units.under", { name: unitName(dialog.parent, lang) })}</Text>
        )}
        <TextInput label={t("admin.units.nameVi")} required {...form.getInputProps("nameVi")} data-autofocus />
        <TextInput label={t("admin.units.nameEn")} required {...form.getInputProps("nameEn")} />
        <TextInput
          label={t("admin.units.code")}
          description={t("admin.units.codeHint")}
          required
          {...form.getInputProps("code")}
        />
        {dialog.mode === "add" && (
          <Select
            label={t("admin.units.kind")}
            data={Object.entries(unitKinds).map(([value, p]) => ({ value, label: p[lang] }))}
            value={form.values.kind}
            onChange={(v) => {
              if (v !== null && isUnitKind(v)) form.setFieldValue("kind", v);
            }}
            allowDeselect={false}
          />
        )}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {dialog.mode === "add" ? t("admin.units.add") : t("admin.units.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Branch({
  unit,
  children,
  depth,
  open,
}: {
  unit: Unit;
  children: Map<string | null, Unit[]>;
  depth: number;
  open: (d: NonNullable<Dialog>) => void;
}) {
  const { t, lang } = useI18n();
  const below = children.get(unit.id) ?? [];
  const name = unitName(unit, lang);
  return (
    <li>
      <Group
        justify="space-between"
        gap="xs"
        wrap="wrap"
        py={6}
        style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
      >
        <Group gap="xs" wrap="wrap" style={{ flex: "1 1 18rem" }}>
          <Text fw={depth === 0 ? 700 : 500} size="sm">
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {lang === "en" ? unit.nameVi : unit.nameEn}
          </Text>
          <Badge variant="light" color="gray" tt="none">
            {unit.code}
          </Badge>
          {!unit.active && (
            <Badge variant="light" color="orange" tt="none">
              {t("admin.units.inactive")}
            </Badge>
          )}
        </Group>
        <Group gap={4}>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => open({ mode: "rename", unit })}
            aria-label={t("admin.units.renameOf", { name })}
          >
            {t("admin.units.rename")}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => open({ mode: "add", parent: unit })}
            aria-label={t("admin.units.addUnder", { name })}
          >
            {t("admin.units.addChild")}
          </Button>
        </Group>
      </Group>
      {below.length > 0 && (
        <ul style={{ listStyle: "none", margin: 0, paddingInlineStart: "1.25rem" }}>
          {below.map((u) => (
            <Branch key={u.id} unit={u} children={children} depth={depth + 1} open={open} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The ministry's units as a tree; administrators rename a unit or add one under another. */
export function UnitsPage() {
  const { t, lang } = useI18n();
  const units = useUnits();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState<string | null>(null);
  const children = new Map<string | null, Unit[]>();
  for (const u of units.data ?? []) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  for (const list of children.values()) list.sort((a, b) => compareVi(unitName(a, lang), unitName(b, lang)));
  const roots = children.get(null) ?? [];
  return (
    <Page title={t("admin.units.title")} description={t("admin.units.description")}>
      {done && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t("common.close")}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : roots.length === 0 ? (
        <EmptyState>{t("admin.units.empty")}</EmptyState>
      ) : (
        <Paper withBorder radius="md" p="md">
          <ul style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={t("admin.units.tree")}>
            {roots.map((u) => (
              <Branch key={u.id} unit={u} children={children} depth={0} open={setDialog} />
            ))}
          </ul>
        </Paper>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={
          dialog?.mode === "rename"
            ? t("admin.units.renameTitle", { name: unitName(dialog.unit, lang) })
            : t("admin.units.addTitle")
        }
      >
        {dialog && (
          <UnitForm
            key={dialog.mode === "rename" ? dialog.unit.id : `add-${dialog.parent.id}`}
            dialog={dialog}
            onDone={(message) => {
              setDialog(null);
              setDone(message);
            }}
          />
        )}
      </Modal>
    </Page>
  );
}
