import { Modal, type ModalProps } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { usePhone } from "./usePhone";

/**
 * Mantine's Modal with a named close button, full screen on a phone, and field errors in a red dark enough to read (Mantine's default error
 * red is below WCAG AA contrast on white).
 */
export function Dialog(props: ModalProps) {
  const { t } = useI18n();
  const phone = usePhone();
  return (
    <Modal
      fullScreen={phone}
      closeButtonProps={{ "aria-label": t("common.close") }}
      styles={{ content: { "--mantine-color-error": "var(--mantine-color-red-9)" } }}
      {...props}
    />
  );
}
