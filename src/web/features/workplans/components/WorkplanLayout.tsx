import { Link, Outlet, useLocation, useOutletContext, useParams } from "react-router";
import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { ErrorState, QueryState } from "../../../components/QueryState";
import { useWorkplan } from "../api/workplan";
import type { Workplan } from "../api/types";
import { useNames } from "./labels";

/** The programme every page under /workplans/:id works on. */
export function usePlan(): Workplan {
  return useOutletContext<Workplan>();
}

const tabs = [
  { to: "", key: "workplans.tabs.activities" },
  { to: "review", key: "workplans.tabs.review" },
  { to: "proposals", key: "workplans.tabs.proposals" },
  { to: "changes", key: "workplans.tabs.changes" },
] as const;

function Frame({ plan }: { plan: Workplan }) {
  const { t, fmtDate } = useI18n();
  const names = useNames(plan.members);
  const { pathname } = useLocation();
  const base = `/workplans/${plan.id}`;
  return (
    <Page
      title={names.plan(plan)}
      before={
        <Anchor component={Link} to="/workplans" size="sm">
          ← {t("workplans.back")}
        </Anchor>
      }
      description={
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t("workplans.period", { from: fmtDate(plan.periodStart), to: fmtDate(plan.periodEnd) })}
            {" · "}
            {names.countries(plan.members.map((m) => m.code))}
          </Text>
          {!plan.permissions.manage && plan.permissions.countries.length > 0 && (
            <Text size="sm">
              {t("workplans.myCountries", { countries: names.countries(plan.permissions.countries) })}
            </Text>
          )}
        </Stack>
      }
    >
      <nav aria-label={t("workplans.tabs.label")}>
        <Group gap={4} wrap="wrap">
          {tabs.map((tab) => {
            const to = tab.to ? `${base}/${tab.to}` : base;
            // The activities tab also covers an activity's own page.
            const active = tab.to
              ? pathname.startsWith(to)
              : pathname === base || pathname.startsWith(`${base}/activities`);
            return (
              <Button
                key={tab.key}
                component={Link}
                to={to}
                variant={active ? "filled" : "subtle"}
                size="sm"
                aria-current={active ? "page" : undefined}
              >
                {t(tab.key)}
              </Button>
            );
          })}
        </Group>
      </nav>
      <Outlet context={plan} />
    </Page>
  );
}

/** Loads the programme once and frames its pages: title, period, members, and the section tabs. */
export function WorkplanLayout() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const plan = useWorkplan(id);
  if (plan.isError) {
    // Not found or not theirs: say so in a page of its own, with the way back.
    return (
      <Page
        title={t("workplans.title")}
        before={
          <Anchor component={Link} to="/workplans" size="sm">
            ← {t("workplans.back")}
          </Anchor>
        }
      >
        <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
      </Page>
    );
  }
  return <QueryState query={plan}>{(p) => <Frame plan={p} />}</QueryState>;
}
