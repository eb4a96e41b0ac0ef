import { useEffect, useRef } from "react";
import { Link, useNavigate } from "react-router";
import { Alert, Anchor, Box, Container, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { translate, useI18n } from "../../../lib/i18n";
import { isApiError } from "../../../lib/api";
import { usePageTitle } from "../../../components/Page";
import { LanguageSwitch } from "../../../components/LanguageSwitch";
import { useOpenLink } from "../api/openLink";

const refusals: Record<string, string> = {
  LINK_EXPIRED: "registration.link.refused.expired",
  LINK_REVOKED: "registration.link.refused.revoked",
  LINK_UNKNOWN: "registration.link.refused.unknown",
};

/**
 * Where a registration link lands (/register/link#<token>). The token is in the fragment, which the browser never
 * sends to the server; the page hands it to the API, which signs the contact in, then opens their delegation.
 */
export function OpenLinkPage() {
  const { t, lang } = useI18n();
  usePageTitle(t("registration.link.title"));
  const navigate = useNavigate();
  const open = useOpenLink();
  const started = useRef(false);
  const token = typeof window === "undefined" ? "" : window.location.hash.replace(/^#/, "");
  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    open.mutate(token, {
      onSuccess: (res) => {
        // Drop the token from the address bar and history before going on.
        window.history.replaceState(null, "", "/register/link");
        void navigate(`/register/${res.meetingId}/${res.delegationId}`, { replace: true });
      },
    });
  }, [open, navigate, token]);
  const code = open.error && isApiError(open.error) ? open.error.code : null;
  const refusal = code ? refusals[code] : undefined;
  return (
    <Box bg="gray.0" mih="100dvh">
      <Container size={560} px="sm" py={{ base: "md", sm: 48 }}>
        <Stack gap="md">
          <Group justify="space-between">
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
              <Title order={1} fz="h2">
                {t("registration.link.title")}
              </Title>
              {!token ? (
                <Alert color="red" variant="light" role="alert">
                  {t("registration.link.noToken")}
                </Alert>
              ) : open.isError ? (
                <Alert color="red" variant="light" role="alert" title={t("registration.link.refusedTitle")}>
                  <Stack gap="xs">
                    <Text size="sm">{open.error.message}</Text>
                    {refusal && (
                      // Also in the other language: the person may not have chosen theirs yet.
                      <Text size="sm" lang={lang === "vi" ? "en" : "vi"} c="dimmed">
                        {translate(lang === "vi" ? "en" : "vi", refusal)}
                      </Text>
                    )}
                  </Stack>
                </Alert>
              ) : (
                <Group gap="sm" role="status" aria-live="polite">
                  <Loader size="sm" aria-hidden />
                  <Text size="sm">{t("registration.link.opening")}</Text>
                </Group>
              )}
              <Anchor component={Link} to="/sign-in" size="sm">
                {t("registration.link.signIn")}
              </Anchor>
            </Stack>
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
