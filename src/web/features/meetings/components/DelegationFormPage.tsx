import { Link, useNavigate, useParams } from "react-router";
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { foldFilter } from "../../../components/foldFilter";
import { countryOptions } from "../../../../shared/countries";
import { useDelegation } from "../api/delegation";
import { useSaveDelegation, type DelegationInput } from "../api/saveDelegation";
import { useDelegates } from "../api/delegates";
import { delegationCategories, type Delegation, type DelegationCategory, type Meeting } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { orNull } from "./labels";
import { useCheckedForm } from "../../../components/useCheckedForm";

function Form({ m, d }: { m: Meeting; d: Delegation | null }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const save = useSaveDelegation(m.id, d?.id ?? null);
  const delegates = useDelegates(m.id, d?.id ?? "", !!d);
  // The server's limits (DelegationBody): refused here with a message that says the limit, never cut as typed.
  const form = useCheckedForm<{
    country: string | null;
    category: DelegationCategory;
    nameVi: string;
    nameEn: string;
    head: string | null;
    contactName: string;
    contactEmail: string;
  }>({
    initialValues: {
      country: d?.country ?? null,
      category: d?.category ?? "asean_member",
      nameVi: d?.nameVi ?? "",
      nameEn: d?.nameEn ?? "",
      head: d?.headDelegateId ?? null,
      contactName: d?.contactName ?? "",
      contactEmail: d?.contactEmail ?? "",
    },
    limits: { nameVi: 300, nameEn: 300, contactName: 200, contactEmail: 320 },
    rules: (v) => ({
      nameVi: !v.country && (!v.nameVi.trim() || !v.nameEn.trim()) && t("meetings.delegation.nameNeeded"),
      contactEmail:
        v.contactEmail.trim() &&
        !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.contactEmail.trim()) &&
        t("meetings.form.emailInvalid"),
    }),
  });

  const onSubmit = form.onSubmit((v) => {
    const body: DelegationInput & { version?: number } = {
      country: v.country,
      category: v.category,
      nameVi: orNull(v.nameVi),
      nameEn: orNull(v.nameEn),
      contactName: orNull(v.contactName),
      contactEmail: orNull(v.contactEmail),
      ...(d ? { version: d.version, headDelegateId: v.head } : {}),
    };
    // mutateAsync, not mutate's onSuccess: saving an existing delegation refetches it, which remounts this form (it
    // is keyed by the version) before mutate's callbacks run, and those are dropped once their component has
    // unmounted. An error keeps the form mounted and is shown by ErrorAlert from save.error.
    void save.mutateAsync(body).then(
      (saved) => {
        notify(t("common.saved"));
        void navigate(`/meetings/${m.id}/delegations/${saved.id}`);
      },
      () => undefined,
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="delegation-form-title">
      <Stack gap="md">
        <Anchor
          component={Link}
          to={d ? `/meetings/${m.id}/delegations/${d.id}` : `/meetings/${m.id}/delegations`}
          size="sm"
        >
          ← {t("meetings.delegation.back")}
        </Anchor>
        <Title order={2} fz="h3" id="delegation-form-title">
          {d ? t("meetings.delegation.editTitle") : t("meetings.delegation.new")}
        </Title>
        <ErrorAlert error={save.error} onReload={() => void navigate(0)} />
        <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("meetings.delegation.country")}
              description={t("meetings.delegation.countryHint")}
              data={countryOptions(lang)}
              {...form.getInputProps("country")}
              searchable
              clearable
              filter={foldFilter}
            />
            <Select
              label={t("meetings.delegation.category")}
              data={delegationCategories.map((c) => ({ value: c, label: t(`meetings.category.${c}`) }))}
              {...form.getInputProps("category")}
              allowDeselect={false}
              required
            />
            <TextInput
              label={t("meetings.delegation.nameVi")}
              description={t("meetings.delegation.nameHint")}
              {...form.getInputProps("nameVi")}
            />
            <TextInput
              label={t("meetings.delegation.nameEn")}
              description={t("meetings.delegation.nameHint")}
              {...form.getInputProps("nameEn")}
            />
            {d && (
              <Select
                label={t("meetings.delegation.head")}
                data={(delegates.data ?? []).map((x) => ({ value: x.id, label: x.fullName }))}
                {...form.getInputProps("head")}
                clearable
                searchable
                filter={foldFilter}
              />
            )}
            <TextInput label={t("meetings.delegation.contactName")} {...form.getInputProps("contactName")} />
            <TextInput
              type="email"
              label={t("meetings.delegation.contactEmail")}
              {...form.getInputProps("contactEmail")}
            />
          </SimpleGrid>
        </Paper>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            component={Link}
            to={d ? `/meetings/${m.id}/delegations/${d.id}` : `/meetings/${m.id}/delegations`}
          >
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /meetings/:id/delegations/new — add a delegation (ICD, registration managers). */
export function NewDelegationPage() {
  const { t } = useI18n();
  const m = useMeetingContext();
  if (!m.permissions?.manageDelegations) return <EmptyState>{t("meetings.readOnly")}</EmptyState>;
  return <Form m={m} d={null} />;
}

/** /meetings/:id/delegations/:delegationId/edit */
export function EditDelegationPage() {
  const { t } = useI18n();
  const m = useMeetingContext();
  const { delegationId = "" } = useParams();
  const delegation = useDelegation(m.id, delegationId);
  if (!m.permissions?.manageDelegations) return <EmptyState>{t("meetings.readOnly")}</EmptyState>;
  return <QueryState query={delegation}>{(d) => <Form key={d.version} m={m} d={d} />}</QueryState>;
}
