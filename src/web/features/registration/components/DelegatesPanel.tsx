import { useState } from "react";
import {
  Avatar,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { statusLabels } from "../../../lib/statusLabels";
import { Dialog } from "./Dialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import { useDelegatesPage } from "../api/delegates";
import { useRemoveDelegate } from "../api/removeDelegate";
import { useUploadPhoto } from "../api/uploadPhoto";
import { useCreateProposal } from "../api/createProposal";
import { photoAccept, photoOk } from "../api/files";
import type { Delegate, Overview } from "../api/types";
import { DelegateForm } from "./DelegateForm";
import { AccreditationBadge } from "./labels";
import { SubmitCard } from "./SubmitCard";
import { useFieldChecks } from "../../../components/fieldChecks";

function initials(name: string) {
  const w = name.split(/\s+/).filter((x) => /^\p{L}/u.test(x));
  return ((w[0]?.[0] ?? "") + (w.length > 1 ? (w.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{" "}
      </Text>
      {children}
    </Text>
  );
}

function DelegateCard({
  d,
  o,
  onEdit,
  onRemove,
}: {
  d: Delegate;
  o: Overview;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t, fmtDate } = useI18n();
  const notify = useNotify();
  const photo = useUploadPhoto(o.meeting.id, o.delegation.id);
  const propose = o.canPropose;
  const none = t("registration.value.none");
  const titleId = `delegate-${d.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Avatar
            src={d.photoUrl}
            alt={d.photoUrl ? t("registration.photo.of", { name: d.fullName }) : ""}
            size={56}
            radius="sm"
          >
            {initials(d.fullName)}
          </Avatar>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Title order={3} fz="md" id={titleId} style={{ overflowWrap: "anywhere" }}>
              {d.honorific ? `${d.honorific} ` : ""}
              {d.fullName}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`registration.role.${d.role}`)}
              {d.position ? ` · ${d.position}` : ""}
            </Text>
            <Group gap={6}>
              <AccreditationBadge status={d.accreditationStatus} />
              {!d.photoUrl && (
                <Badge color="gray" variant="outline" tt="none">
                  {t("registration.photo.missing")}
                </Badge>
              )}
            </Group>
            {d.accreditationStatus === "rejected" && d.accreditationReason && (
              <Text size="sm" c="red.8">
                {t("registration.accreditation.reason", { reason: d.accreditationReason })}
              </Text>
            )}
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4}>
          <Fact label={t("registration.field.passportNumber")}>
            {d.passportNumber ?? none}
            {d.passportExpiry ? ` (${t("registration.card.until", { date: fmtDate(d.passportExpiry) })})` : ""}
          </Fact>
          <Fact label={t("registration.field.nationality")}>{d.nationality ?? none}</Fact>
          <Fact label={t("registration.card.arrival")}>
            {d.arrivalDate ? `${fmtDate(d.arrivalDate)} ${d.arrivalTime ?? ""} ${d.arrivalFlight ?? ""}`.trim() : none}
          </Fact>
          <Fact label={t("registration.card.sessions")}>
            {t("registration.card.sessionCount", { n: d.sessionIds.length })}
          </Fact>
        </SimpleGrid>
        <ErrorAlert error={photo.error} />
        {/* A closed meeting's list changes no more, not even by proposal: nothing to offer. */}
        {(o.canEdit || o.canPropose) && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={onEdit}
              aria-label={t(propose ? "registration.card.proposeEditOf" : "registration.card.editOf", {
                name: d.fullName,
              })}
            >
              {propose ? t("registration.card.proposeEdit") : t("registration.card.edit")}
            </Button>
            {!propose && (
              <FileButton
                accept={photoAccept}
                onChange={(f) => {
                  if (!f) return;
                  if (!photoOk(f)) {
                    notify(t("registration.photo.invalid"), "red");
                    return;
                  }
                  photo.mutate({ id: d.id, file: f }, { onSuccess: () => notify(t("registration.photo.saved")) });
                }}
              >
                {(p) => (
                  <Button
                    {...p}
                    size="xs"
                    variant="default"
                    loading={photo.isPending}
                    aria-label={t("registration.photo.uploadFor", { name: d.fullName })}
                  >
                    {d.photoUrl ? t("registration.photo.replace") : t("registration.photo.upload")}
                  </Button>
                )}
              </FileButton>
            )}
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={onRemove}
              aria-label={t(propose ? "registration.card.proposeRemoveOf" : "registration.card.removeOf", {
                name: d.fullName,
              })}
            >
              {propose ? t("registration.card.proposeRemove") : t("registration.card.remove")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function RemoveDialog({ d, o, onClose }: { d: Delegate | null; o: Overview; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const remove = useRemoveDelegate(o.meeting.id, o.delegation.id);
  const propose = useCreateProposal(o.meeting.id, o.delegation.id);
  const [note, setNote] = useState("");
  const check = useFieldChecks();
  const proposing = o.canPropose;
  const close = () => {
    remove.reset();
    propose.reset();
    setNote("");
    onClose();
  };
  return (
    <Dialog
      opened={!!d}
      onClose={close}
      title={proposing ? t("registration.remove.proposeTitle") : t("registration.remove.title")}
    >
      {d && (
        <Stack gap="sm">
          <Text size="sm">
            {t(proposing ? "registration.remove.proposeConfirm" : "registration.remove.confirm", { name: d.fullName })}
          </Text>
          {proposing && (
            <Textarea
              label={t("registration.proposal.note")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
              error={check.tooLong(note, 1000)}
            />
          )}
          <ErrorAlert error={remove.error ?? propose.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              loading={remove.isPending || propose.isPending}
              onClick={() =>
                proposing && check.tooLong(note, 1000)
                  ? undefined
                  : proposing
                    ? propose.mutate(
                        { kind: "remove", delegateId: d.id, delegateVersion: d.version, note: note.trim() || null },
                        {
                          onSuccess: () => {
                            notify(t("registration.proposal.sent"));
                            close();
                          },
                        },
                      )
                    : remove.mutate(
                        { id: d.id, version: d.version },
                        {
                          onSuccess: () => {
                            notify(t("registration.remove.done", { name: d.fullName }));
                            close();
                          },
                        },
                      )
              }
            >
              {proposing ? t("registration.proposal.send") : t("registration.card.remove")}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}

/** The contact's list: every delegate as a card (readable on a phone), add / edit / remove / photo, and submission. */
export function DelegatesPanel({ o }: { o: Overview }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Delegate | "new" | null>(null);
  const [removing, setRemoving] = useState<Delegate | null>(null);
  const [filter, setFilter] = useState<"all" | "pending" | "nophoto">("all");
  // One page at a time, searched and filtered on the server: a delegation of thousands stays quick.
  const delegates = useDelegatesPage(o.meeting.id, o.delegation.id, {
    status: filter === "pending" ? "pending" : undefined,
    photo: filter === "nophoto" ? "missing" : undefined,
  });
  const mode = o.canPropose ? "propose" : "direct";
  const readOnly = !o.canEdit && !o.canPropose;
  return (
    <Stack gap="md">
      {!readOnly && <SubmitCard o={o} />}
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="h4">
          {t("registration.delegates.title", { n: o.delegateCount })}
        </Title>
        {!readOnly && (
          <Button onClick={() => setEditing("new")}>
            {o.canPropose ? t("registration.delegates.proposeAdd") : t("registration.delegates.add")}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="md">
        <PagedSearch paged={delegates} label={t("registration.delegates.search")} />
        <SegmentedControl
          aria-label={t("registration.delegates.filter")}
          value={filter}
          onChange={(v) => setFilter(v)}
          data={[
            { value: "all", label: t("registration.delegates.filterAll") },
            { value: "pending", label: t(statusLabels.accreditation.pending) },
            { value: "nophoto", label: t("registration.delegates.filterNoPhoto") },
          ]}
          w={{ base: "100%", sm: "auto" }}
        />
      </Group>
      <PagedList
        paged={delegates}
        empty={t("registration.delegates.empty")}
        noMatch={t("registration.delegates.noneMatch")}
      >
        {(shown) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
            {shown.map((d) => (
              <DelegateCard key={d.id} d={d} o={o} onEdit={() => setEditing(d)} onRemove={() => setRemoving(d)} />
            ))}
          </SimpleGrid>
        )}
      </PagedList>
      <DelegateForm
        meetingId={o.meeting.id}
        delegationId={o.delegation.id}
        meetingEndDate={o.meeting.endDate}
        defaultNationality={o.delegation.country}
        sessions={o.sessions}
        delegate={editing === "new" ? null : editing}
        mode={mode}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <RemoveDialog d={removing} o={o} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
