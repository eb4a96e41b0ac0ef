/**
 * The row a statement is certain to give back — an `INSERT … RETURNING`, a `SELECT` of a row just written in the same
 * transaction. None is a bug, not a caller's mistake: it is thrown as such (a 500 to the caller), never passed on as
 * undefined.
 */
export function returnedRow<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${what}: the statement returned no row`);
  return row;
}
