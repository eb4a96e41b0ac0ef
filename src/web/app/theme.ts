import { createTheme } from "@mantine/core";

/** Noto Sans carries every Vietnamese diacritic; the system fonts are the fallback while it loads. */
export const theme = createTheme({
  fontFamily: '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  headings: { fontFamily: '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', fontWeight: "700" },
  primaryColor: "blue",
  primaryShade: 8,
  defaultRadius: "sm",
  cursorType: "pointer",
});
