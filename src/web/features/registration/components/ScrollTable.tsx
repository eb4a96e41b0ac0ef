import type { ReactNode } from "react";
import { Table } from "@mantine/core";

/**
 * A wide table that scrolls sideways on a phone. The scrolling box is focusable and named, so keyboard users can
 * scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ minWidth, label, children }: { minWidth: number; label: string; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
