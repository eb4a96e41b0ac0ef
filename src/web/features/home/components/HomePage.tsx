import { useI18n } from "../../../lib/i18n";
import { useMe } from "../../../lib/me";
import { Page } from "../../../components/Page";

export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  return <Page title={t("home.title", { name: me.name })} />;
}
