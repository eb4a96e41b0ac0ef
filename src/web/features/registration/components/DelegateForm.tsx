import { useEffect, useState, type FormEvent } from "react";
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
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { Dialog } from "./Dialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { foldFilter } from "../../../components/foldFilter";
import { DateField } from "../../../components/DateField";
import { useFieldChecks } from "../../../components/fieldChecks";
import { TimeField } from "../../../components/TimeField";
import { countryOptions } from "../../../../shared/countries";
import { useSaveDelegate } from "../api/saveDelegate";
import { useCreateProposal } from "../api/createProposal";
import { useUploadPhoto } from "../api/uploadPhoto";
import { photoAccept, photoOk } from "../api/files";
import {
  delegateRoles,
  genders,
  type Delegate,
  type DelegateInput,
  type DelegateRole,
  type SessionBrief,
} from "../api/types";
import { sessionLabel } from "./labels";
import { delegateTextLimits } from "../../../../shared/personalData";

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
/** The server's limits: refused here with a message that says the limit, never cut as typed. */
const limits: Partial<Record<(typeof textKeys)[number], number>> = delegateTextLimits;
type TextKey = (typeof textKeys)[number];
type DateKey = (typeof dateKeys)[number];
type TimeKey = (typeof timeKeys)[number];

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

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

export interface DelegateFormProps {
  meetingId: string;
  delegationId: string;
  meetingEndDate: string;
  defaultNationality: string | null;
  sessions: SessionBrief[];
  /** The delegate to edit, or null to add one. */
  delegate: Delegate | null;
  /** `propose`: after the deadline, the change goes to the host as a proposal. */
  mode: "direct" | "propose";
  opened: boolean;
  onClose: () => void;
}

/** Every field of a delegate, in a dialog; saves directly or, after the deadline, proposes the change. */
export function DelegateForm(props: DelegateFormProps) {
  const { t } = useI18n();
  const d = props.delegate;
  const title =
    props.mode === "propose"
      ? d
        ? t("registration.form.proposeEditTitle", { name: d.fullName })
        : t("registration.form.proposeAddTitle")
      : d
        ? t("registration.form.editTitle", { name: d.fullName })
        : t("registration.form.addTitle");
  return (
    <Dialog opened={props.opened} onClose={props.onClose} title={title} size="xl">
      {props.opened && <FormBody key={`${d?.id ?? "new"}-${d?.version ?? 0}`} {...props} />}
    </Dialog>
  );
}

function FormBody({
  meetingId,
  delegationId,
  meetingEndDate,
  defaultNationality,
  sessions,
  delegate: d,
  mode,
  onClose,
}: DelegateFormProps) {
  const { t, lang, fmtDate } = useI18n();
  const notify = useNotify();
  const save = useSaveDelegate(meetingId, delegationId);
  const propose = useCreateProposal(meetingId, delegationId);
  const photoUpload = useUploadPhoto(meetingId, delegationId);
  const [f, setF] = useState<Record<TextKey, string>>(
    () => Object.fromEntries(textKeys.map((k) => [k, d?.[k] ?? ""])) as Record<TextKey, string>,
  );
  // What the date and time fields report: ISO day / "HH:mm", "" when empty, null while the text is not a real one.
  const [dates, setDates] = useState<Record<DateKey | TimeKey, string | null>>(() => ({
    ...(Object.fromEntries(dateKeys.map((k) => [k, d?.[k] ?? ""])) as Record<DateKey, string>),
    ...(Object.fromEntries(timeKeys.map((k) => [k, d?.[k]?.slice(0, 5) ?? ""])) as Record<TimeKey, string>),
  }));
  const [gender, setGender] = useState<string | null>(d?.gender ?? null);
  const [role, setRole] = useState<DelegateRole>(d?.role ?? "member");
  const [nationality, setNationality] = useState<string | null>(d ? d.nationality : defaultNationality);
  const [sessionIds, setSessionIds] = useState<string[]>(d?.sessionIds ?? []);
  const [photo, setPhoto] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const check = useFieldChecks();
  const preview = useObjectUrl(photo);
  const pending = save.isPending || propose.isPending || photoUpload.isPending;

  const text = (k: TextKey, extra: Record<string, unknown> = {}) => ({
    label: t(`registration.field.${k}`),
    value: f[k],
    // The value is read now, not inside the updater: by the time React runs it the event's currentTarget is null.
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setF((x) => ({ ...x, [k]: value }));
      setErrors(({ [k]: _, ...rest }) => rest);
    },
    error: check.tooLong(f[k], limits[k]) ?? errors[k],
    ...extra,
  });
  const moment = (k: DateKey | TimeKey, extra: Record<string, unknown> = {}) => ({
    label: t(`registration.field.${k}`),
    value: dates[k],
    onChange: (v: string | null) => {
      setDates((x) => ({ ...x, [k]: v }));
      // A message the last submit left here goes once the field is retyped (it names an unreal day or time itself).
      setErrors(({ [k]: _, ...rest }) => rest);
    },
    error: errors[k],
    ...extra,
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    for (const k of textKeys) {
      const msg = check.tooLong(f[k], limits[k]);
      if (msg) errs[k] = msg;
    }
    const nameMissing = check.required(f.fullName, t("registration.field.fullName"));
    if (nameMissing) errs.fullName = nameMissing;
    for (const k of dateKeys) if (dates[k] === null) errs[k] = t("common.date.invalid");
    for (const k of timeKeys) if (dates[k] === null) errs[k] = t("common.time.invalid");
    for (const k of ["arrivalAirport", "departureAirport"] as const) {
      if (f[k].trim() && !/^[A-Za-z]{3}$/.test(f[k].trim())) errs[k] = t("registration.form.airportInvalid");
    }
    if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim()))
      errs.email = t("registration.form.emailInvalid");
    if (dates.passportExpiry && dates.passportExpiry < meetingEndDate) {
      errs.passportExpiry = t("registration.form.passportExpires", { date: fmtDate(meetingEndDate) });
    }
    if (mode === "propose" && check.tooLong(note, 1000)) errs.note = check.tooLong(note, 1000)!;
    if (photo && !photoOk(photo)) errs.photo = t("registration.photo.invalid");
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const input: DelegateInput = {
      ...(Object.fromEntries(textKeys.map((k) => [k, orNull(f[k])])) as Record<TextKey, string | null>),
      ...(Object.fromEntries([...dateKeys, ...timeKeys].map((k) => [k, dates[k] || null])) as Record<
        DateKey | TimeKey,
        string | null
      >),
      fullName: f.fullName.trim(),
      gender: gender as DelegateInput["gender"],
      role,
      nationality,
      sessionIds,
    };
    if (mode === "propose") {
      propose.mutate(
        d
          ? { kind: "edit", delegateId: d.id, delegateVersion: d.version, changes: input, photo, note: orNull(note) }
          : { kind: "add", changes: input, photo, note: orNull(note) },
        {
          onSuccess: () => {
            notify(t("registration.proposal.sent"));
            onClose();
          },
        },
      );
      return;
    }
    save.mutate(
      { id: d?.id ?? null, version: d?.version, input },
      {
        onSuccess: (saved) => {
          const done = () => {
            notify(
              d?.accreditationStatus === "accredited" && saved.accreditationStatus === "pending"
                ? t("registration.form.backToPending")
                : t("registration.form.saved", { name: saved.fullName }),
            );
            onClose();
          };
          if (photo) photoUpload.mutate({ id: saved.id, file: photo }, { onSuccess: done });
          else done();
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={save.error ?? propose.error ?? photoUpload.error} />
        <Fieldset legend={t("registration.form.identity")} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...text("fullName", {
                required: true,
                description: t("registration.form.fullNameHint"),
                "data-autofocus": true,
              })}
            />
            <TextInput {...text("honorific", { placeholder: "Mr. / Ms. / H.E." })} />
            <Select
              label={t("registration.field.gender")}
              data={genders.map((g) => ({ value: g, label: t(`registration.gender.${g}`) }))}
              value={gender}
              onChange={setGender}
              clearable
            />
            <Select
              label={t("registration.field.role")}
              data={delegateRoles.map((r) => ({ value: r, label: t(`registration.role.${r}`) }))}
              value={role}
              onChange={(v) => v && setRole(v)}
              allowDeselect={false}
            />
            <TextInput {...text("position")} />
            <TextInput {...text("organisation")} />
            <Select
              label={t("registration.field.nationality")}
              data={countryOptions(lang)}
              value={nationality}
              onChange={setNationality}
              searchable
              clearable
              filter={foldFilter}
            />
            <TextInput {...text("email", { type: "email" })} />
            <TextInput {...text("phone", { type: "tel" })} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("registration.form.passport")} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...text("passportNumber")} />
            <DateField
              {...moment("passportExpiry", {
                description: t("registration.form.passportExpiryHint", { date: fmtDate(meetingEndDate) }),
              })}
            />
            <DateField {...moment("dateOfBirth")} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("registration.form.travel")} radius="md">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <DateField {...moment("arrivalDate")} />
            <TimeField {...moment("arrivalTime", { name: "arrivalTime" })} />
            <TextInput {...text("arrivalFlight")} />
            <TextInput {...text("arrivalAirport", { placeholder: "HAN" })} />
            <DateField {...moment("departureDate")} />
            <TimeField {...moment("departureTime", { name: "departureTime" })} />
            <TextInput {...text("departureFlight")} />
            <TextInput {...text("departureAirport", { placeholder: "HAN" })} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <TextInput {...text("hotel")} />
            <Textarea {...text("dietary", { autosize: true, minRows: 1 })} />
            <Textarea {...text("accessibility", { autosize: true, minRows: 1 })} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("registration.form.sessions", { n: sessionIds.length })} radius="md">
          {sessions.length ? (
            <Checkbox.Group
              value={sessionIds}
              onChange={setSessionIds}
              aria-label={t("registration.form.sessionsLabel")}
            >
              <Stack gap={6}>
                {sessions.map((s) => (
                  <Checkbox key={s.id} value={s.id} label={sessionLabel(s, lang, fmtDate)} />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t("registration.form.noSessions")}
            </Text>
          )}
        </Fieldset>
        <Fieldset legend={t("registration.field.photo")} radius="md">
          <Group gap="md">
            <Avatar src={preview ?? d?.photoUrl ?? null} alt="" size={64} radius="md" />
            <Stack gap={4}>
              <FileButton accept={photoAccept} onChange={setPhoto}>
                {(p) => (
                  <Button {...p} variant="default" size="xs">
                    {photo ? photo.name : t("registration.photo.choose")}
                  </Button>
                )}
              </FileButton>
              <Text size="xs" c={errors.photo ? "red.8" : "dimmed"}>
                {errors.photo ?? t("registration.photo.hint")}
              </Text>
            </Stack>
          </Group>
        </Fieldset>
        {mode === "propose" && (
          <Textarea
            label={t("registration.proposal.note")}
            description={t("registration.proposal.noteHint")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={check.tooLong(note, 1000)}
            autosize
            minRows={2}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={pending}>
            {mode === "propose" ? t("registration.proposal.send") : t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
