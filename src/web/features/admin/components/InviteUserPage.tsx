import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useNotify } from "../../../lib/notify";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { UnitSelect } from "../../../components/UnitSelect";
import { useInviteUser } from "../api/inviteUser";
import { GrantPicker, grantReady, type GrantDraft } from "./GrantPicker";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteUserPage() {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const invite = useInviteUser();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [title, setTitle] = useState("");
  const [external, setExternal] = useState(false);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState("");
  const [language, setLanguage] = useState<"vi" | "en">(lang);
  const [grant, setGrant] = useState<GrantDraft>({ role: null, scopeId: null });
  const [errors, setErrors] = useState<{ name?: string; email?: string; grant?: string }>({});

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!name.trim()) next.name = t("admin.form.required");
    if (!email.trim()) next.email = t("admin.form.required");
    else if (!EMAIL.test(email.trim())) next.email = t("admin.form.emailInvalid");
    if (grant.role && !grantReady(grant)) next.grant = t("admin.grants.scopeRequired");
    setErrors(next);
    if (Object.keys(next).length) return;
    invite.mutate(
      {
        name: name.trim(),
        email: email.trim(),
        title: title.trim() || null,
        external,
        unitId: external ? null : unitId,
        organisation: organisation.trim() || null,
        language,
        grants: grantReady(grant) ? [{ role: grant.role, scopeId: grant.scopeId?.trim() || null }] : [],
      },
      {
        onSuccess: (res) => {
          notify(t("admin.invite.sent", { email: res.user.email }));
          void navigate(`/admin/users/${res.user.id}`, { state: { inviteLink: res.link } });
        },
      },
    );
  };

  return (
    <Page
      title={t("admin.invite.title")}
      description={t("admin.invite.description")}
      before={
        <Anchor component={Link} to="/admin/users" size="sm">
          ← {t("admin.user.back")}
        </Anchor>
      }
    >
      <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} maw={760}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={invite.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("admin.user.name")}
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.name}
                autoComplete="off"
              />
              <TextInput
                label={t("admin.user.email")}
                type="email"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={errors.email}
                autoComplete="off"
              />
              <TextInput
                label={t("admin.user.title")}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
              <Select
                label={t("admin.user.language")}
                data={[
                  { value: "vi", label: t("common.language.vi") },
                  { value: "en", label: t("common.language.en") },
                ]}
                value={language}
                onChange={(v) => setLanguage(v === "en" ? "en" : "vi")}
                allowDeselect={false}
              />
            </SimpleGrid>
            <Checkbox
              label={t("admin.user.external")}
              description={t("admin.user.externalHint")}
              checked={external}
              onChange={(e) => setExternal(e.currentTarget.checked)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {!external && (
                <UnitSelect
                  id="invite-user-unit"
                  label={t("admin.user.unit")}
                  placeholder={t("admin.user.unitPlaceholder")}
                  value={unitId}
                  onChange={setUnitId}
                />
              )}
              <TextInput
                label={t("admin.user.organisation")}
                description={t("admin.user.organisationHint")}
                value={organisation}
                onChange={(e) => setOrganisation(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Title order={2} fz="h4" mt="xs">
              {t("admin.invite.roleTitle")}
            </Title>
            <GrantPicker
              value={grant}
              onChange={setGrant}
              roleLabel={t("admin.invite.role")}
              allowNone
              idPrefix="invite"
            />
            {errors.grant && (
              <Text c="red.8" size="sm" role="alert">
                {errors.grant}
              </Text>
            )}
            <Group justify="flex-end">
              <Button component={Link} to="/admin/users" variant="default">
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t("admin.invite.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
