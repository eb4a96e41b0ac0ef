/**
 * The one delegate form, used by the host (meetings: the add/edit delegate page) and by the delegation contact
 * (registration: the "Add a delegate" dialog, saving directly or proposing after the deadline). Every field, its
 * checks (`useCheckedForm` over the limits of `src/shared/personalData.ts`) and the body it produces are defined
 * here once; what differs between the two is a prop:
 *
 * - `vocabulary`: the words of the page around it ("meetings" for the host, "registration" for the contact), so the
 *   form names a field as the rest of that page does;
 * - `photo`: the contact chooses a photo that goes with the save (or the proposal); the host uploads a photo of a
 *   saved delegate at once, with its own control passed in `header`;
 * - `withNote`: a note to the host (proposals);
 * - `header` / `footer`: the title, errors and buttons of a page or of a dialog;
 * - `roles` / `genders` and their labels: the lists the caller's feature defines.
 */
import { useEffect, useMemo, useState, type ReactNode } from "react";
import {
  Avatar,
  Button,
  Checkbox,
  FileButton,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useI18n } from "../lib/i18n";
import type { TranslationKey } from "../i18n";
import { countryOptions } from "../../shared/countries";
import { delegateTextLimits, needsFields, personalFields, travelFields } from "../../shared/personalData";
import { DateField } from "./DateField";
import { Part } from "./Part";
import { TimeField } from "./TimeField";
import { foldFilter } from "./foldFilter";
import { orNull, parsedInputProps, useCheckedForm } from "./useCheckedForm";

const textKeys = [
  "fullName",
  "honorific",
  "position",
  "organisation",
  "passportNumber",
  "email",
  "phone",
  "arrivalFlight",
  "arrivalAirport",
  "departureFlight",
  "departureAirport",
  "hotel",
  "dietary",
  "accessibility",
] as const;
const dateKeys = ["passportExpiry", "dateOfBirth", "arrivalDate", "departureDate"] as const;
const timeKeys = ["arrivalTime", "departureTime"] as const;
type TextKey = (typeof textKeys)[number];
type DateKey = (typeof dateKeys)[number];
type TimeKey = (typeof timeKeys)[number];
export type DelegateFieldKey = TextKey | DateKey | TimeKey | "gender" | "role" | "nationality";

const NOTE_MAX = 1000;

/** What the form reads of a delegate being edited (both features' `Delegate` fit). */
export type DelegateFormSource<R extends string, G extends string> = Partial<
  Record<TextKey | DateKey | TimeKey, string | null>
> & {
  fullName: string;
  gender?: G | null;
  role?: R;
  nationality?: string | null;
  sessionIds?: string[];
  photoUrl?: string | null;
};

/** What the form sends: every field, blank text as null, dates as ISO days and times as "HH:mm". */
export type DelegateFormInput<R extends string, G extends string> = Record<
  Exclude<TextKey, "fullName"> | DateKey | TimeKey,
  string | null
> & {
  fullName: string;
  gender: G | null;
  role: R;
  nationality: string | null;
  sessionIds: string[];
};

type Values<R extends string, G extends string> = Record<TextKey, string> &
  Record<DateKey | TimeKey, string | null> & {
    gender: G | null;
    role: R;
    nationality: string | null;
    sessionIds: string[];
    note: string;
  };

export type DelegateVocabulary = "meetings" | "registration";

/** Each page's words for the same things; the rules and messages that both share name one key. */
const words = {
  meetings: {
    field: (k: DelegateFieldKey): TranslationKey => `meetings.delegate.${k}`,
    identity: "meetings.delegate.identity",
    passport: "meetings.delegate.passport",
    travel: "meetings.delegate.travel",
    sessions: "meetings.delegate.sessions",
    sessionsLabel: "meetings.delegate.sessionsLabel",
    fullNameHint: "meetings.delegate.fullNameHint",
    passportExpiryHint: "meetings.delegate.passportExpiryHint",
    passportExpires: "meetings.delegate.passportExpires",
    airportInvalid: "meetings.delegate.airportInvalid",
    emailInvalid: "meetings.form.emailInvalid",
  },
  registration: {
    field: (k: DelegateFieldKey): TranslationKey => `registration.field.${k}`,
    identity: "registration.form.identity",
    passport: "registration.form.passport",
    travel: "registration.form.travel",
    sessions: "registration.form.sessions",
    sessionsLabel: "registration.form.sessionsLabel",
    fullNameHint: "registration.form.fullNameHint",
    passportExpiryHint: "registration.form.passportExpiryHint",
    passportExpires: "registration.form.passportExpires",
    airportInvalid: "registration.form.airportInvalid",
    emailInvalid: "registration.form.emailInvalid",
  },
} as const satisfies Record<DelegateVocabulary, Record<string, unknown>>;

export interface DelegateFormProps<R extends string, G extends string> {
  /** The delegate to edit, or null to add one. */
  delegate: DelegateFormSource<R, G> | null;
  /** The nationality a new delegate starts with (the contact's delegation's country). */
  defaultNationality?: string | null;
  /** The passport must be valid until the meeting ends. */
  meetingEndDate: string;
  /** The roles and genders the caller's feature defines, named in its words; a new delegate starts as `newRole`. */
  roles: readonly R[];
  genders: readonly G[];
  roleLabel: (r: R) => string;
  genderLabel: (g: G) => string;
  newRole: R;
  /** The sessions the delegate may attend, already labelled in the reader's language. */
  sessions: { id: string; label: string }[];
  vocabulary: DelegateVocabulary;
  /** A photo chosen here and handed to `onSubmit` (the contact); checked before sending. */
  photo?: { accept: string; ok: (f: File) => boolean };
  /** A note for the host (a proposal after the deadline). */
  withNote?: boolean;
  header?: ReactNode;
  footer: ReactNode;
  "aria-labelledby"?: string;
  onSubmit: (input: DelegateFormInput<R, G>, extra: { photo: File | null; note: string | null }) => void;
}

/** A preview address for a chosen file, released when the file changes or the form closes. */
function useObjectUrl(file: File | null) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return setUrl(null);
    const u = URL.createObjectURL(file);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);
  return url;
}

const AIRPORT = /^[A-Za-z]{3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every field of a delegate. Mount it again (a `key`) to start from another delegate or version. */
export function DelegateForm<R extends string, G extends string>(props: DelegateFormProps<R, G>) {
  const { delegate: d, vocabulary, meetingEndDate, sessions } = props;
  const { t, lang, fmtDate } = useI18n();
  const w = words[vocabulary];
  const label = (k: DelegateFieldKey) => t(w.field(k));
  // A file is not a form value (the form copies its values on each change); it stays beside the form.
  const [photo, setPhoto] = useState<File | null>(null);
  const preview = useObjectUrl(photo);

  // Worked out once, not on every keystroke (the form renders again for each).
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const form = useCheckedForm<Values<R, G>>({
    initialValues: {
      ...(Object.fromEntries(textKeys.map((k) => [k, d?.[k] ?? ""])) as Record<TextKey, string>),
      ...(Object.fromEntries(dateKeys.map((k) => [k, d?.[k] ?? ""])) as Record<DateKey, string>),
      ...(Object.fromEntries(timeKeys.map((k) => [k, d?.[k]?.slice(0, 5) ?? ""])) as Record<TimeKey, string>),
      gender: d?.gender ?? null,
      role: d?.role ?? props.newRole,
      nationality: d ? (d.nationality ?? null) : (props.defaultNationality ?? null),
      sessionIds: d?.sessionIds ?? [],
      note: "",
    },
    required: { fullName: label("fullName") },
    limits: { ...delegateTextLimits, ...(props.withNote ? { note: NOTE_MAX } : {}) },
    dates: dateKeys,
    times: timeKeys,
    rules: (v) => ({
      arrivalAirport: v.arrivalAirport.trim() && !AIRPORT.test(v.arrivalAirport.trim()) && t(w.airportInvalid),
      departureAirport: v.departureAirport.trim() && !AIRPORT.test(v.departureAirport.trim()) && t(w.airportInvalid),
      email: v.email.trim() && !EMAIL.test(v.email.trim()) && t(w.emailInvalid),
      passportExpiry:
        !!v.passportExpiry &&
        v.passportExpiry < meetingEndDate &&
        t(w.passportExpires, { date: fmtDate(meetingEndDate) }),
      departureDate:
        !!v.arrivalDate &&
        !!v.departureDate &&
        v.departureDate < v.arrivalDate &&
        t("meetings.delegate.departureBeforeArrival"),
      photo: !!photo && !!props.photo && !props.photo.ok(photo) && t("registration.photo.invalid"),
    }),
  });

  const submit = form.onSubmit((v) =>
    props.onSubmit(
      {
        ...(Object.fromEntries(textKeys.map((k) => [k, orNull(v[k])])) as Record<TextKey, string | null>),
        ...(Object.fromEntries([...dateKeys, ...timeKeys].map((k) => [k, v[k] || null])) as Record<
          DateKey | TimeKey,
          string | null
        >),
        fullName: v.fullName.trim(),
        gender: v.gender,
        role: v.role,
        nationality: v.nationality,
        sessionIds: v.sessionIds,
      },
      { photo, note: orNull(v.note) },
    ),
  );

  const text = (k: TextKey) => ({ label: label(k), ...form.getInputProps(k) });
  const moment = (k: DateKey | TimeKey) => ({ label: label(k), ...parsedInputProps(form, k) });
  const airport = (k: "arrivalAirport" | "departureAirport") => ({
    ...text(k),
    placeholder: "HAN",
    description: vocabulary === "meetings" ? t("meetings.delegate.airportHint") : undefined,
  });

  // The values and errors a part shows, and the words around it: what its `Part` renders again for.
  const of = (...keys: (keyof Values<R, G>)[]) => [lang, ...keys.flatMap((k) => [form.values[k], form.errors[k]])];

  return (
    <form onSubmit={submit} noValidate aria-labelledby={props["aria-labelledby"]}>
      <Stack gap="md">
        {props.header}
        <Fieldset legend={t(w.identity)} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text("fullName")} required description={t(w.fullNameHint)} data-autofocus />
            <TextInput {...text("honorific")} placeholder="Mr. / Ms. / H.E." />
            <Part deps={of("gender")}>
              {() => (
                <Select
                  label={label("gender")}
                  data={props.genders.map((g) => ({ value: g, label: props.genderLabel(g) }))}
                  {...form.getInputProps("gender")}
                  clearable
                />
              )}
            </Part>
            <Part deps={of("role")}>
              {() => (
                <Select
                  label={label("role")}
                  data={props.roles.map((r) => ({ value: r, label: props.roleLabel(r) }))}
                  {...form.getInputProps("role")}
                  allowDeselect={false}
                />
              )}
            </Part>
            <TextInput {...text("position")} />
            <TextInput {...text("organisation")} />
            <Part deps={of("nationality")}>
              {() => (
                <Select
                  label={label("nationality")}
                  data={countries}
                  {...form.getInputProps("nationality")}
                  searchable
                  clearable
                  filter={foldFilter}
                />
              )}
            </Part>
            <TextInput {...text("email")} type="email" />
            <TextInput {...text("phone")} type="tel" />
          </SimpleGrid>
        </Fieldset>
        <Part deps={of(...personalFields)}>
          {() => (
            <Fieldset legend={t(w.passport)} radius="md">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput {...text("passportNumber")} />
                <DateField
                  {...moment("passportExpiry")}
                  description={t(w.passportExpiryHint, { date: fmtDate(meetingEndDate) })}
                />
                <DateField {...moment("dateOfBirth")} />
              </SimpleGrid>
            </Fieldset>
          )}
        </Part>
        <Part deps={of(...travelFields, ...needsFields)}>
          {() => (
            <Fieldset legend={t(w.travel)} radius="md">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
                <DateField {...moment("arrivalDate")} />
                <TimeField {...moment("arrivalTime")} />
                <TextInput {...text("arrivalFlight")} />
                <TextInput {...airport("arrivalAirport")} />
                <DateField {...moment("departureDate")} />
                <TimeField {...moment("departureTime")} />
                <TextInput {...text("departureFlight")} />
                <TextInput {...airport("departureAirport")} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
                <TextInput {...text("hotel")} />
                <Textarea {...text("dietary")} autosize minRows={1} />
                <Textarea {...text("accessibility")} autosize minRows={1} />
              </SimpleGrid>
            </Fieldset>
          )}
        </Part>
        <Part deps={[...of("sessionIds"), sessions]}>
          {() => (
            <Fieldset legend={t(w.sessions, { n: form.values.sessionIds.length })} radius="md">
              {sessions.length ? (
                <Checkbox.Group {...form.getInputProps("sessionIds")} aria-label={t(w.sessionsLabel)}>
                  <Stack gap={6}>
                    {sessions.map((s) => (
                      <Checkbox key={s.id} value={s.id} label={s.label} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("registration.form.noSessions")}
                </Text>
              )}
            </Fieldset>
          )}
        </Part>
        {props.photo && (
          <Fieldset legend={t("registration.field.photo")} radius="md">
            <Group gap="md">
              <Avatar src={preview ?? d?.photoUrl ?? null} alt="" size={64} radius="md" />
              <Stack gap={4}>
                <FileButton
                  accept={props.photo.accept}
                  onChange={(f) => {
                    setPhoto(f);
                    form.setErrors(({ photo: _, ...rest }) => rest);
                  }}
                >
                  {(p) => (
                    <Button {...p} variant="default" size="xs">
                      {photo ? photo.name : t("registration.photo.choose")}
                    </Button>
                  )}
                </FileButton>
                <Text size="xs" c={form.errors.photo ? "red.8" : "dimmed"}>
                  {form.errors.photo ?? t("registration.photo.hint")}
                </Text>
              </Stack>
            </Group>
          </Fieldset>
        )}
        {props.withNote && (
          <Textarea
            label={t("registration.proposal.note")}
            description={t("registration.proposal.noteHint")}
            {...form.getInputProps("note")}
            autosize
            minRows={2}
          />
        )}
        {props.footer}
      </Stack>
    </form>
  );
}
