import { useMediaQuery } from "@mantine/hooks";

/** True below Mantine's `sm` breakpoint (48em): lists become cards, dialogs fill the screen. */
export function usePhone(): boolean {
  return useMediaQuery("(max-width: 47.99em)") ?? false;
}
