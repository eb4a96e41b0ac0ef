import { Box, Progress } from "@mantine/core";
import { indicatorColor } from "./labels";
import type { IndicatorStatus } from "../api/types";
import classes from "./targets.module.css";

/**
 * A progress bar on a 0–100 % scale with two marks: where the straight-line path stands (dashed) and the target
 * (solid). The bar carries the numbers in its accessible name; the marks are decoration.
 */
export function TargetBar({
  percent,
  expected,
  target,
  status,
  label,
}: {
  percent: number | null;
  expected: number;
  target: number;
  status: IndicatorStatus;
  label: string;
}) {
  const clamp = (x: number) => Math.max(0, Math.min(100, x));
  return (
    <Box className={classes.bar}>
      <Progress
        value={clamp(percent ?? 0)}
        color={indicatorColor[status]}
        size="xl"
        radius="sm"
        aria-label={label}
        transitionDuration={0}
      />
      <span className={classes.expectedMark} style={{ left: `${clamp(expected)}%` }} aria-hidden />
      <span className={classes.targetMark} style={{ left: `${clamp(target)}%` }} aria-hidden />
    </Box>
  );
}
