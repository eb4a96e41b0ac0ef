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
import { useCheckedForm } from "../../../components/useCheckedForm";
import { GrantPicker, grantReady, type GrantDraft } from "./GrantPicker";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteUserPage() {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const invite = useInviteUser();
  const form = useCheckedForm<{
    name: string;
    email: string;
    title: string;
    external: boolean;
    unitId: string | null;
    organisation: string;
    language: "vi" | "en";
    grant: GrantDraft;
  }>({
    initialValues: {
      name: "",
      email: "",
      title: "",
      external: false,
      unitId: null,
      organisation: "",
      language: lang,
      grant: { role: null, scopeId: null },
    },
    required: { name: t("admin.user.name"), email: t("admin.user.email") },
    rules: (v) => ({
      email: v.email.trim() && !EMAIL.test(v.email.trim()) && t("admin.form.emailInvalid"),
      grant: v.grant.role && !grantReady(v.grant) && t("admin.grants.scopeRequired"),
    }),
  });
  const { external, grant } = form.values;

  const onSubmit = form.onSubmit((v) =>
    invite.mutate(
      {
        name: v.name.trim(),
        email: v.email.trim(),
        title: v.title.trim() || null,
        external: v.external,
        unitId: v.external ? null : v.unitId,
        organisation: v.organisation.trim() || null,
        language: v.language,
        grants: grantReady(v.grant) ? [{ role: v.grant.role, scopeId: v.grant.scopeId?.trim() || null }] : [],
      },
      {
        onSuccess: (res) => {
          notify(t("admin.invite.sent", { email: res.user.email }));
          void navigate(`/admin/users/${res.user.id}`, { state: { inviteLink: res.link } });
        },
      },
    ),
  );

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
              <TextInput label={t("admin.user.name")} required {...form.getInputProps("name")} autoComplete="off" />
              <TextInput
                label={t("admin.user.email")}
                type="email"
                required
                {...form.getInputProps("email")}
                autoComplete="off"
              />
              <TextInput label={t("admin.user.title")} {...form.getInputProps("title")} />
              <Select
                label={t("admin.user.language")}
                data={[
                  { value: "vi", label: t("common.language.vi") },
                  { value: "en", label: t("common.language.en") },
                ]}
                value={form.values.language}
                onChange={(v) => form.setFieldValue("language", v === "en" ? "en" : "vi")}
                allowDeselect={false}
              />
            </SimpleGrid>
            <Checkbox
              label={t("admin.user.external")}
              description={t("admin.user.externalHint")}
              {...form.getInputProps("external", { type: "checkbox" })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {!external && (
                <UnitSelect
                  id="invite-user-unit"
                  label={t("admin.user.unit")}
                  placeholder={t("admin.user.unitPlaceholder")}
                  value={form.values.unitId}
                  onChange={(id) => form.setFieldValue("unitId", id)}
                />
              )}
              <TextInput
                label={t("admin.user.organisation")}
                description={t("admin.user.organisationHint")}
                {...form.getInputProps("organisation")}
              />
            </SimpleGrid>
            <Title order={2} fz="h4" mt="xs">
              {t("admin.invite.roleTitle")}
            </Title>
            <GrantPicker
              value={grant}
              onChange={(g) => form.setFieldValue("grant", g)}
              roleLabel={t("admin.invite.role")}
              allowNone
              idPrefix="invite"
            />
            {form.errors.grant && (
              <Text c="red.8" size="sm" role="alert">
                {form.errors.grant}
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
