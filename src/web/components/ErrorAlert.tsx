/**
 * Shows why a write failed, with the API's message in the user's language. A 409 VERSION_CONFLICT gets its
 * own explanation and a button that loads the latest version (pass `onReload`).
 */
import { Alert, Button, Stack, Text } from "@mantine/core";
import { isApiError } from "../lib/api";
import { useI18n } from "../lib/i18n";

/**
 * What a person is told about an error: the API's message (the server writes it in their language), or, for
 * anything else — a JavaScript error, a browser failure — the dictionary's words. Never `err.message` of a
 * non-API error ("Cannot read properties of null…" means nothing to a user and is in English).
 */
export function errorText(error: unknown, fallback: string): string {
  return isApiError(error) && error.message ? error.message : fallback;
}

export function ErrorAlert({ error, onReload, id }: { error: unknown; onReload?: () => void; id?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = errorText(error, t("common.error.unexpected"));
  if (isApiError(error, "VERSION_CONFLICT")) {
    return (
      <Alert id={id} color="orange" variant="light" title={t("common.conflict.title")} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{message}</Text>
          <Text size="sm">{t("common.conflict.hint")}</Text>
          {onReload && (
            <Button size="xs" variant="default" onClick={onReload}>
              {t("common.conflict.reload")}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert id={id} color="red" variant="light" title={t("common.error.saveTitle")} role="alert">
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
