import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from "@mantine/core";
import { matchesSearch, searchWords } from "../../shared/text";

/**
 * A Select/MultiSelect filter with the server's search rule (`matchesSearch`, like `matchesWords` on the server):
 * diacritics and case are ignored and every word must occur, in any order — "hop tac vu" finds "Vụ Hợp tác quốc tế".
 */
export const foldFilter: OptionsFilter<string> = ({ options, search }) => {
  if (!searchWords(search).length) return options;
  const match = (o: ComboboxItem<string>) => matchesSearch(o.label, search);
  const out: ComboboxParsedItem<string>[] = [];
  for (const o of options) {
    if ("group" in o) {
      const items = o.items.filter(match);
      if (items.length) out.push({ ...o, items });
    } else if (match(o)) out.push(o);
  }
  return out;
};
