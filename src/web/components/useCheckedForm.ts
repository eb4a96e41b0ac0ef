/**
 * The one way to write a form: `@mantine/form`'s `useForm` with the app's own checks (`useFieldChecks`), so that a
 * required field is named in the user's language, text over a limit is refused with the limit (shown while typing,
 * never cut with `maxLength`), and a date or time field whose text is not a real one (it reports null) stops the
 * send. The `<form>` carries `noValidate`; `form.onSubmit(handler)` calls the handler only when nothing is wrong.
 *
 *   const form = useCheckedForm({
 *     initialValues: { name: m?.name ?? "", startDate: m?.startDate ?? "" },
 *     required: { name: t("x.field.name"), startDate: t("x.field.startDate") },
 *     limits: { name: 200 },
 *     dates: ["startDate"],
 *     rules: (v) => ({ endDate: v.endDate < v.startDate ? t("x.endAfterStart") : undefined }),
 *   });
 *   <form onSubmit={form.onSubmit((v) => save.mutate(toBody(v)))} noValidate>
 *     <TextInput label={t("x.field.name")} {...form.getInputProps("name")} required />
 *
 * `getInputProps` reads `e.currentTarget.value` inside the change handler itself (never in a state updater, where it
 * is null), and a message the last submit left on a field goes once that field is changed.
 */
import { useForm, type FormErrors, type UseFormReturnType } from "@mantine/form";
import { useI18n } from "../lib/i18n";
import { useFieldChecks, type FieldChecks } from "./fieldChecks";

type Key<V> = keyof V & string;
/** Messages per field; undefined or "" means no problem. */
export type FieldProblems = Record<string, string | undefined | null | false>;

export interface CheckedFormOptions<V extends Record<string, unknown>> {
  initialValues: V;
  /** Required fields and the label each is named by in the message. */
  required?: Partial<Record<Key<V>, string>>;
  /** Text limits in characters (code points, as the server counts). */
  limits?: Partial<Record<Key<V>, number>>;
  /** `DateField`s: null means the text typed is not a real day. */
  dates?: readonly Key<V>[];
  /** `TimeField`s: null means the text typed is not a real time. */
  times?: readonly Key<V>[];
  /** The form's own rules, run after the ones above; a field keeps the first message it gets. */
  rules?: (values: V, check: FieldChecks) => FieldProblems;
}

/** The checks of `CheckedFormOptions` as a validate function (exported for tests and forms that need it alone). */
export function checkValues<V extends Record<string, unknown>>(
  values: V,
  options: Omit<CheckedFormOptions<V>, "initialValues">,
  check: FieldChecks,
  messages: { dateInvalid: string; timeInvalid: string },
): FormErrors {
  const errors: Record<string, string> = {};
  const add = (k: string, msg: string | undefined | null | false) => {
    if (msg && errors[k] === undefined) errors[k] = msg;
  };
  for (const k of options.dates ?? []) if (values[k] === null) add(k, messages.dateInvalid);
  for (const k of options.times ?? []) if (values[k] === null) add(k, messages.timeInvalid);
  const required: Record<string, string | undefined> = { ...options.required };
  const limits: Record<string, number | undefined> = { ...options.limits };
  for (const [k, label] of Object.entries(required)) {
    if (label === undefined) continue;
    const v = values[k];
    if (v === null && (options.dates?.includes(k) || options.times?.includes(k))) continue;
    add(k, Array.isArray(v) ? (v.length ? undefined : check.required("", label)) : check.required(asText(v), label));
  }
  for (const [k, max] of Object.entries(limits)) {
    add(k, check.tooLong(asText(values[k]), max));
  }
  for (const [k, msg] of Object.entries(options.rules?.(values, check) ?? {})) add(k, msg);
  return errors;
}

/** A field's text; a non-text value (a list, a choice) has none to measure. */
const asText = (v: unknown): string | null => (typeof v === "string" ? v : null);

export function useCheckedForm<V extends Record<string, unknown>>(
  options: CheckedFormOptions<V>,
): UseFormReturnType<V> {
  const { t } = useI18n();
  const check = useFieldChecks();
  const messages = { dateInvalid: t("common.date.invalid"), timeInvalid: t("common.time.invalid") };
  return useForm<V>({
    mode: "controlled",
    initialValues: options.initialValues,
    validate: (values) => checkValues(values, options, check, messages),
    // Text over its limit says so while it is typed, not only on send.
    enhanceGetInputProps: ({ inputProps, field, form }) => {
      const limits: Record<string, number | undefined> = { ...options.limits };
      const max = limits[field];
      if (max === undefined || inputProps.error) return undefined;
      const live = check.tooLong(asText(form.getValues()[field]), max);
      return live ? { error: live } : undefined;
    },
  });
}

/** Trimmed text, or null when blank: how optional text fields are sent. */
export const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/**
 * A `DateField` / `TimeField` / `DateTimeField` part bound to a form value: ISO day or "HH:mm", "" when empty, null
 * while the text typed is not a real one (which `dates` / `times` refuse on send).
 */
export function parsedInputProps<V extends Record<string, unknown>>(form: UseFormReturnType<V>, k: Key<V>) {
  const p: { onChange: (value: string | null) => void; error?: string; onFocus?: () => void; onBlur?: () => void } =
    form.getInputProps(k);
  return {
    name: k,
    value: form.values[k] as string | null,
    onChange: p.onChange,
    error: p.error,
    onFocus: p.onFocus,
    onBlur: p.onBlur,
  };
}
