import { Link } from "react-router";
import { useSearchParamsUpdate } from "../../../lib/searchParams";
import { Alert, Anchor, Group, Paper, Select, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { todayInHanoi } from "../../../../shared/dates";
import {
  documentKinds,
  type DocumentIssuer,
  type DocumentKind,
  type IssuedDocument,
} from "../../../../shared/schemas/documents";
import { useRegister } from "../api/register";
import { useAccess } from "./CooperationLayout";
import { ScrollTable } from "./labels";
import { isOneOf } from "../../../../shared/text";

const isDocumentKind = (k: string): k is DocumentKind => isOneOf(documentKinds, k);

function RegisterTable({ rows, label }: { rows: IssuedDocument[]; label: string }) {
  const { t, fmtDate } = useI18n();
  const kind = (k: string) => (isDocumentKind(k) ? t(`cooperation.register.kind.${k}`) : k);
  return (
    <Paper withBorder radius="md">
      <ScrollTable label={label}>
        <Table verticalSpacing="xs" data-testid="coop-register">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("cooperation.register.col.number")}</Table.Th>
              <Table.Th>{t("cooperation.register.col.date")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("cooperation.register.col.kind")}</Table.Th>
              <Table.Th>{t("cooperation.register.col.record")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("cooperation.register.col.issuedBy")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id} data-number={d.number}>
                <Table.Td>
                  <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
                    {d.number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {fmtDate(d.issuedOn)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{kind(d.kind)}</Text>
                </Table.Td>
                <Table.Td>
                  {d.link ? (
                    <Anchor component={Link} to={d.link} size="sm">
                      {d.recordLabel ?? d.title}
                    </Anchor>
                  ) : (
                    <Text size="sm">{d.recordLabel ?? d.title}</Text>
                  )}
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {kind(d.kind)} · {d.issuedByName}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{d.issuedByName}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/**
 * The documents register (decision 022): the numbers an issuer took in a year — number, date, kind, the activity it
 * belongs to, who took it. The ICD and administrators read every register, the personnel officer its own.
 */
export function RegisterPage() {
  const { t } = useI18n();
  const access = useAccess();
  const [params, updateParams] = useSearchParamsUpdate();
  const set = (key: string, value: string | null) =>
    updateParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
      },
      { replace: true },
    );
  const thisYear = Number(todayInHanoi().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  const yearParam = Number(params.get("year"));
  const year = Number.isInteger(yearParam) && yearParam > 1990 && yearParam < 2200 ? yearParam : thisYear;
  if (!years.includes(String(year))) years.push(String(year));
  const wanted = params.get("issuer");
  const issuer: DocumentIssuer | null = access.registers.find((i) => i === wanted) ?? access.registers[0] ?? null;
  const register = useRegister(issuer, year);
  const issuerName = issuer ? t(`cooperation.register.issuer.${issuer}`) : "";
  return (
    <Page title={t("cooperation.register.title")} description={t("cooperation.register.description")}>
      {!issuer ? (
        <Alert variant="light">{t("cooperation.register.none")}</Alert>
      ) : (
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t("cooperation.register.issuerLabel")}
              data={access.registers.map((i) => ({ value: i, label: t(`cooperation.register.issuer.${i}`) }))}
              value={issuer}
              onChange={(v) => set("issuer", v)}
              allowDeselect={false}
              style={{ flex: "1 1 16rem", maxWidth: "22rem" }}
            />
            <Select
              label={t("cooperation.register.year")}
              data={years}
              value={String(year)}
              onChange={(v) => set("year", v)}
              allowDeselect={false}
              w={110}
            />
          </Group>
          <QueryState
            query={register}
            isEmpty={(d) => d.rows.length === 0}
            empty={t("cooperation.register.empty", { issuer: issuerName, year })}
          >
            {(d) => (
              <Stack gap="xs">
                <Text size="sm" role="status">
                  {d.total > d.rows.length
                    ? t("cooperation.register.more", { shown: d.rows.length, n: d.total })
                    : t("cooperation.register.count", { n: d.total })}
                </Text>
                <RegisterTable rows={d.rows} label={t("cooperation.register.table", { issuer: issuerName, year })} />
              </Stack>
            )}
          </QueryState>
        </Stack>
      )}
    </Page>
  );
}
