import { Anchor, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useI18n } from "../lib/i18n";
import { Page } from "../components/Page";

/** Every address no route claims — including areas whose module is not built yet. */
export function NotFound() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Page title={t("notFound.title")}>
      <Text>{t("notFound.body", { path: pathname })}</Text>
      <Anchor component={Link} to="/">
        {t("notFound.home")}
      </Anchor>
    </Page>
  );
}
