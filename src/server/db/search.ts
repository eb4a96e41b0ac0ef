/** Search over a `search_text` column (decision 006): every word of the query, in any order, as a literal substring. */
import { and, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { searchWords } from "../../shared/text.js";

/** Escapes `\`, `%` and `_` so that a LIKE pattern with `ESCAPE '\'` matches them literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, "\\$&");
}

/**
 * The condition "`column` contains every word of `fold(q)`": one `column LIKE '%word%' ESCAPE '\'` per word, ANDed,
 * so `thanh tra pham` finds `pham thi thanh tra` and a `%` or `_` typed by the user is a literal character. Each
 * LIKE is served by the column's `pg_trgm` GIN index. `undefined` when `q` has no words (no filter).
 */
export function matchesWords(column: AnyColumn | SQL, q: string | undefined | null): SQL | undefined {
  const words = searchWords(q ?? "");
  if (!words.length) return undefined;
  return and(...words.map((w) => sql`${column} like ${"%" + escapeLike(w) + "%"} escape '\\'`));
}
