import { Link, Navigate } from "react-router";
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { useSchemes } from "../api/schemes";
import type { Scheme } from "../api/types";
import { targetsAccess } from "./access";
import { useTargetNames, usePercent } from "./labels";

function SchemeCard({ scheme, reviewer, agency }: { scheme: Scheme; reviewer: boolean; agency: boolean }) {
  const { t, fmtDate } = useI18n();
  const names = useTargetNames();
  const pct = usePercent();
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={`scheme-${scheme.id}`}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={`scheme-${scheme.id}`}>
          <Anchor component={Link} to={`/targets/${scheme.id}${reviewer ? "" : "/reports"}`} inherit>
            {names.title(scheme)}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {t("targets.decision", { no: scheme.decisionNo, date: fmtDate(scheme.decisionDate) })}
        </Text>
        <List size="sm" spacing={4}>
          {scheme.indicators.map((i) => (
            <List.Item key={i.id}>
              ({i.code}) {names.title(i)} —{" "}
              {t("targets.indicator.target", { target: pct(i.targetPercent), deadline: fmtDate(i.deadline) })}
            </List.Item>
          ))}
        </List>
        <Group gap="sm">
          {reviewer && (
            <>
              <Button component={Link} to={`/targets/${scheme.id}`}>
                {t("targets.tabs.progress")}
              </Button>
              <Button component={Link} to={`/targets/${scheme.id}/review`} variant="default">
                {t("targets.tabs.review")}
              </Button>
            </>
          )}
          {agency && (
            <Button component={Link} to={`/targets/${scheme.id}/reports`} variant={reviewer ? "default" : "filled"}>
              {t("targets.tabs.reports")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** /targets: the schemes. With a single scheme the user goes straight to the page their role works on. */
export function TargetsIndex() {
  const { t } = useI18n();
  const schemes = useSchemes();
  if (schemes.data?.length === 1) {
    const only = schemes.data[0]!;
    return <Navigate to={`/targets/${only.id}${targetsAccess(only).reviewer ? "" : "/reports"}`} replace />;
  }
  return (
    <Page title={t("targets.title")} description={t("targets.schemes.description")}>
      <QueryState query={schemes} isEmpty={(d) => d.length === 0} empty={t("targets.schemes.empty")}>
        {(list) => (
          <Stack gap="md">
            {list.map((s) => (
              <SchemeCard
                key={s.id}
                scheme={s}
                reviewer={targetsAccess(s).reviewer}
                agency={targetsAccess(s).agencies.length > 0}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
