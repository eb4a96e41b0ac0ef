import { Link, useNavigate, useParams } from "react-router";
import { Anchor, Avatar, Button, FileButton, Fieldset, Group, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { DelegateForm, type DelegateFormInput } from "../../../components/DelegateForm";
import { useDelegate } from "../api/delegate";
import { useSaveDelegate } from "../api/saveDelegate";
import { useUploadPhoto } from "../api/uploadPhoto";
import { useSessions } from "../api/sessions";
import { delegateRoles, genders, type Delegate, type DelegateRole, type Meeting, type Session } from "../api/types";
import { useMeetingContext } from "./MeetingLayout";
import { pick, timeOf, initials } from "./labels";

type Gender = (typeof genders)[number];

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
  const back = d
    ? `/meetings/${m.id}/delegations/${delegationId}/delegates/${d.id}`
    : `/meetings/${m.id}/delegations/${delegationId}`;

  const onSubmit = (input: DelegateFormInput<DelegateRole, Gender>) =>
    // mutateAsync, not mutate's onSuccess: saving an existing delegate refetches it, which remounts this form (it
    // is keyed by the version) before mutate's callbacks run, and those are dropped once their component has
    // unmounted — the delegate was saved but the page stayed on the form with no notice. An error keeps the form
    // mounted and is shown by ErrorAlert from save.error.
    void save.mutateAsync({ ...input, ...(d ? { version: d.version } : {}) }).then(
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

  return (
    <DelegateForm
      delegate={d}
      meetingEndDate={m.endDate}
      roles={delegateRoles}
      genders={genders}
      roleLabel={(r) => t(`meetings.role.${r}`)}
      genderLabel={(g) => t(`meetings.gender.${g}`)}
      newRole="member"
      sessions={sessions.map((s) => ({
        id: s.id,
        label: `${fmtDate(s.start.slice(0, 10))} ${timeOf(s.start)} — ${pick(lang, s.titleVi, s.titleEn)}`,
      }))}
      vocabulary="meetings"
      aria-labelledby="delegate-form-title"
      onSubmit={onSubmit}
      header={
        <>
          <Anchor component={Link} to={back} size="sm">
            ← {t("meetings.delegate.back")}
          </Anchor>
          <Title order={2} fz="h3" id="delegate-form-title">
            {d ? t("meetings.delegate.editTitle", { name: d.fullName }) : t("meetings.delegate.new")}
          </Title>
          <ErrorAlert error={save.error} onReload={() => void navigate(0)} />
          {d && <Photo m={m} delegationId={delegationId} d={d} />}
        </>
      }
      footer={
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
      }
    />
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
