import { Link, Outlet, useLocation, useOutletContext } from "react-router";
import { Button, Group } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { QueryState } from "../../../components/QueryState";
import { useCoopAccess } from "../api/access";
import type { CoopAccess } from "../api/types";

/** What the caller may do in the register, for every page under /cooperation. */
export function useAccess(): CoopAccess {
  return useOutletContext<CoopAccess>();
}

const tabs = [
  { to: "/cooperation", key: "cooperation.tabs.activities" },
  { to: "/cooperation/queue", key: "cooperation.tabs.queue" },
  { to: "/cooperation/plan", key: "cooperation.tabs.plan" },
  { to: "/cooperation/rules", key: "cooperation.tabs.rules" },
  { to: "/cooperation/partners", key: "cooperation.tabs.partners" },
  { to: "/cooperation/register", key: "cooperation.tabs.register" },
] as const;

/** The register's section tabs above every page of it; the pages carry their own title. */
export function CooperationLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const access = useCoopAccess();
  const activeTab = (to: string) =>
    to === "/cooperation"
      ? pathname === to || pathname.startsWith("/cooperation/activities") || pathname === "/cooperation/new"
      : pathname.startsWith(to);
  return (
    <>
      <nav aria-label={t("cooperation.tabs.label")} style={{ marginBottom: "var(--mantine-spacing-md)" }}>
        <Group gap={4} wrap="wrap">
          {tabs
            .filter((tab) => tab.to !== "/cooperation/register" || !!access.data?.registers.length)
            .map((tab) => {
              const active = activeTab(tab.to);
              return (
                <Button
                  key={tab.key}
                  component={Link}
                  to={tab.to}
                  variant={active ? "light" : "subtle"}
                  size="compact-sm"
                  aria-current={active ? "page" : undefined}
                >
                  {t(tab.key)}
                </Button>
              );
            })}
        </Group>
      </nav>
      <QueryState query={access}>{(a) => <Outlet context={a} />}</QueryState>
    </>
  );
}
