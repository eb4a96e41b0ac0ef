import { useState } from "react";
import { MantineProvider, type CSSVariablesResolver } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { I18nProvider } from "../lib/i18n";
import { createQueryClient } from "./queryClient";
import { createRouter } from "./router";
import { theme } from "./theme";

/** Mantine's "dimmed" grey is below WCAG AA contrast on white and gray.0; use a darker grey. */
const resolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)" },
  dark: {},
});

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={resolver}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
