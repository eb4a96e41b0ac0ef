/** Rules of the targets area that the server and the web both apply. */

const DAY = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * Where the straight line from the baseline (at its date) to the target (at the deadline) stands on `date`, in
 * percent; flat before the baseline date and after the deadline.
 */
export function expectedPercent(
  ind: { baselinePercent: number; baselineDate: string; targetPercent: number; deadline: string },
  date: string,
): number {
  const span = days(ind.deadline) - days(ind.baselineDate);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (days(date) - days(ind.baselineDate)) / span));
  return ind.baselinePercent + (ind.targetPercent - ind.baselinePercent) * share;
}
