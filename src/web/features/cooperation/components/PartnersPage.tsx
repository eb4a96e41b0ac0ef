import { useState } from "react";
import { Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { foldFilter } from "../../../components/foldFilter";
import { orNull, useCheckedForm } from "../../../components/useCheckedForm";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import { countryOptions } from "../../../../shared/countries";
import { useCreatePartner, usePartnersPage } from "../api/partners";
import { partnerKinds } from "../api/types";
import { useAccess } from "./CooperationLayout";
import { ScrollTable, useNames } from "./labels";

/** The ICD adds a partner: names in Vietnamese and English, short name, kind, country. */
function PartnerForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const create = useCreatePartner();
  const form = useCheckedForm({
    initialValues: {
      nameVi: "",
      nameEn: "",
      shortName: "",
      kind: "government",
      country: null as string | null,
    },
    required: {
      nameVi: t("cooperation.partners.nameVi"),
      nameEn: t("cooperation.partners.nameEn"),
      kind: t("cooperation.partners.col.kind"),
    },
    limits: { nameVi: 300, nameEn: 300, shortName: 50 },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            nameVi: v.nameVi.trim(),
            nameEn: v.nameEn.trim(),
            shortName: orNull(v.shortName),
            kind: partnerKinds.find((k) => k === v.kind) ?? "other",
            country: v.country,
          },
          {
            onSuccess: (p) => {
              notify(t("cooperation.partners.added", { name: lang === "en" ? p.nameEn : p.nameVi }));
              onDone();
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        <TextInput label={t("cooperation.partners.nameVi")} {...form.getInputProps("nameVi")} required />
        <TextInput label={t("cooperation.partners.nameEn")} {...form.getInputProps("nameEn")} required lang="en" />
        <TextInput label={t("cooperation.partners.shortName")} {...form.getInputProps("shortName")} />
        <Select
          label={t("cooperation.partners.col.kind")}
          data={partnerKinds.map((k) => ({ value: k, label: t(`cooperation.partnerKind.${k}`) }))}
          {...form.getInputProps("kind")}
          required
          allowDeselect={false}
        />
        <Select
          label={t("cooperation.partners.col.country")}
          data={countryOptions(lang)}
          {...form.getInputProps("country")}
          searchable
          clearable
          filter={foldFilter}
        />
        <ErrorAlert error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("cooperation.partners.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The partner directory: foreign agencies, governments, international organisations, by country. */
export function PartnersPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const list = usePartnersPage();
  const access = useAccess();
  const [adding, setAdding] = useState(false);
  return (
    <Page
      title={t("cooperation.partners.title")}
      actions={access.editPartners && <Button onClick={() => setAdding(true)}>{t("cooperation.partners.add")}</Button>}
    >
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t("cooperation.partners.add")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {adding && <PartnerForm onDone={() => setAdding(false)} />}
      </Modal>
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
