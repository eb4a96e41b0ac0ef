/**
 * The app's own checks on what is typed, with messages in the user's language that name the field and state the
 * limit. Forms use these instead of the browser's: `required` on an input brings the browser's English "Please fill
 * out this field" (forms carry `noValidate`), and `maxLength` cuts typed or pasted text silently.
 *
 *   const check = useFieldChecks();
 *   <TextInput label={label} value={v} error={errors.v ?? check.tooLong(v, 200)} withAsterisk />
 *   // on submit: errs.v = check.required(v, label) ?? check.tooLong(v, 200);
 */
import { useMemo } from "react";
import { useI18n } from "../lib/i18n";

/** Characters as the server counts them: code points of the NFC form (a Vietnamese "ệ" is one). */
export function charCount(value: string): number {
  return [...value.normalize("NFC")].length;
}

/** Over the limit by the server's count (undefined max: no limit). */
export function isTooLong(value: string | null | undefined, max: number | undefined): boolean {
  return max !== undefined && !!value && charCount(value) > max;
}

export interface FieldChecks {
  /** "At most 200 characters — this has 231." while the text is too long; undefined otherwise. */
  tooLong(value: string | null | undefined, max: number | undefined): string | undefined;
  /** "“Title (English)” is required." when the text is empty or blank; undefined otherwise. */
  required(value: string | null | undefined, label: string): string | undefined;
}

export function useFieldChecks(): FieldChecks {
  const { t } = useI18n();
  return useMemo(
    () => ({
      tooLong: (value, max) =>
        isTooLong(value, max) ? t("common.field.tooLong", { max: max!, n: charCount(value!) }) : undefined,
      required: (value, label) => (value?.trim() ? undefined : t("common.field.required", { field: label })),
    }),
    [t],
  );
}
