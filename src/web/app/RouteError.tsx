import { Alert, Button, Container, Group, Stack, Text } from "@mantine/core";
import { isRouteErrorResponse, useNavigate, useRouteError } from "react-router";
import { isApiError } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { errorText } from "../components/ErrorAlert";

/**
 * A page that crashed while rendering: say so in the user's language, and offer to reload or go back, instead of a
 * blank screen. The JavaScript message of a crash is never shown (it is in English and means nothing to a user); an
 * API error keeps its own message, which the server wrote in the user's language.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const navigate = useNavigate();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound && !isApiError(error)) console.error(error);
  const title = notFound ? t("notFound.title") : isApiError(error) ? t("common.error.title") : t("common.crash.title");
  const body = notFound ? t("common.crash.notFound") : errorText(error, t("common.crash.body"));
  return (
    <Container size="sm" py="xl">
      <Alert color="red" variant="light" title={title} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{body}</Text>
          <Group gap="xs">
            <Button size="xs" onClick={() => window.location.reload()}>
              {t("common.crash.reload")}
            </Button>
            <Button size="xs" variant="default" onClick={() => void navigate(-1)}>
              {t("common.back")}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Container>
  );
}
