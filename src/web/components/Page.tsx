/** A page's frame: the document title, one h1, optional description and actions, then the content. */
import { useEffect, type ReactNode } from "react";
import { Group, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../lib/i18n";

export function usePageTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t("common.appName")}` : t("common.appName");
  }, [title, t]);
}

export function Page({
  title,
  description,
  actions,
  before,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Shown above the title (e.g. a back link). */
  before?: ReactNode;
  children?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {before}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} fz={{ base: "h2", sm: "h1" }}>
            {title}
          </Title>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {typeof description === "string" ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : (
          description
        )}
      </Stack>
      {children}
    </Stack>
  );
}
