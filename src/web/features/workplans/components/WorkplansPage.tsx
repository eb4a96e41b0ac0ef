import { Link } from "react-router";
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { useWorkplans } from "../api/workplans";
import type { WorkplanItem } from "../api/types";
import { useNames } from "./labels";

function PlanCard({ plan }: { plan: WorkplanItem }) {
  const { t, fmtDate } = useI18n();
  const names = useNames(plan.members);
  const headingId = `plan-${plan.id}`;
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          <Anchor component={Link} to={`/workplans/${plan.id}`} inherit>
            {names.plan(plan)}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {t("workplans.period", { from: fmtDate(plan.periodStart), to: fmtDate(plan.periodEnd) })}
          {" · "}
          {t("workplans.members", { n: plan.members.length })}
        </Text>
        <Group gap="xs">
          <Badge variant="light" tt="none" size="lg">
            {t("workplans.activityCount", { n: plan.activityCount })}
          </Badge>
          {plan.proposalCount > 0 && (
            <Badge variant="light" color="yellow" tt="none" size="lg">
              {t("workplans.proposalCount", { n: plan.proposalCount })}
            </Badge>
          )}
        </Group>
        {!plan.permissions.manage && plan.permissions.countries.length > 0 && (
          <Text size="sm">
            {t("workplans.myCountries", { countries: names.countries(plan.permissions.countries) })}
          </Text>
        )}
        <Group gap="xs">
          <Button component={Link} to={`/workplans/${plan.id}`} variant="light">
            {t("workplans.openActivities")}
          </Button>
          <Button component={Link} to={`/workplans/${plan.id}/review`} variant="default">
            {t("workplans.openReview")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The programmes open to the user: all of them for the ICD, their own for a member focal point. */
export function WorkplansPage() {
  const { t } = useI18n();
  const plans = useWorkplans();
  return (
    <Page title={t("workplans.title")} description={t("workplans.description")}>
      <QueryState query={plans} isEmpty={(d) => d.length === 0} empty={t("workplans.empty")}>
        {(list) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {list.map((p) => (
              <PlanCard key={p.id} plan={p} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Page>
  );
}
