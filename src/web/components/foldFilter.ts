import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from "@mantine/core";
import { fold } from "../../shared/text";

/** A Select/MultiSelect filter that ignores diacritics and case: "vu hop tac" finds "Vụ Hợp tác quốc tế". */
export const foldFilter: OptionsFilter<string> = ({ options, search }) => {
  const q = fold(search);
  if (!q) return options;
  const match = (o: ComboboxItem<string>) => fold(o.label).includes(q);
  const out: ComboboxParsedItem<string>[] = [];
  for (const o of options) {
    if ("group" in o) {
      const items = o.items.filter(match);
      if (items.length) out.push({ ...o, items });
    } else if (match(o)) out.push(o);
  }
  return out;
};
