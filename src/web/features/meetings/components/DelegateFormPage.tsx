import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import {
  Anchor,
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
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { foldFilter } from "../../../components/foldFilter";
import { DateField } from "../../../components/DateField";
import { useFieldChecks } from "../../../components/fieldChecks";
import { TimeField } from "../../../components/TimeField";
import { countryOptions } from "../../../../shared/countries";
import { useDelegate } from "../api/delegate";
import { useSaveDelegate, type DelegateInput } from "../api/saveDelegate";
import { useUploadPhoto } from "../api/uploadPhoto";
import { useSessions } from "../api/sessions";
import { delegateRoles, genders, type Delegate, type DelegateRole, type Meeting, type Session } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { orNull, pick, timeOf, initials } from "./labels";
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
type TextKey = (typeof textKeys)[number];
const dateKeys = ["passportExpiry", "dateOfBirth", "arrivalDate", "departureDate"] as const;
const timeKeys = ["arrivalTime", "departureTime"] as const;
/** The server's limits: refused here with a message that says the limit, never cut as typed. */
const limits: Partial<Record<(typeof textKeys)[number], number>> = delegateTextLimits;
type DateKey = (typeof dateKeys)[number];
type TimeKey = (typeof timeKeys)[number];

function Photo({ m, delegationId, d }: { m: Meeting; delegationId: string; d: Delegate }) {
  const { t } = useI18n();
  const notify = useNotify();
  const upload = useUploadPhoto(m.id, delegationId, d.id);
  return (
    <Fieldset legend={t("meetings.delegate.photo")} radius="md">
      <Group gap="md" align="center">
        <Avatar src={d.photoUrl} alt={t("meetings.delegate.photoOf", { name: d.fullName })} size={96} radius="md">
          {initials(d.fullName)}
        </Avatar>
        <Stack gap={4}>
          <FileButton
            accept="image/jpeg,image/png"
            onChange={(f) =>
              f &&
              upload.mutate(f, {
                onSuccess: () => notify(t("meetings.delegate.photoSaved")),
              })
            }
          >
            {(props) => (
              <Button {...props} variant="default" size="xs" loading={upload.isPending}>
                {t("meetings.delegate.photoUpload")}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t("meetings.delegate.photoHint")}
          </Text>
        </Stack>
      </Group>
      <ErrorAlert error={upload.error} />
    </Fieldset>
  );
}

function Form({
  m,
  delegationId,
  d,
  sessions,
}: {
  m: Meeting;
  delegationId: string;
  d: Delegate | null;
  sessions: Session[];
}) {
  const { t, lang, fmtDate } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const save = useSaveDelegate(m.id, delegationId, d?.id ?? null);
  const [f, setF] = useState<Record<TextKey, string>>(
    () => Object.fromEntries(textKeys.map((k) => [k, d?.[k] ?? ""])) as Record<TextKey, string>,
  );
  // What the date and time fields report: ISO day / "HH:mm", "" when empty, null while the text is not a real one.
  const [when, setWhen] = useState<Record<DateKey | TimeKey, string | null>>(() => ({
    ...(Object.fromEntries(dateKeys.map((k) => [k, d?.[k] ?? ""])) as Record<DateKey, string>),
    ...(Object.fromEntries(timeKeys.map((k) => [k, d?.[k]?.slice(0, 5) ?? ""])) as Record<TimeKey, string>),
  }));
  const [gender, setGender] = useState<string | null>(d?.gender ?? null);
  const [role, setRole] = useState<DelegateRole>(d?.role ?? "member");
  const [nationality, setNationality] = useState<string | null>(d?.nationality ?? null);
  const [sessionIds, setSessionIds] = useState<string[]>(d?.sessionIds ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const check = useFieldChecks();
  const back = d
    ? `/meetings/${m.id}/delegations/${delegationId}/delegates/${d.id}`
    : `/meetings/${m.id}/delegations/${delegationId}`;
  const input = (k: TextKey, props: Record<string, unknown> = {}) => ({
    label: t(`meetings.delegate.${k}`),
    value: f[k],
    // The value is read now, not inside the updater: by the time React runs it the event's currentTarget is null.
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setF((x) => ({ ...x, [k]: value }));
      setErrors(({ [k]: _, ...rest }) => rest);
    },
    error: check.tooLong(f[k], limits[k]) ?? errors[k],
    ...props,
  });
  const moment = (k: DateKey | TimeKey, props: Record<string, unknown> = {}) => ({
    label: t(`meetings.delegate.${k}`),
    name: k,
    value: when[k],
    onChange: (v: string | null) => {
      setWhen((x) => ({ ...x, [k]: v }));
      // A message the last submit left here goes once the field is retyped (it names an unreal day or time itself).
      setErrors(({ [k]: _, ...rest }) => rest);
    },
    error: errors[k],
    ...props,
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    for (const k of textKeys) {
      const msg = check.tooLong(f[k], limits[k]);
      if (msg) errs[k] = msg;
    }
    const nameMissing = check.required(f.fullName, t("meetings.delegate.fullName"));
    if (nameMissing) errs.fullName = nameMissing;
    for (const k of dateKeys) if (when[k] === null) errs[k] = t("common.date.invalid");
    for (const k of timeKeys) if (when[k] === null) errs[k] = t("common.time.invalid");
    for (const k of ["arrivalAirport", "departureAirport"] as const) {
      if (f[k] && !/^[A-Za-z]{3}$/.test(f[k].trim())) errs[k] = t("meetings.delegate.airportInvalid");
    }
    if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim()))
      errs.email = t("meetings.form.emailInvalid");
    if (when.passportExpiry && when.passportExpiry < m.endDate)
      errs.passportExpiry = t("meetings.delegate.passportExpires");
    if (when.arrivalDate && when.departureDate && when.departureDate < when.arrivalDate)
      errs.departureDate = t("meetings.delegate.departureBeforeArrival");
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const body = {
      ...Object.fromEntries(textKeys.map((k) => [k, orNull(f[k])])),
      ...Object.fromEntries([...dateKeys, ...timeKeys].map((k) => [k, when[k] || null])),
      fullName: f.fullName.trim(),
      gender: gender as Delegate["gender"],
      role,
      nationality,
      sessionIds,
      ...(d ? { version: d.version } : {}),
    } as DelegateInput;
    // mutateAsync, not mutate's onSuccess: saving an existing delegate refetches it, which remounts this form (it
    // is keyed by the version) before mutate's callbacks run, and those are dropped once their component has
    // unmounted — the delegate was saved but the page stayed on the form with no notice. An error keeps the form
    // mounted and is shown by ErrorAlert from save.error.
    void save.mutateAsync(body).then(
      (saved) => {
        notify(
          d?.accreditationStatus === "accredited" && saved.accreditationStatus === "pending"
            ? t("meetings.delegate.backToPending")
            : t("common.saved"),
        );
        void navigate(`/meetings/${m.id}/delegations/${delegationId}/delegates/${saved.id}`);
      },
      () => undefined,
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="delegate-form-title">
      <Stack gap="md">
        <Anchor component={Link} to={back} size="sm">
          ← {t("meetings.delegate.back")}
        </Anchor>
        <Title order={2} fz="h3" id="delegate-form-title">
          {d ? t("meetings.delegate.editTitle", { name: d.fullName }) : t("meetings.delegate.new")}
        </Title>
        <ErrorAlert error={save.error} onReload={() => void navigate(0)} />
        {d && <Photo m={m} delegationId={delegationId} d={d} />}
        <Fieldset legend={t("meetings.delegate.identity")} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <TextInput
              {...input("fullName", {
                required: true,
                description: t("meetings.delegate.fullNameHint"),
              })}
            />
            <TextInput {...input("honorific")} />
            <Select
              label={t("meetings.delegate.gender")}
              data={genders.map((g) => ({ value: g, label: t(`meetings.gender.${g}`) }))}
              value={gender}
              onChange={setGender}
              clearable
            />
            <Select
              label={t("meetings.delegate.role")}
              data={delegateRoles.map((r) => ({ value: r, label: t(`meetings.role.${r}`) }))}
              value={role}
              onChange={(v) => v && setRole(v)}
              allowDeselect={false}
            />
            <TextInput {...input("position")} />
            <TextInput {...input("organisation")} />
            <Select
              label={t("meetings.delegate.nationality")}
              data={countryOptions(lang)}
              value={nationality}
              onChange={setNationality}
              searchable
              clearable
              filter={foldFilter}
            />
            <TextInput {...input("email", { type: "email" })} />
            <TextInput {...input("phone", { type: "tel" })} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("meetings.delegate.passport")} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...input("passportNumber")} />
            <DateField
              {...moment("passportExpiry", {
                description: t("meetings.delegate.passportExpiryHint", { date: fmtDate(m.endDate) }),
              })}
            />
            <DateField {...moment("dateOfBirth")} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("meetings.delegate.travel")} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <DateField {...moment("arrivalDate")} />
            <TimeField {...moment("arrivalTime")} />
            <TextInput {...input("arrivalFlight")} />
            <TextInput {...input("arrivalAirport", { description: t("meetings.delegate.airportHint") })} />
            <DateField {...moment("departureDate")} />
            <TimeField {...moment("departureTime")} />
            <TextInput {...input("departureFlight")} />
            <TextInput {...input("departureAirport", { description: t("meetings.delegate.airportHint") })} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <TextInput {...input("hotel")} />
            <Textarea {...input("dietary", { autosize: true, minRows: 1 })} />
            <Textarea {...input("accessibility", { autosize: true, minRows: 1 })} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("meetings.delegate.sessions", { n: sessionIds.length })} radius="md">
          <Checkbox.Group value={sessionIds} onChange={setSessionIds} aria-label={t("meetings.delegate.sessionsLabel")}>
            <Stack gap={6}>
              {sessions.map((s) => (
                <Checkbox
                  key={s.id}
                  value={s.id}
                  label={`${fmtDate(s.start.slice(0, 10))} ${timeOf(s.start)} — ${pick(lang, s.titleVi, s.titleEn)}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </Fieldset>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {d && t("meetings.version", { v: d.version ?? 1 })}
          </Text>
          <Group gap="xs">
            <Button variant="default" component={Link} to={back}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds or edits a delegate (ICD, registration managers). */
export function DelegateFormPage() {
  const { t } = useI18n();
  const m = useMeetingContext();
  const { delegationId = "", delegateId } = useParams();
  const sessions = useSessions(m.id);
  if (!m.permissions?.manageDelegations) return <EmptyState>{t("meetings.readOnly")}</EmptyState>;
  return (
    <QueryState query={sessions}>
      {(list) =>
        delegateId ? (
          <Existing m={m} delegationId={delegationId} delegateId={delegateId} sessions={list} />
        ) : (
          <Form m={m} delegationId={delegationId} d={null} sessions={list} />
        )
      }
    </QueryState>
  );
}

function Existing({
  m,
  delegationId,
  delegateId,
  sessions,
}: {
  m: Meeting;
  delegationId: string;
  delegateId: string;
  sessions: Session[];
}) {
  const delegate = useDelegate(m.id, delegationId, delegateId);
  return (
    <QueryState query={delegate}>
      {(d) => <Form key={`${d.id}-${d.version}`} m={m} delegationId={delegationId} d={d} sessions={sessions} />}
    </QueryState>
  );
}
