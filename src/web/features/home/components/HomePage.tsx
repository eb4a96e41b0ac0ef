import { Link } from "react-router";
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useMe } from "../../../lib/me";
import { unitName } from "../../../lib/units";
import { Page } from "../../../components/Page";
import { EmptyState } from "../../../components/QueryState";
import { areaLabel, areaPaths } from "../../../app/areas";
import { navByRole, type GrantView } from "../../../../shared/roles";

function GrantCard({ grant }: { grant: GrantView }) {
  const { t } = useI18n();
  const areas = navByRole[grant.role] ?? [];
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={`grant-${grant.id}`}>
      <Stack gap="sm" h="100%">
        <Title order={3} fz="h4" id={`grant-${grant.id}`}>
          {t(`role.${grant.role}`)}
        </Title>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {grant.scopeId ? t(`scope.${grant.scopeKind}`) : t("home.grant.scope")}
          </Text>
          <Text size="sm" fw={600}>
            {grant.scopeId ? (grant.scopeLabel ?? grant.scopeId) : t(`scope.${grant.scopeKind}`)}
          </Text>
        </Stack>
        <Text size="sm">{t(`role.${grant.role}.description`)}</Text>
        <Group gap="xs" mt="auto">
          {areas.map((area) => (
            <Button
              key={area}
              component={Link}
              to={areaPaths[area]}
              variant="light"
              size="sm"
              aria-label={t("home.grant.open", { area: t(areaLabel(area)) })}
            >
              {t(areaLabel(area))}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

export function HomePage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const subtitle = [me.title, unitName(me.unit, lang)].filter(Boolean).join(" · ");
  return (
    <Page title={t("home.greeting", { name: me.name })} description={subtitle || undefined}>
      <Stack gap="xs">
        <Title order={2} fz="h3">
          {t("home.grants.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("home.grants.intro")}
        </Text>
      </Stack>
      {me.grants.length === 0 ? (
        <EmptyState>{t("home.grants.empty")}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {me.grants.map((g) => (
            <GrantCard key={g.id} grant={g} />
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}
