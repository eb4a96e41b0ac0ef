import { memo, type ReactNode } from "react";

/**
 * A part of a big form that renders again only when one of `deps` changes. A controlled form renders as a whole on
 * every keystroke; a part that reads none of the field being typed (a country list, a fieldset of dates) is then
 * skipped, so typing a name does not lay out 250 countries again each key. `deps` must hold every value and error the
 * part shows, and the language; the handlers a skipped part keeps write through the form's own refs, so they stay
 * right while the part is not rendered again.
 *
 *   <Part deps={[form.values.nationality, form.errors.nationality, lang]}>{() => <Select … />}</Part>
 */
export const Part = memo(
  function Part({ children }: { deps: readonly unknown[]; children: () => ReactNode }) {
    return <>{children()}</>;
  },
  (a, b) => a.deps.length === b.deps.length && a.deps.every((d, i) => Object.is(d, b.deps[i])),
);
