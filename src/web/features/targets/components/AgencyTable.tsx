import { useMemo, useState } from "react";
import {
  Badge,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { compareVi, matchesSearch } from "../../../../shared/text";
import type { AgencyProgress, AgencyValue, IndicatorProgress, PeriodStatus } from "../api/types";
import { PeriodStatusBadge, usePercent, useTargetNames } from "./labels";
import classes from "./targets.module.css";

/** "name", "status", or an indicator id. */
type SortKey = string;
type Kind = "all" | "ministry" | "province";
const statusOrder: Record<PeriodStatus, number> = { missing: 0, draft: 1, returned: 2, submitted: 3, accepted: 4 };

function ValueCell({ v, ind }: { v: AgencyValue | undefined; ind: IndicatorProgress }) {
  const { t, fmtDate, fmtNumber, lang } = useI18n();
  const pct = usePercent();
  if (!v) {
    return (
      <Text size="sm" c="dimmed">
        {t("targets.table.noFigures")}
      </Text>
    );
  }
  const sourceNames = v.sources.map(
    (s) => (lang === "en" ? s.nameEn : s.nameVi) + (s.validTo ? ` ${t("targets.formerSuffix")}` : ""),
  );
  const fromOthers = v.sources.some((s) => s.validTo !== null);
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} c={v.lagging ? "red.9" : undefined}>
          {ind.kind === "boolean" ? (v.numerator === v.denominator ? t("common.yes") : pct(v.percent)) : pct(v.percent)}
        </Text>
        {v.lagging && (
          <Badge color="red.9" variant="filled" size="xs" tt="none">
            {t("targets.table.lagging")}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {ind.kind === "boolean"
          ? v.achievedOn
            ? v.late
              ? t("targets.table.late", { date: fmtDate(v.achievedOn) })
              : t("targets.table.issued", { date: fmtDate(v.achievedOn) })
            : `${fmtNumber(v.numerator)}/${fmtNumber(v.denominator)}`
          : `${fmtNumber(v.numerator)}/${fmtNumber(v.denominator)}`}
        {" · "}
        {fromOthers
          ? t("targets.table.fromSources", { period: v.period, names: sourceNames.join(", ") })
          : t("targets.table.period", { period: v.period })}
      </Text>
      {v.partial && <Text size="xs">⚠{t("targets.table.partial")}</Text>}
    </Stack>
  );
}

function SortHeader({
  label,
  k,
  sort,
  setSort,
}: {
  label: string;
  k: SortKey;
  sort: { key: SortKey; desc: boolean };
  setSort: (s: { key: SortKey; desc: boolean }) => void;
}) {
  const { t } = useI18n();
  const active = sort.key === k;
  return (
    <Table.Th aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}>
      <UnstyledButton
        className={classes.sortButton}
        onClick={() => setSort({ key: k, desc: active ? !sort.desc : false })}
        aria-label={t("targets.table.sortBy", { column: label })}
      >
        {label} {active ? (sort.desc ? "▼" : "▲") : "↕"}
      </UnstyledButton>
    </Table.Th>
  );
}

/** Every agency in force on the date: status of the period, each indicator's share; sortable, filterable, searchable. */
export function AgencyTable({
  agencies,
  indicators,
  period,
}: {
  agencies: AgencyProgress[];
  indicators: IndicatorProgress[];
  period: number | null;
}) {
  const { t, lang } = useI18n();
  const names = useTargetNames();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<Kind>("all");
  const [onlyLagging, setOnlyLagging] = useState(false);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "name", desc: false });

  const rows = useMemo(() => {
    const list = agencies.filter(
      (a) =>
        (kind === "all" || a.kind === kind) &&
        (!onlyLagging || a.lagging) &&
        (!onlyMissing || statusOrder[a.periodStatus] < statusOrder.submitted) &&
        matchesSearch([a.nameVi, a.nameEn, a.code, ...a.former.flatMap((f) => [f.nameVi, f.nameEn])].join(" "), q),
    );
    const name = (a: AgencyProgress) => (lang === "en" ? a.nameEn : a.nameVi);
    const cmp = (x: AgencyProgress, y: AgencyProgress): number => {
      if (sort.key === "name") return compareVi(name(x), name(y));
      if (sort.key === "status") return statusOrder[x.periodStatus] - statusOrder[y.periodStatus];
      const vx = x.values.find((v) => v.indicatorId === sort.key)?.percent ?? -1;
      const vy = y.values.find((v) => v.indicatorId === sort.key)?.percent ?? -1;
      return vx - vy;
    };
    return [...list].sort((x, y) => (sort.desc ? -1 : 1) * cmp(x, y) || compareVi(name(x), name(y)));
  }, [agencies, q, kind, onlyLagging, onlyMissing, sort, lang]);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="agency-table-title">
      <Stack gap="sm">
        <Text component="h2" fz="h4" fw={700} id="agency-table-title" m={0}>
          {t("targets.table.title")}
        </Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            type="search"
            label={t("targets.table.search")}
            placeholder={t("common.searchPlaceholder")}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: "1 1 14rem" }}
            name="agency-search"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="agency-kind-label">
              {t("targets.table.kind")}
            </Text>
            <SegmentedControl
              aria-labelledby="agency-kind-label"
              value={kind}
              onChange={(v) => setKind(v === "ministry" || v === "province" ? v : "all")}
              data={[
                { value: "all", label: t("targets.table.kind.all") },
                { value: "ministry", label: t("targets.table.kind.ministry") },
                { value: "province", label: t("targets.table.kind.province") },
              ]}
            />
          </Stack>
          <Stack gap={6} pb={4}>
            <Checkbox
              label={t("targets.table.onlyLagging")}
              checked={onlyLagging}
              onChange={(e) => setOnlyLagging(e.currentTarget.checked)}
            />
            <Checkbox
              label={t("targets.table.onlyNotReported")}
              checked={onlyMissing}
              onChange={(e) => setOnlyMissing(e.currentTarget.checked)}
            />
          </Stack>
        </Group>
        <Text size="sm" c="dimmed" role="status">
          {t("targets.table.count", { n: rows.length })}
        </Text>
        {rows.length === 0 ? (
          <Text c="dimmed">{t("targets.table.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" data-testid="agency-table">
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label={t("targets.table.col.agency")} k="name" sort={sort} setSort={setSort} />
                  <SortHeader
                    label={
                      period === null ? t("targets.table.col.statusNone") : t("targets.table.col.status", { period })
                    }
                    k="status"
                    sort={sort}
                    setSort={setSort}
                  />
                  {indicators.map((i) => (
                    <SortHeader
                      key={i.id}
                      label={t("targets.table.col.indicator", { code: i.code })}
                      k={i.id}
                      sort={sort}
                      setSort={setSort}
                    />
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={a.code} className={a.lagging ? classes.laggingRow : undefined} data-agency={a.code}>
                    <Table.Th scope="row" fw={400}>
                      <Text size="sm" fw={600}>
                        {names.name(a)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`targets.kind.${a.kind}`)}
                        {a.former.length > 0 &&
                          ` · ${t("targets.table.formedFrom", { names: a.former.map((f) => names.name(f)).join(", ") })}`}
                      </Text>
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <PeriodStatusBadge status={a.periodStatus} />
                    </Table.Td>
                    {indicators.map((i) => (
                      <Table.Td key={i.id}>
                        <ValueCell v={a.values.find((v) => v.indicatorId === i.id)} ind={i} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
