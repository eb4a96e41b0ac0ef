import { Link } from "react-router";
import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useMe } from "../../../lib/me";
import { unitName } from "../../../lib/units";
import { Page } from "../../../components/Page";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useInbox, type InboxItem } from "../api/inbox";

/** "25/07/2022 17:00 (UTC+07:00)": the deadline as the meeting's zone reads it (the server sends it with its offset). */
function deadlineText(iso: string, fmtDate: (v: string) => string): string {
  const offset = iso.slice(19).replace(/^\.\d+/, "");
  return `${fmtDate(iso.slice(0, 10))} ${iso.slice(11, 16)}${offset && offset !== "Z" ? ` (UTC${offset})` : ""}`;
}

function InboxCard({ item }: { item: InboxItem }) {
  const { t, lang, fmtDate } = useI18n();
  const label = t(`home.item.${item.kind}`, {
    n: item.count,
  });
  const scope = lang === "en" ? item.scopeEn : item.scopeVi;
  const detail =
    item.kind === "registration.notSubmitted" || item.kind === "registration.unsubmitted"
      ? item.deadline
        ? t("home.inbox.deadline", { date: deadlineText(item.deadline, fmtDate) })
        : t("home.inbox.noDeadline")
      : item.year !== null
        ? t("home.inbox.year", { year: item.year })
        : null;
  return (
    <Paper component="li" withBorder radius="md" style={{ listStyle: "none" }}>
      <UnstyledButton component={Link} to={item.link} p="md" w="100%" h="100%" data-inbox={item.kind}>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="md" variant="light" aria-hidden fz="lg" fw={700}>
            {item.count}
          </ThemeIcon>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={600}>{label}</Text>
            <Text size="sm" c="dimmed" lineClamp={2} style={{ overflowWrap: "anywhere" }}>
              {scope}
            </Text>
            {detail && <Text size="sm">{detail}</Text>}
            <Text size="sm" c="blue.8" aria-hidden>
              {t("home.inbox.open")} →
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
    </Paper>
  );
}

/** The home page: what waits for the signed-in person now, each with its count and a link to the filtered list. */
export function HomePage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const inbox = useInbox();
  const subtitle = [me.title, unitName(me.unit, lang)].filter(Boolean).join(" · ");
  return (
    <Page title={t("home.greeting", { name: me.name })} description={subtitle || undefined}>
      <Title order={2} fz="h3">
        {t("home.inbox.title")}
      </Title>
      {me.grants.length === 0 ? (
        <EmptyState>{t("home.grants.empty")}</EmptyState>
      ) : (
        <QueryState query={inbox} isEmpty={(l) => l.length === 0} empty={t("home.inbox.empty")}>
          {(items) => (
            <SimpleGrid
              component="ul"
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="md"
              p={0}
              m={0}
              aria-label={t("home.inbox.list")}
            >
              {items.map((item) => (
                <InboxCard key={`${item.kind}-${item.link}`} item={item} />
              ))}
            </SimpleGrid>
          )}
        </QueryState>
      )}
    </Page>
  );
}
