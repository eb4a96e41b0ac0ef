import type { ReactNode } from "react";
import { Box, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { usePageTitle } from "../../../components/Page";
import { LanguageSwitch } from "../../../components/LanguageSwitch";

/** The frame of the pages seen before signing in: app name, language switch, one card. */
export function AuthFrame({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  usePageTitle(title);
  return (
    <Box bg="gray.0" mih="100dvh">
      <Container size={440} px="sm" py={{ base: "md", sm: 48 }}>
        <Stack gap="md">
          <Group justify="space-between" align="center">
            <Stack gap={0}>
              <Text fz={28} fw={700} c="blue.9" lh={1.1}>
                {t("common.appName")}
              </Text>
              <Text size="sm" c="dimmed">
                {t("common.appTagline")}
              </Text>
            </Stack>
            <LanguageSwitch />
          </Group>
          <Paper component="main" withBorder shadow="xs" p={{ base: "md", sm: "xl" }} radius="md">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} fz="h2">
                  {title}
                </Title>
                <Text size="sm" c="dimmed">
                  {intro}
                </Text>
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
