import { Fragment, useState } from "react";
import {
  Alert,
  Anchor,
  Button,
  Collapse,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { useLinks } from "../api/links";
import { useCreateLink } from "../api/createLink";
import { useRevokeLink } from "../api/revokeLink";
import type { Lang, Link } from "../api/types";
import { LinkStatusBadge } from "./labels";
import { useCheckedForm } from "../../../components/useCheckedForm";

/** The link inside an invitation e-mail (the token lives only there and with the contact). */
export const linkIn = (text: string) => /https?:\/\/\S+\/register\/link#\S+/.exec(text)?.[0] ?? null;

function MailText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <Text size="sm" component="div" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} p="sm" bg="gray.0">
      {parts.map((p, i) =>
        /^https?:\/\//.test(p) ? (
          <Anchor key={i} href={p} size="sm">
            {p}
          </Anchor>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </Text>
  );
}

export function CopyLink({ url }: { url: string }) {
  const { t } = useI18n();
  return (
    <CopyButton value={url}>
      {({ copied, copy }) => (
        <Button size="xs" variant="light" color={copied ? "teal" : "blue"} onClick={copy}>
          {copied ? t("common.copied") : t("registration.invite.copyLink")}
        </Button>
      )}
    </CopyButton>
  );
}

export function InviteForm({
  meetingId,
  delegationId,
  defaultEmail,
  defaultName,
  onSent,
}: {
  meetingId: string;
  delegationId: string;
  defaultEmail: string | null;
  defaultName: string | null;
  onSent?: (url: string) => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const create = useCreateLink(meetingId, delegationId);
  const form = useCheckedForm<{ email: string; name: string; language: Lang; days: number }>({
    initialValues: { email: defaultEmail ?? "", name: defaultName ?? "", language: "en", days: 30 },
    required: { email: t("registration.invite.email") },
    limits: { email: 320, name: 200 },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          { email: v.email.trim() || null, name: v.name.trim() || null, language: v.language, days: v.days },
          {
            onSuccess: (res) => {
              notify(t("registration.invite.sent", { email: res.link.email }));
              onSent?.(res.url);
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("registration.invite.email")}
            type="email"
            {...form.getInputProps("email")}
            required
            name="email"
          />
          <TextInput label={t("registration.invite.name")} {...form.getInputProps("name")} name="name" />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`lang-${delegationId}`}>
              {t("registration.invite.language")}
            </Text>
            <SegmentedControl
              aria-labelledby={`lang-${delegationId}`}
              value={form.values.language}
              onChange={(v) => form.setFieldValue("language", v)}
              data={[
                { value: "en", label: t("common.language.en") },
                { value: "vi", label: t("common.language.vi") },
              ]}
            />
          </Stack>
          <NumberInput
            label={t("registration.invite.days")}
            value={form.values.days}
            onChange={(v) => form.setFieldValue("days", typeof v === "number" ? v : 30)}
            min={1}
            max={120}
            clampBehavior="strict"
          />
        </SimpleGrid>
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("registration.invite.send")}
          </Button>
        </Group>
        {create.data && (
          <Alert color="green" variant="light" role="status">
            <Stack gap="xs">
              <Text size="sm">{t("registration.invite.sentHint", { email: create.data.link.email })}</Text>
              <Group gap="xs">
                <CopyLink url={create.data.url} />
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function LinkCard({
  l,
  meetingId,
  delegationId,
  timeZone,
}: {
  l: Link;
  meetingId: string;
  delegationId: string;
  timeZone: string;
}) {
  const { t, fmtDateTime, fmtDate } = useI18n();
  const notify = useNotify();
  const revoke = useRevokeLink(meetingId, delegationId);
  const [open, setOpen] = useState(false);
  const url = l.mail ? linkIn(l.mail.text) : null;
  const panel = `mail-${l.id}`;
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm" style={{ overflowWrap: "anywhere" }}>
            {l.name ? `${l.name} <${l.email}>` : l.email}
          </Text>
          <LinkStatusBadge status={l.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {t("registration.invite.meta", {
            sent: fmtDateTime(l.createdAt, { timeZone }),
            by: l.createdByName,
            expires: fmtDate(l.expiresAt.slice(0, 10)),
            lang: l.language.toUpperCase(),
          })}
        </Text>
        <Text size="xs">
          {l.openCount
            ? t("registration.invite.opened", { n: l.openCount, date: fmtDateTime(l.lastOpenedAt, { timeZone }) })
            : t("registration.invite.notOpened")}
          {l.mail &&
            ` · ${t(`registration.invite.mail.${l.mail.status === "sent" ? "sent" : l.mail.status === "failed" ? "failed" : "outbox"}`)}`}
        </Text>
        {l.mail?.error && (
          <Text size="xs" c="red.8">
            {l.mail.error}
          </Text>
        )}
        <Group gap="xs">
          {l.mail && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={panel}
            >
              {open ? t("registration.invite.hideMail") : t("registration.invite.showMail")}
            </Button>
          )}
          {url && l.status === "active" && <CopyLink url={url} />}
          {l.status === "active" && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoke.mutate(l, {
                  onSuccess: () => notify(t("registration.invite.revoked")),
                })
              }
            >
              {t("registration.invite.revoke")}
            </Button>
          )}
        </Group>
        <ErrorAlert error={revoke.error} />
        <Collapse expanded={open} id={panel}>
          {open && l.mail && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {l.mail.subject}
              </Text>
              <MailText text={l.mail.text} />
            </Stack>
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}

/** The personal links sent to the delegation's contact: status, the e-mail as sent (with the link), revoke, re-send. */
export function InvitationPanel({
  meetingId,
  delegationId,
  contactEmail,
  contactName,
  timeZone,
}: {
  meetingId: string;
  delegationId: string;
  contactEmail: string | null;
  contactName: string | null;
  timeZone: string;
}) {
  const { t } = useI18n();
  const links = useLinks(meetingId, delegationId);
  const [showForm, setShowForm] = useState(false);
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="invitation-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" id="invitation-title">
            {t("registration.invite.title")}
          </Title>
        </Group>
        <QueryState query={links}>
          {(list) => {
            const active = list.find((l) => l.status === "active");
            return (
              <Stack gap="sm">
                {list.length === 0 && <Text size="sm">{t("registration.invite.none")}</Text>}
                {list.slice(0, 3).map((l) => (
                  <LinkCard key={l.id} l={l} meetingId={meetingId} delegationId={delegationId} timeZone={timeZone} />
                ))}
                {list.length > 3 && (
                  <Text size="xs" c="dimmed">
                    {t("registration.invite.older", { n: list.length - 3 })}
                  </Text>
                )}
                {active && !showForm ? (
                  <Group>
                    <Button variant="default" size="xs" onClick={() => setShowForm(true)}>
                      {t("registration.invite.again")}
                    </Button>
                  </Group>
                ) : (
                  <InviteForm
                    meetingId={meetingId}
                    delegationId={delegationId}
                    defaultEmail={contactEmail}
                    defaultName={contactName}
                  />
                )}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}
