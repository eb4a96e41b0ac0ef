import { Link, NavLink, Outlet, useOutletContext, useParams } from "react-router";
import { Anchor, Button, Group, Text } from "@mantine/core";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { QueryState } from "../../../components/QueryState";
import { useScheme } from "../api/scheme";
import type { Scheme } from "../api/types";
import { targetsAccess } from "./access";
import { useTargetNames } from "./labels";

/** The scheme every page under /targets/:id works on. */
export function useSchemeContext(): Scheme {
  return useOutletContext<Scheme>();
}

function Frame({ scheme }: { scheme: Scheme }) {
  const { t, fmtDate } = useI18n();
  const names = useTargetNames();
  const access = targetsAccess(scheme);
  const tabs: { to: string; key: TranslationKey; end: boolean }[] = [
    ...(access.reviewer
      ? [
          { to: "", key: "targets.tabs.progress" as const, end: true },
          { to: "review", key: "targets.tabs.review" as const, end: false },
        ]
      : []),
    ...(access.agencies.length ? [{ to: "reports", key: "targets.tabs.reports" as const, end: false }] : []),
  ];
  return (
    <Page
      title={names.title(scheme)}
      before={
        <Anchor component={Link} to="/targets" size="sm">
          ← {t("targets.back")}
        </Anchor>
      }
      description={t("targets.decision", { no: scheme.decisionNo, date: fmtDate(scheme.decisionDate) })}
    >
      {tabs.length > 1 && (
        <nav aria-label={t("targets.tabs.label")}>
          <Group gap={4} wrap="wrap">
            {tabs.map((tab) => (
              <NavLink
                key={tab.key}
                to={tab.to ? `/targets/${scheme.id}/${tab.to}` : `/targets/${scheme.id}`}
                end={tab.end}
              >
                {({ isActive }) => (
                  <Button component="span" variant={isActive ? "filled" : "subtle"} size="sm">
                    {t(tab.key)}
                  </Button>
                )}
              </NavLink>
            ))}
          </Group>
        </nav>
      )}
      <Outlet context={scheme} />
    </Page>
  );
}

/** Loads the scheme once and frames its pages: title, decision, and the tabs the user's roles open. */
export function SchemeLayout() {
  const { id = "" } = useParams();
  const scheme = useScheme(id);
  return <QueryState query={scheme}>{(s) => <Frame scheme={s} />}</QueryState>;
}

/** For a page only some roles use: a short notice instead of a page of 403 errors. */
export function NotForYou() {
  const { t } = useI18n();
  return <Text c="dimmed">{t("targets.notForYou")}</Text>;
}
