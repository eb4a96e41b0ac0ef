import { useEffect } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { Anchor, AppShell, Avatar, Burger, Group, Menu, NavLink, Stack, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useNotify } from "../lib/notify";
import { useI18n } from "../lib/i18n";
import { areaLabel, areaPaths } from "./areas";
import { useMe } from "../lib/me";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { useSignOut } from "../features/auth/api/logout";
import type { NavArea } from "../../shared/roles";
import classes from "./Layout.module.css";

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  const first = words.length > 1 ? (words[0] ?? "") : "";
  return (first.charAt(0) + last.charAt(0)).toUpperCase();
}

function NavItem({ to, label, active, area }: { to: string; label: string; active: boolean; area?: NavArea }) {
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={active}
      aria-current={active ? "page" : undefined}
      data-area={area}
      className={classes.navItem}
    />
  );
}

/** The signed-in frame: header with the app name, language and account; the areas this user may open. */
export function Layout() {
  const { t } = useI18n();
  const notify = useNotify();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const signOut = useSignOut();

  useEffect(() => close(), [location.pathname, close]);

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onError: (e) => notify(e.message, "red", t("user.signOutFailed")),
    });

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "sm", sm: "lg" }}
    >
      <a href="#main" className={classes.skip}>
        {t("common.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t("nav.closeMenu") : t("nav.openMenu")}
              aria-controls="app-navbar"
              aria-expanded={opened}
            />
            <Anchor
              component={Link}
              to="/"
              underline="never"
              className={classes.brand}
              aria-label={`${t("common.appName")} — ${t("nav.home")}`}
            >
              {t("common.appName")}
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md" className={classes.tagline}>
              {t("common.appTagline")}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton className={classes.user} aria-label={`${t("user.menu")}: ${me.name}`}>
                  <Group gap={8} wrap="nowrap">
                    <Avatar size={30} radius="xl" color="blue" aria-hidden>
                      {initials(me.name)}
                    </Avatar>
                    <Text size="sm" fw={500} visibleFrom="sm" className={classes.userName}>
                      {me.name}
                    </Text>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t("user.signedInAs", { email: me.email })}</Menu.Label>
                <Menu.Item onClick={onSignOut} disabled={signOut.isPending}>
                  {t("user.signOut")}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="app-navbar" p="sm" component="nav" aria-label={t("nav.label")}>
        <Stack gap={2}>
          <NavItem to="/" label={t("nav.home")} active={location.pathname === "/"} />
          {me.nav.map((area) => {
            const to = areaPaths[area];
            const active = location.pathname === to || location.pathname.startsWith(to + "/");
            return <NavItem key={area} to={to} label={t(areaLabel(area))} active={active} area={area} />;
          })}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
