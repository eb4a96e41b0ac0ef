/** VI / EN switch. Signed in, the choice is saved to the account; before sign-in, to this browser. */
import { SegmentedControl } from "@mantine/core";
import { useNotify } from "../lib/notify";
import { useI18n } from "../lib/i18n";

export function LanguageSwitch({ size = "xs" }: { size?: "xs" | "sm" }) {
  const { t, lang, setLang } = useI18n();
  const notify = useNotify();
  return (
    <SegmentedControl
      size={size}
      aria-label={t("common.language")}
      value={lang}
      onChange={(v) => {
        setLang(v).catch((e: unknown) =>
          notify(e instanceof Error ? e.message : String(e), "red", t("common.error.saveTitle")),
        );
      }}
      data={[
        {
          value: "vi",
          label: (
            <span lang="vi" title={t("common.language.vi")}>
              VI
            </span>
          ),
        },
        {
          value: "en",
          label: (
            <span lang="en" title={t("common.language.en")}>
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
