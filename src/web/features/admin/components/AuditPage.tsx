import { useEffect, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { Anchor, Badge, Button, Code, Collapse, Group, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { useAudit, type AuditEntry } from "../api/audit";
import { diffRows, showValue } from "./diff";

function Value({ v, strong }: { v: unknown; strong?: boolean }) {
  const { t } = useI18n();
  if (v === null || v === undefined)
    return (
      <Text size="sm" c="dimmed">
        {t("common.none")}
      </Text>
    );
  if (typeof v === "boolean") return <Text size="sm">{v ? t("common.yes") : t("common.no")}</Text>;
  return (
    <Text size="sm" fw={strong ? 600 : undefined} style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
      {showValue(v)}
    </Text>
  );
}

function Diff({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const rows = diffRows(entry.before, entry.after);
  if (!rows.length)
    return (
      <Text size="sm" c="dimmed">
        {t("admin.audit.noChanges")}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">{t("admin.audit.field")}</Table.Th>
            <Table.Th w="38%">{t("admin.audit.before")}</Table.Th>
            <Table.Th w="38%">{t("admin.audit.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.field}>
              <Table.Td>
                <Code>{r.field || "—"}</Code>
              </Table.Td>
              <Table.Td bg={r.changed && r.before !== undefined && r.before !== null ? "red.0" : undefined}>
                <Value v={r.before} />
              </Table.Td>
              <Table.Td bg={r.changed && r.after !== undefined && r.after !== null ? "green.0" : undefined}>
                <Value v={r.after} strong={r.changed} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const { t, has, fmtDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const actionKey = `admin.audit.action.${entry.action}`;
  const entityKey = `admin.audit.entity.${entry.entity}`;
  const panelId = `audit-${entry.id}`;
  return (
    <Paper withBorder radius="md" p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm">
              {has(actionKey) ? t(actionKey) : entry.action}
            </Text>
            <Badge variant="light" color="gray" tt="none">
              {entry.action}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            <time dateTime={entry.at}>{fmtDateTime(entry.at)}</time>
          </Text>
        </Group>
        <Text size="sm">
          {t("admin.audit.actor")}:{" "}
          {entry.actorName && entry.actorName !== "system" ? entry.actorName : t("admin.audit.system")}
          {" · "}
          {has(entityKey) ? t(entityKey) : entry.entity}{" "}
          {entry.entity === "user" ? (
            <Anchor
              component={Link}
              to={`/admin/users/${entry.entityId}`}
              size="sm"
              ff={entry.entityLabel ? undefined : "monospace"}
              title={entry.entityId}
            >
              {entry.entityLabel ?? entry.entityId}
            </Anchor>
          ) : entry.entityLabel ? (
            <Text span size="sm" fw={500} title={entry.entityId}>
              {entry.entityLabel}
            </Text>
          ) : (
            <Text span size="sm" ff="monospace">
              {entry.entityId}
            </Text>
          )}
        </Text>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={panelId}
          >
            {open ? t("admin.audit.hideChanges") : t("admin.audit.showChanges")}
          </Button>
          <Anchor
            component={Link}
            to={`/admin/audit?entity=${encodeURIComponent(entry.entity)}&entityId=${encodeURIComponent(entry.entityId)}`}
            size="sm"
          >
            {t("admin.audit.recordHistory")}
          </Anchor>
        </Group>
        <Collapse expanded={open} id={panelId}>
          {open && <Diff entry={entry} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}

export function AuditPage() {
  const { t, has } = useI18n();
  const [params, setParams] = useSearchParams();
  const entity = params.get("entity") ?? "";
  const entityId = params.get("entityId") ?? "";
  const [draftEntity, setDraftEntity] = useState(entity);
  const [draftId, setDraftId] = useState(entityId);
  // Following a "history" link while on this page must refill the filter fields.
  useEffect(() => {
    setDraftEntity(entity);
    setDraftId(entityId);
  }, [entity, entityId]);
  const audit = useAudit({ entity: entity || undefined, entityId: entityId || undefined });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (draftEntity.trim()) p.set("entity", draftEntity.trim());
    if (draftId.trim()) p.set("entityId", draftId.trim());
    setParams(p);
  };
  const clear = () => {
    setDraftEntity("");
    setDraftId("");
    setParams(new URLSearchParams());
  };
  const entries = audit.data?.pages.flat() ?? [];

  return (
    <Page
      title={t("admin.audit.title")}
      description={
        entity || entityId
          ? t("admin.audit.filtered", {
              entity:
                entity && has(`admin.audit.entity.${entity}`)
                  ? t(`admin.audit.entity.${entity}` as TranslationKey)
                  : entity || "*",
              id: (entityId && entries.find((x) => x.entityId === entityId)?.entityLabel) || entityId || "*",
            })
          : t("admin.audit.description")
      }
    >
      <Paper withBorder radius="md" p="md">
        <form onSubmit={apply} aria-label={t("admin.audit.filters")}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t("admin.audit.entity")}
              description={t("admin.audit.entityHint")}
              value={draftEntity}
              onChange={(e) => setDraftEntity(e.currentTarget.value)}
              style={{ flex: "1 1 12rem" }}
            />
            <TextInput
              label={t("admin.audit.entityId")}
              value={draftId}
              onChange={(e) => setDraftId(e.currentTarget.value)}
              style={{ flex: "2 1 18rem" }}
              description={t("admin.audit.entityIdHint")}
            />
            <Group gap="xs">
              <Button type="submit">{t("admin.audit.apply")}</Button>
              <Button variant="default" onClick={clear} disabled={!entity && !entityId && !draftEntity && !draftId}>
                {t("admin.audit.clear")}
              </Button>
            </Group>
          </Group>
        </form>
      </Paper>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError && !entries.length ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState>{t("admin.audit.empty")}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("admin.audit.title")}>
            {entries.map((e) => (
              <Entry key={e.id} entry={e} />
            ))}
          </Stack>
          {audit.isFetchNextPageError && <ErrorState error={audit.error} onRetry={() => void audit.fetchNextPage()} />}
          {audit.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
                {t("common.loadMore")}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Page>
  );
}
