import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useSearchParamsUpdate } from "../../../lib/searchParams";
import {
  Anchor,
  Badge,
  Box,
  Button,
  Collapse,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { PeriodFields } from "./PeriodFields";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { auditEntities, auditModules, type AuditModule } from "../../../../shared/audit";
import { AUDIT_PAGE_SIZE, useAudit, type AuditEntry } from "../api/audit";
import { PersonPicker, RecordPicker } from "./SearchPicker";

/** The module the address names, when it is one the audit knows. */
const asModule = (m: string | null | undefined): AuditModule | undefined =>
  m != null && isAuditModule(m) ? m : undefined;
const isAuditModule = (m: string): m is AuditModule => Object.hasOwn(auditModules, m);

function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (!entry.changes.length)
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
            <Table.Th w="26%">{t("admin.audit.field")}</Table.Th>
            <Table.Th w="37%">{t("admin.audit.before")}</Table.Th>
            <Table.Th w="37%">{t("admin.audit.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entry.changes.map((c) => (
            <Table.Tr key={c.field}>
              <Table.Td>{c.label}</Table.Td>
              {c.hidden ? (
                <Table.Td colSpan={2}>
                  <Text size="sm" c="dimmed" fs="italic">
                    {t("admin.audit.hidden")}
                  </Text>
                </Table.Td>
              ) : (
                <>
                  <Table.Td bg={c.before !== null ? "red.0" : undefined} style={{ overflowWrap: "anywhere" }}>
                    {c.before ?? (
                      <Text span c="dimmed">
                        {t("common.none")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td bg={c.after !== null ? "green.0" : undefined} style={{ overflowWrap: "anywhere" }}>
                    <Text span c="dimmed" aria-hidden>
                      {"→ "}
                    </Text>
                    {c.after === null ? (
                      <Text span c="dimmed">
                        {t("common.none")}
                      </Text>
                    ) : (
                      <Text span fw={600} size="sm">
                        {c.after}
                      </Text>
                    )}
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const { t, fmtDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = `audit-${entry.id}`;
  return (
    <Paper withBorder radius="md" p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Text fw={600} size="sm" style={{ overflowWrap: "anywhere", flex: "1 1 20rem" }}>
            {entry.summary}
          </Text>
          <Text size="sm" c="dimmed">
            <time dateTime={entry.at}>{fmtDateTime(entry.at)}</time>
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="blue" tt="none">
            {entry.moduleText}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {entry.actionText}
          </Badge>
          <Badge variant="light" color="gray" tt="none">
            {entry.entityText}
          </Badge>
          {entry.entity === "user" && (
            <Anchor component={Link} to={`/admin/users/${entry.entityId}`} size="sm">
              {t("admin.audit.openUser")}
            </Anchor>
          )}
        </Group>
        <Group gap="xs">
          {entry.changes.length > 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={panelId}
            >
              {open ? t("admin.audit.hideChanges") : t("admin.audit.showChanges", { n: entry.changes.length })}
            </Button>
          )}
          <Anchor
            component={Link}
            to={`/admin/audit?entity=${encodeURIComponent(entry.entity)}&entityId=${encodeURIComponent(entry.entityId)}`}
            size="sm"
          >
            {t("admin.audit.recordHistory")}
          </Anchor>
        </Group>
        <Collapse expanded={open} id={panelId}>
          {open && <Changes entry={entry} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}

/** "1–50 of 1,234" and the pages, when one page does not hold every row. */
export function AuditPager({
  page,
  total,
  shown,
  onChange,
}: {
  page: number;
  total: number;
  shown: number;
  onChange: (p: number) => void;
}) {
  const { t, fmtNumber } = useI18n();
  const pages = Math.ceil(total / AUDIT_PAGE_SIZE);
  const from = (page - 1) * AUDIT_PAGE_SIZE + 1;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" role="status">
        {t("admin.audit.range", { from: fmtNumber(from), to: fmtNumber(from + shown - 1), total: fmtNumber(total) })}
      </Text>
      {pages > 1 && (
        <Box component="nav" aria-label={t("admin.audit.pages")}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            siblings={1}
            getItemProps={(p) => ({ "aria-label": t("admin.users.pageN", { n: p }) })}
            getControlProps={(control) =>
              control === "previous"
                ? { "aria-label": t("admin.users.pagePrev") }
                : control === "next"
                  ? { "aria-label": t("admin.users.pageNext") }
                  : {}
            }
          />
        </Box>
      )}
    </Stack>
  );
}

/** The URL holds the filters, so a history link and the browser's back button work. */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const [, updateParams] = useSearchParamsUpdate();
  const get = (k: string) => params.get(k) || undefined;
  const set = (next: Record<string, string | null | undefined>, keepPage = false) => {
    // From the address as it is when the change lands (a search written after its pause keeps a filter picked
    // meanwhile).
    updateParams((p) => {
      for (const [k, v] of Object.entries(next)) {
        if (v) p.set(k, v);
        else p.delete(k);
      }
      if (!keepPage) p.delete("page");
    });
  };
  const page = Math.max(1, Number(params.get("page")) || 1);
  return { get, set, page, any: [...params.keys()].some((k) => k !== "page"), clear: () => setParams({}) };
}

export function AuditPage() {
  const { t, lang } = useI18n();
  const f = useFilterParams();
  const [from, setFrom] = useState<string | null>(f.get("from") ?? "");
  const [to, setTo] = useState<string | null>(f.get("to") ?? "");
  const entity = f.get("entity");
  const filter = {
    actorId: f.get("actorId"),
    module: asModule(f.get("module")),
    entity,
    entityId: f.get("entityId"),
    from: f.get("from"),
    to: f.get("to"),
    page: f.page,
  };
  const audit = useAudit(filter);
  const rows = audit.data?.rows ?? [];
  // The names of what the address filters by, for the pickers (a history link carries ids).
  const actorLabel = filter.actorId ? (rows.find((r) => r.actorId === filter.actorId)?.actorName ?? null) : null;
  const recordLabel = filter.entityId ? (rows.find((r) => r.entityId === filter.entityId)?.entityLabel ?? null) : null;

  return (
    <Page title={t("admin.audit.title")} description={t("admin.audit.description")}>
      <Paper withBorder radius="md" p="md">
        <Box component="form" aria-label={t("admin.audit.filters")} onSubmit={(e) => e.preventDefault()}>
          <Stack gap="sm">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <PersonPicker
                id="audit-person"
                label={t("admin.audit.person")}
                value={filter.actorId ?? null}
                valueLabel={actorLabel}
                onChange={(id) => f.set({ actorId: id })}
              />
              <PeriodFields from={from} to={to} setFrom={setFrom} setTo={setTo} onChange={(patch) => f.set(patch)} />
            </Group>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Select
                id="audit-module"
                label={t("admin.audit.module")}
                placeholder={t("admin.audit.allModules")}
                clearable
                data={Object.entries(auditModules).map(([value, p]) => ({ value, label: p[lang] }))}
                value={filter.module ?? null}
                onChange={(v) => f.set({ module: v })}
                style={{ flex: "1 1 12rem" }}
              />
              <Select
                id="audit-entity"
                label={t("admin.audit.entity")}
                placeholder={t("admin.audit.allEntities")}
                clearable
                searchable
                data={Object.entries(auditEntities)
                  .map(([value, p]) => ({ value, label: p[lang] }))
                  .sort((a, b) => a.label.localeCompare(b.label, lang))}
                value={entity ?? null}
                onChange={(v) => f.set({ entity: v, entityId: null })}
                style={{ flex: "1 1 12rem" }}
              />
              <RecordPicker
                key={entity ?? "none"}
                id="audit-record"
                entity={entity ?? ""}
                label={t("admin.audit.record")}
                description={entity ? undefined : t("admin.audit.recordFirst")}
                disabled={!entity}
                value={filter.entityId ?? null}
                valueLabel={recordLabel}
                onChange={(id) => f.set({ entityId: id })}
              />
            </Group>
            <Group>
              <Button
                variant="default"
                disabled={!f.any}
                onClick={() => {
                  setFrom("");
                  setTo("");
                  f.clear();
                }}
              >
                {t("admin.audit.clear")}
              </Button>
            </Group>
          </Stack>
        </Box>
      </Paper>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.total === 0 ? (
        <EmptyState>{t("admin.audit.empty")}</EmptyState>
      ) : (
        <Stack gap="sm">
          <AuditPager
            page={f.page}
            total={audit.data.total}
            shown={rows.length}
            onChange={(p) => f.set({ page: String(p) }, true)}
          />
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("admin.audit.title")}>
            {rows.map((e) => (
              <Entry key={e.id} entry={e} />
            ))}
          </Stack>
        </Stack>
      )}
    </Page>
  );
}
