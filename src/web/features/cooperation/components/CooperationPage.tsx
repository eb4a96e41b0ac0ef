import { Link } from "react-router";
import { Alert, Anchor, List, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";

const coming = [
  "cooperation.coming.plan",
  "cooperation.coming.activities",
  "cooperation.coming.approval",
  "cooperation.coming.documents",
  "cooperation.coming.results",
] as const;

/** The cooperation register has no issue yet: say so plainly instead of a 404, and say what is coming. */
export function CooperationPage() {
  const { t } = useI18n();
  return (
    <Page title={t("cooperation.title")}>
      <Alert color="blue" variant="light" title={t("cooperation.notYet.title")}>
        <Stack gap="sm">
          <Text size="sm">{t("cooperation.notYet.body")}</Text>
          <List size="sm" spacing={4}>
            {coming.map((key) => (
              <List.Item key={key}>{t(key)}</List.Item>
            ))}
          </List>
          <Text size="sm">{t("cooperation.notYet.meanwhile")}</Text>
        </Stack>
      </Alert>
      <Anchor component={Link} to="/">
        {t("cooperation.home")}
      </Anchor>
    </Page>
  );
}
