import { useState } from "react";
import { TextInput, type TextInputProps } from "@mantine/core";

export type ParsedFieldProps = Omit<TextInputProps, "value" | "onChange" | "defaultValue"> & {
  /** The canonical value, or "" for none. null (what `onChange` reported for unreadable text) keeps the typed text. */
  value: string | null;
  /** The canonical value when the text reads as one, "" when the field is empty, null while it does not. */
  onChange: (value: string | null) => void;
};

/**
 * A text input whose text is read into a canonical value (a day, a time): what `DateField` and `TimeField` share.
 * The text follows a new `value` from outside unless it already says it; after the user leaves the field the text is
 * tidied to `show(value)`, and unreadable text is named under it with `invalid` (the form's `error` comes first).
 */
export function ParsedField({
  value,
  onChange,
  error,
  onBlur,
  parse,
  show,
  invalid: invalidMessage,
  ...rest
}: ParsedFieldProps & { parse: (text: string) => string | null; show: (value: string) => string; invalid: string }) {
  const meaning = (text: string): string | null => (text.trim() === "" ? "" : parse(text));
  const [text, setText] = useState(value ? show(value) : "");
  const [touched, setTouched] = useState(false);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // A new value from outside (a "Today" button, a reset, the URL): show it, unless it is what the text says.
    setLastValue(value);
    if (value !== null && meaning(text) !== value) setText(value ? show(value) : "");
  }
  const invalid = touched && meaning(text) === null;
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      {...rest}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(meaning(next));
      }}
      onBlur={(e) => {
        setTouched(true);
        const v = meaning(text);
        if (v) setText(show(v)); // "5.8.2022" → "05/08/2022", "930" → "09:30"
        onBlur?.(e);
      }}
      error={error ?? (invalid ? invalidMessage : undefined)}
    />
  );
}
