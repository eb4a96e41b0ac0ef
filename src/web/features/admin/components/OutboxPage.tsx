import { Fragment, useState } from "react";
import { Alert, Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { statusLabels } from "../../../lib/statusLabels";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useNotify } from "../../../lib/notify";
import { useMailLinkAction, useOutbox, type MailMessage } from "../api/outbox";

const statusColor: Record<string, string> = { outbox: "blue", queued: "yellow", sent: "green", failed: "red" };
const linkColor: Record<string, string> = { active: "green", used: "gray", expired: "gray", revoked: "red" };

/**
 * Mail text with its links clickable. Links with a token (registration links, invitations) never reach this page:
 * the server shows "[link hidden]" in their place; the administrator resends or withdraws them instead.
 */
function MailText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
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

/** Whether the message's link still works, and the administrator's two actions on it. */
function LinkActions({ m }: { m: MailMessage }) {
  const { t } = useI18n();
  const notify = useNotify();
  const resend = useMailLinkAction("resend");
  const revoke = useMailLinkAction("revoke");
  if (!m.link) return null;
  const l = m.link;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge variant="light" color={linkColor[l.state] ?? "gray"} tt="none" data-testid="mail-link-state">
          {t(l.state === "used" ? "admin.mail.link.used" : statusLabels.registrationLink[l.state])}
        </Badge>
        {l.canResend && (
          <Button
            size="compact-sm"
            variant="light"
            loading={resend.isPending}
            onClick={() => resend.mutate(m.id, { onSuccess: () => notify(t("admin.mail.link.resent", { to: m.to })) })}
          >
            {t("admin.mail.link.resend")}
          </Button>
        )}
        {l.canRevoke && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(m.id, { onSuccess: () => notify(t("admin.mail.link.revokedDone")) })}
          >
            {t("admin.mail.link.revoke")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={resend.error ?? revoke.error} />
    </Stack>
  );
}

function Message({ m }: { m: MailMessage }) {
  const { t, has, fmtDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const statusKey = `admin.mail.status.${m.status}`;
  const topicKey = `admin.mail.topic.${m.topic}`;
  const panelId = `mail-${m.id}`;
  return (
    <Paper withBorder radius="md" p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600} size="sm" style={{ flex: "1 1 16rem" }}>
            {m.subject}
          </Text>
          <Group gap={4}>
            <Badge variant="light" color="gray" tt="none">
              {has(topicKey) ? t(topicKey) : m.topic}
            </Badge>
            <Badge variant="light" color={statusColor[m.status] ?? "gray"} tt="none">
              {has(statusKey) ? t(statusKey) : m.status}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {t("admin.mail.to")}: {m.to}
        </Text>
        <Text size="xs" c="dimmed">
          {t("admin.mail.created")}: <time dateTime={m.createdAt}>{fmtDateTime(m.createdAt)}</time>
          {m.sentAt && (
            <>
              {" · "}
              {t("admin.mail.sent")}: <time dateTime={m.sentAt}>{fmtDateTime(m.sentAt)}</time>
            </>
          )}
        </Text>
        {m.error && (
          <Text size="sm" c="red.8">
            {m.error}
          </Text>
        )}
        <LinkActions m={m} />
        <Group>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={panelId}
          >
            {open ? t("admin.mail.hide") : t("admin.mail.read")}
          </Button>
        </Group>
        <Collapse expanded={open} id={panelId}>
          {open && <MailText text={m.text} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}

export function OutboxPage() {
  const { t } = useI18n();
  const outbox = useOutbox();
  return (
    <Page
      title={t("admin.mail.title")}
      description={t("admin.mail.description")}
      actions={
        <Button variant="default" onClick={() => void outbox.refetch()} loading={outbox.isRefetching}>
          {t("admin.mail.refresh")}
        </Button>
      }
    >
      <QueryState query={outbox}>
        {(data) => (
          <Stack gap="sm">
            <Alert color={data.mode === "smtp" ? "green" : "blue"} variant="light">
              {data.mode === "smtp" ? t("admin.mail.mode.smtp") : t("admin.mail.mode.outbox")}
            </Alert>
            {data.messages.length === 0 ? (
              <Text c="dimmed" ta="center" py="xl">
                {t("admin.mail.empty")}
              </Text>
            ) : (
              <Stack
                component="ul"
                gap="xs"
                p={0}
                m={0}
                style={{ listStyle: "none" }}
                aria-label={t("admin.mail.title")}
              >
                {data.messages.map((m) => (
                  <Message key={m.id} m={m} />
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
