import { Modal, type ModalProps } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { usePhone } from "./usePhone";

/** Mantine's Modal with a named close button, full screen on a phone. */
export function Dialog(props: ModalProps) {
  const { t } = useI18n();
  const phone = usePhone();
  return <Modal fullScreen={phone} closeButtonProps={{ "aria-label": t("common.close") }} {...props} />;
}
