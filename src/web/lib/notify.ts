import { notifications } from "@mantine/notifications";
import { useI18n } from "./i18n";

/** A short confirmation (or warning) in the corner, whose close button has a name screen readers can say. */
export function useNotify() {
  const { t } = useI18n();
  return (message: string, color: "green" | "orange" | "red" = "green", title?: string) =>
    notifications.show({ color, title, message, closeButtonProps: { "aria-label": t("common.close") } });
}
