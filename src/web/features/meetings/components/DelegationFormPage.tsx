import { useState, type FormEvent } from "react";
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
import { useFieldChecks } from "../../../components/fieldChecks";

function Form({ m, d }: { m: Meeting; d: Delegation | null }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const save = useSaveDelegation(m.id, d?.id ?? null);
  const delegates = useDelegates(m.id, d?.id ?? "", !!d);
  const [country, setCountry] = useState<string | null>(d?.country ?? null);
  const [category, setCategory] = useState<DelegationCategory>(d?.category ?? "asean_member");
  const [nameVi, setNameVi] = useState(d?.nameVi ?? "");
  const [nameEn, setNameEn] = useState(d?.nameEn ?? "");
  const [head, setHead] = useState<string | null>(d?.headDelegateId ?? null);
  const [contactName, setContactName] = useState(d?.contactName ?? "");
  const [contactEmail, setContactEmail] = useState(d?.contactEmail ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const check = useFieldChecks();
  // The server's limits (DelegationBody): refused here with a message that says the limit, never cut as typed.
  const long = {
    nameVi: check.tooLong(nameVi, 300),
    nameEn: check.tooLong(nameEn, 300),
    contactName: check.tooLong(contactName, 200),
    contactEmail: check.tooLong(contactEmail, 320),
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!country && (!nameVi.trim() || !nameEn.trim())) errs.nameVi = t("meetings.delegation.nameNeeded");
    if (contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail.trim()))
      errs.contactEmail = t("meetings.form.emailInvalid");
    setErrors(errs);
    if (Object.keys(errs).length || Object.values(long).some(Boolean)) return;
    const body: DelegationInput & { version?: number } = {
      country,
      category,
      nameVi: orNull(nameVi),
      nameEn: orNull(nameEn),
      contactName: orNull(contactName),
      contactEmail: orNull(contactEmail),
      ...(d ? { version: d.version, headDelegateId: head } : {}),
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
  };

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
              value={country}
              onChange={setCountry}
              searchable
              clearable
              filter={foldFilter}
            />
            <Select
              label={t("meetings.delegation.category")}
              data={delegationCategories.map((c) => ({ value: c, label: t(`meetings.category.${c}`) }))}
              value={category}
              onChange={(v) => v && setCategory(v)}
              allowDeselect={false}
              required
            />
            <TextInput
              label={t("meetings.delegation.nameVi")}
              description={t("meetings.delegation.nameHint")}
              value={nameVi}
              onChange={(e) => setNameVi(e.currentTarget.value)}
              error={long.nameVi ?? errors.nameVi}
            />
            <TextInput
              label={t("meetings.delegation.nameEn")}
              description={t("meetings.delegation.nameHint")}
              value={nameEn}
              onChange={(e) => setNameEn(e.currentTarget.value)}
              error={long.nameEn}
            />
            {d && (
              <Select
                label={t("meetings.delegation.head")}
                data={(delegates.data ?? []).map((x) => ({ value: x.id, label: x.fullName }))}
                value={head}
                onChange={setHead}
                clearable
                searchable
                filter={foldFilter}
              />
            )}
            <TextInput
              label={t("meetings.delegation.contactName")}
              value={contactName}
              onChange={(e) => setContactName(e.currentTarget.value)}
              error={long.contactName}
            />
            <TextInput
              type="email"
              label={t("meetings.delegation.contactEmail")}
              value={contactEmail}
              onChange={(e) => setContactEmail(e.currentTarget.value)}
              error={long.contactEmail ?? errors.contactEmail}
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
