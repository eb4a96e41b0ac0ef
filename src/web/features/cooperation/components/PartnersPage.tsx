import { Paper, Table, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import { usePartnersPage } from "../api/partners";
import { ScrollTable, useNames } from "./labels";

/** The partner directory: foreign agencies, governments, international organisations, by country. */
export function PartnersPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const list = usePartnersPage();
  return (
    <Page title={t("cooperation.partners.title")}>
      <PagedSearch paged={list} label={t("cooperation.partners.search")} />
      <PagedList paged={list} empty={t("cooperation.partners.empty")} noMatch={t("cooperation.partners.noMatch")}>
        {(rows) => (
          <Paper withBorder radius="md">
            <ScrollTable label={t("cooperation.partners.table")}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("cooperation.partners.col.name")}</Table.Th>
                    <Table.Th visibleFrom="sm">{t("cooperation.partners.col.kind")}</Table.Th>
                    <Table.Th>{t("cooperation.partners.col.country")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {lang === "en" ? p.nameEn : p.nameVi}
                          {p.shortName && ` (${p.shortName})`}
                        </Text>
                        <Text size="xs" c="dimmed" lang={lang === "en" ? "vi" : "en"}>
                          {lang === "en" ? p.nameVi : p.nameEn}
                        </Text>
                        <Text size="xs" c="dimmed" hiddenFrom="sm">
                          {t(`cooperation.partnerKind.${p.kind}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm">{t(`cooperation.partnerKind.${p.kind}`)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.country ? names.country(p.country) : "—"}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Paper>
        )}
      </PagedList>
    </Page>
  );
}
