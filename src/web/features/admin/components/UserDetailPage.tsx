import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import {
  Alert,
  Anchor,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useMe } from "../../../lib/me";
import { useNotify } from "../../../lib/notify";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { ScopeText } from "../../../components/ScopeText";
import { UnitSelect } from "../../../components/UnitSelect";
import { useUser } from "../api/user";
import { useUpdateUser } from "../api/updateUser";
import { useAddGrant, useRemoveGrant } from "../api/grants";
import type { User } from "../api/types";
import type { GrantView } from "../../../../shared/roles";
import { GrantPicker, grantReady, type GrantDraft } from "./GrantPicker";
import { UserBadges } from "./UserBadges";
import { useCheckedForm } from "../../../components/useCheckedForm";

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Edits the profile with the version it was read at; a 409 explains itself and offers the latest version. */
function DetailsForm({ user, onReload }: { user: User; onReload: () => void }) {
  const { t, fmtDateTime } = useI18n();
  const notify = useNotify();
  const update = useUpdateUser(user.id);
  const form = useCheckedForm<{
    name: string;
    title: string;
    unitId: string | null;
    organisation: string;
    language: User["language"];
  }>({
    initialValues: {
      name: user.name,
      title: user.title ?? "",
      unitId: user.unit?.id ?? null,
      organisation: user.organisation ?? "",
      language: user.language,
    },
    required: { name: t("admin.user.name") },
  });
  const { name, title, unitId, organisation, language } = form.values;

  const dirty =
    name !== user.name ||
    title !== (user.title ?? "") ||
    unitId !== (user.unit?.id ?? null) ||
    organisation !== (user.organisation ?? "") ||
    language !== user.language;

  const onSubmit = form.onSubmit((v) =>
    update.mutate(
      {
        version: user.version,
        name: v.name.trim(),
        title: v.title.trim() || null,
        unitId: user.external ? undefined : v.unitId,
        organisation: v.organisation.trim() || null,
        language: v.language,
      },
      { onSuccess: (u) => notify(t("admin.user.saved", { name: u.name })) },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={update.error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("admin.user.name")} required {...form.getInputProps("name")} />
          <TextInput
            label={t("admin.user.email")}
            value={user.email}
            readOnly
            variant="filled"
            description={t("admin.user.emailFixed")}
          />
          <TextInput label={t("admin.user.title")} {...form.getInputProps("title")} />
          <Select
            label={t("admin.user.language")}
            data={[
              { value: "vi", label: t("common.language.vi") },
              { value: "en", label: t("common.language.en") },
            ]}
            value={language}
            onChange={(v) => form.setFieldValue("language", v === "en" ? "en" : "vi")}
            allowDeselect={false}
          />
          {!user.external && (
            <UnitSelect
              label={t("admin.user.unit")}
              placeholder={t("admin.user.unitPlaceholder")}
              value={unitId}
              onChange={(v) => form.setFieldValue("unitId", v)}
            />
          )}
          <TextInput
            label={t("admin.user.organisation")}
            description={t("admin.user.organisationHint")}
            {...form.getInputProps("organisation")}
          />
        </SimpleGrid>
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed">
            {t("admin.user.lastLogin")}: {user.lastLoginAt ? fmtDateTime(user.lastLoginAt) : t("admin.user.never")}
            {" · "}
            {t("admin.user.version", { v: user.version })}
          </Text>
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function GrantsSection({ user }: { user: User }) {
  const { t } = useI18n();
  const notify = useNotify();
  const add = useAddGrant(user.id);
  const remove = useRemoveGrant(user.id);
  const [revoking, setRevoking] = useState<GrantView | null>(null);
  const form = useCheckedForm<{ grant: GrantDraft }>({
    initialValues: { grant: { role: null, scopeId: null } },
    // Named as the draft stands now: first a role, then its scope.
    rules: (v) => ({ grant: !grantReady(v.grant) && "missing" }),
  });
  const draft = form.values.grant;

  const onAdd = form.onSubmit((v) => {
    if (!grantReady(v.grant)) return;
    const role = v.grant.role;
    add.mutate(
      { role, scopeId: v.grant.scopeId?.trim() || null },
      {
        onSuccess: () => {
          notify(t("admin.grants.added", { role: t(`role.${role}`) }));
          form.setFieldValue("grant", { role: null, scopeId: null });
        },
      },
    );
  });

  const revokeLabel = (g: GrantView) =>
    `${t(`role.${g.role}`)} (${g.scopeId ? (g.scopeLabel ?? g.scopeId) : t(`scope.${g.scopeKind}`)})`;

  return (
    <Stack gap="md">
      {user.grants.length === 0 ? (
        <EmptyState>{t("admin.grants.empty")}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("admin.grants.role")}</Table.Th>
                <Table.Th>{t("admin.grants.scope")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("admin.grants.actions")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {user.grants.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td>{t(`role.${g.role}`)}</Table.Td>
                  <Table.Td>
                    <ScopeText grant={g} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRevoking(g)}
                      aria-label={t("admin.grants.revokeLabel", { grant: revokeLabel(g) })}
                    >
                      {t("admin.grants.revoke")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ErrorAlert error={remove.error} />
      <Paper bg="gray.0" p="md" radius="md">
        <form onSubmit={onAdd} noValidate aria-label={t("admin.grants.add")}>
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t("admin.grants.add")}
            </Text>
            <ErrorAlert error={add.error} />
            <GrantPicker
              value={draft}
              onChange={(g) => form.setFieldValue("grant", g)}
              roleLabel={t("admin.grants.role")}
              idPrefix="grant"
            />
            {form.errors.grant && (
              <Text c="red.8" size="sm" role="alert">
                {draft.role ? t("admin.grants.scopeRequired") : t("admin.grants.chooseRole")}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending}>
                {t("admin.grants.addSubmit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Modal opened={!!revoking} onClose={() => setRevoking(null)} title={t("admin.grants.revokeTitle")} centered>
        {revoking && (
          <Stack>
            <Text>{t("admin.grants.revokeConfirm", { grant: revokeLabel(revoking), name: user.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t("common.cancel")}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(revoking.id, {
                    onSuccess: () => notify(t("admin.grants.revoked")),
                    onSettled: () => setRevoking(null),
                  })
                }
              >
                {t("admin.grants.revoke")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function StatusSection({ user, onReload }: { user: User; onReload: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const me = useMe();
  const update = useUpdateUser(user.id);
  const [confirming, setConfirming] = useState(false);
  const activate = !user.active;
  return (
    <Stack gap="sm">
      <Text size="sm">{user.active ? t("admin.status.activeText") : t("admin.status.inactiveText")}</Text>
      <ErrorAlert error={update.error} onReload={onReload} />
      <Group>
        <Button
          variant={activate ? "filled" : "outline"}
          color={activate ? "green" : "red"}
          onClick={() => setConfirming(true)}
          disabled={!activate && user.id === me.id}
        >
          {activate ? t("admin.status.reactivate") : t("admin.status.deactivate")}
        </Button>
        {!activate && user.id === me.id && (
          <Text size="sm" c="dimmed">
            {t("admin.status.notSelf")}
          </Text>
        )}
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={activate ? t("admin.status.reactivate") : t("admin.status.deactivate")}
        centered
      >
        <Stack>
          <Text>
            {activate
              ? t("admin.status.reactivateConfirm", { name: user.name })
              : t("admin.status.deactivateConfirm", { name: user.name })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              color={activate ? "green" : "red"}
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { version: user.version, active: activate },
                  {
                    onSuccess: () => notify(activate ? t("admin.status.reactivated") : t("admin.status.deactivated")),
                    onSettled: () => setConfirming(false),
                  },
                )
              }
            >
              {t("common.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function InviteLink({ link }: { link: string }) {
  const { t } = useI18n();
  return (
    <Alert color="blue" variant="light" title={t("admin.invite.link")}>
      <Stack gap="xs">
        <Code block style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
          {link}
        </Code>
        <Group gap="xs">
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
          <Text size="xs" c="dimmed">
            {t("admin.invite.linkHint")}
          </Text>
        </Group>
      </Stack>
    </Alert>
  );
}

export function UserDetailPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const location = useLocation();
  const state: unknown = location.state;
  const inviteLink =
    typeof state === "object" && state !== null && "inviteLink" in state && typeof state.inviteLink === "string"
      ? state.inviteLink
      : undefined;
  const user = useUser(id);
  const reload = () => void user.refetch();
  const back = (
    <Anchor component={Link} to="/admin/users" size="sm">
      ← {t("admin.user.back")}
    </Anchor>
  );
  return (
    <QueryState query={user}>
      {(u) => (
        <Page
          title={u.name}
          before={back}
          description={<UserBadges user={u} />}
          actions={
            <Button component={Link} to={`/admin/audit?entity=user&entityId=${u.id}`} variant="default">
              {t("admin.user.history")}
            </Button>
          }
        >
          {inviteLink && <InviteLink link={inviteLink} />}
          <Section title={t("admin.user.details")} id="user-details">
            <DetailsForm key={u.version} user={u} onReload={reload} />
          </Section>
          <Section title={t("admin.grants.title")} id="user-grants">
            <GrantsSection user={u} />
          </Section>
          <Section title={t("admin.status.title")} id="user-status">
            <StatusSection key={u.version} user={u} onReload={reload} />
          </Section>
        </Page>
      )}
    </QueryState>
  );
}
