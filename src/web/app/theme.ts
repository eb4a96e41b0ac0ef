import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from "@mantine/core";

/**
 * Mantine's light, subtle and outline variants draw text in shade 9 of the colour, which on their pale
 * backgrounds falls short of WCAG AA (4.5:1) for small text such as badges. Darken that text.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === "light" || input.variant === "subtle" || input.variant === "outline") {
    const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor && parsed.color !== "dark") {
      const text = darken(input.theme.colors[parsed.color]![9], 0.3);
      return { ...colors, color: text, ...(input.variant === "outline" ? { border: `1px solid ${text}` } : {}) };
    }
  }
  return colors;
};

/** Noto Sans carries every Vietnamese diacritic; the system fonts are the fallback while it loads. */
export const theme = createTheme({
  fontFamily: '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  headings: {
    fontFamily: '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    fontWeight: "700",
  },
  primaryColor: "blue",
  primaryShade: 8,
  defaultRadius: "sm",
  cursorType: "pointer",
  // Someone who asked their system for less motion (vestibular disorders, a slow machine) gets dialogs, menus and
  // notifications that appear without sliding or fading.
  respectReducedMotion: true,
  variantColorResolver,
});

/**
 * Colours of Mantine's light scheme that fall short of WCAG AA (4.5:1) for small text, on white and on the gray.0
 * page background:
 * - "dimmed" text: gray.6 → gray.7;
 * - the error red of every field's border and message (`--mantine-color-error`, also what an input with `error`
 *   draws in): red.6 #fa5252 is 3.3:1 on white → red.9 #c92a2a, 5.5:1 on white and 5.2:1 on gray.0.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
