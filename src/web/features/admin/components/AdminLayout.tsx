import { Link, Outlet, useLocation } from "react-router";
import { Button, Group, Stack } from "@mantine/core";
import { useI18n, type TranslationKey } from "../../../lib/i18n";

const sections: { to: string; label: TranslationKey }[] = [
  { to: "/admin/users", label: "admin.nav.users" },
  { to: "/admin/units", label: "admin.nav.units" },
  { to: "/admin/audit", label: "admin.nav.audit" },
  { to: "/admin/sign-ins", label: "admin.nav.signIns" },
  { to: "/admin/backups", label: "admin.nav.backups" },
  { to: "/admin/mail", label: "admin.nav.mail" },
  { to: "/admin/calendar", label: "calendar.nav" },
];

/** The administration area: its own sub-navigation above each page. */
export function AdminLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Stack gap="md">
      <Group component="nav" aria-label={t("admin.nav.label")} gap={4}>
        {sections.map((s) => {
          const active = pathname === s.to || pathname.startsWith(s.to + "/");
          return (
            <Button
              key={s.to}
              component={Link}
              to={s.to}
              variant={active ? "light" : "subtle"}
              color={active ? "blue" : "gray"}
              aria-current={active ? "page" : undefined}
              size="sm"
            >
              {t(s.label)}
            </Button>
          );
        })}
      </Group>
      <Outlet />
    </Stack>
  );
}
