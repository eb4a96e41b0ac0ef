import { notifications } from "@mantine/notifications";
import { useI18n } from "./i18n";

/** A short confirmation (or warning) in the corner, whose close button has a name screen readers can say. */
export function useNotify() {
  const { t } = useI18n();
  return (message: string, color: "green" | "orange" | "red" = "green") =>
    notifications.show({ color, message, closeButtonProps: { "aria-label": t("common.close") } });
}
