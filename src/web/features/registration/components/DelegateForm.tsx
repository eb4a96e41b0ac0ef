import { Button, Group } from "@mantine/core";
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { Dialog } from "./Dialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { DelegateForm as DelegateFields, type DelegateFormInput } from "../../../components/DelegateForm";
import { useSaveDelegate } from "../api/saveDelegate";
import { useCreateProposal } from "../api/createProposal";
import { useUploadPhoto } from "../api/uploadPhoto";
import { photoAccept, photoOk } from "../api/files";
import { delegateRoles, genders, type Delegate, type DelegateRole, type Gender, type SessionBrief } from "../api/types";
import { sessionLabel } from "./labels";

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
  const pending = save.isPending || propose.isPending || photoUpload.isPending;

  const onSubmit = (
    input: DelegateFormInput<DelegateRole, Gender>,
    { photo, note }: { photo: File | null; note: string | null },
  ) => {
    if (mode === "propose") {
      propose.mutate(
        d
          ? { kind: "edit", delegateId: d.id, delegateVersion: d.version, changes: input, photo, note }
          : { kind: "add", changes: input, photo, note },
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
    <DelegateFields
      delegate={d}
      defaultNationality={defaultNationality}
      meetingEndDate={meetingEndDate}
      roles={delegateRoles}
      genders={genders}
      roleLabel={(r) => t(`registration.role.${r}`)}
      genderLabel={(g) => t(`registration.gender.${g}`)}
      newRole="member"
      sessions={sessions.map((s) => ({ id: s.id, label: sessionLabel(s, lang, fmtDate) }))}
      vocabulary="registration"
      photo={{ accept: photoAccept, ok: photoOk }}
      withNote={mode === "propose"}
      onSubmit={onSubmit}
      header={<ErrorAlert error={save.error ?? propose.error ?? photoUpload.error} />}
      footer={
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={pending}>
            {mode === "propose" ? t("registration.proposal.send") : t("common.save")}
          </Button>
        </Group>
      }
    />
  );
}
