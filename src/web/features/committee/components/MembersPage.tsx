import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../lib/meetingTabs";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { ErrorAlert, errorText } from "../../../components/ErrorAlert";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { useCheckedForm } from "../../../components/useCheckedForm";
import { foldFilter } from "../../../components/foldFilter";
import { NAME_MAX, isOneOf } from "../../../../shared/text";
import {
  committeeRoles,
  subcommitteeRoles,
  type CommitteeRole,
  type SubcommitteeRole,
} from "../../../../shared/committee";
import {
  committeeKey,
  useAddSeat,
  useCommittee,
  useCreateMember,
  useCreateSubcommittee,
  useDeleteMember,
  useDeleteSubcommittee,
  useInviteMember,
  useRemoveSeat,
  useUpdateSeat,
  useUpdateMember,
  useUpdateSubcommittee,
  type Committee,
  type CommitteeMember,
  type Seat,
  type Subcommittee,
} from "../api/committee";

type Dialog =
  | { kind: "member"; member: CommitteeMember | null }
  | { kind: "subcommittee"; sub: Subcommittee | null }
  | { kind: "seat"; sub: Subcommittee }
  | { kind: "seatRole"; sub: Subcommittee; seat: Seat }
  | { kind: "invite"; member: CommitteeMember }
  | { kind: "deleteMember"; member: CommitteeMember }
  | { kind: "deleteSub"; sub: Subcommittee }
  | null;

const isCommitteeRole = (v: string): v is CommitteeRole => isOneOf(committeeRoles, v);
const isSeatRole = (v: string): v is SubcommitteeRole => isOneOf(subcommitteeRoles, v);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+() .-]{3,40}$/;

/**
 * The organising committee of a meeting (issue 13, point 1): its sub-committees as cards with head, deputies and
 * members (agency, position, phone to call, e-mail), then the whole committee, chair first. The ICD adds and edits
 * members and sub-committees, seats members with a role and invites members from other agencies to Focal; everybody
 * else who may read it reads it.
 */
export function MembersPage({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t } = useI18n();
  const query = useCommittee(meeting.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <QueryState query={query}>
      {(c) => (
        <Stack gap="xl">
          <CommitteeSections committee={c} open={setDialog} />
          <Modal
            opened={dialog !== null}
            onClose={() => setDialog(null)}
            closeButtonProps={{ "aria-label": t("common.close") }}
            title={dialog ? dialogTitle(dialog, t) : ""}
          >
            {dialog && (
              <DialogBody
                key={dialogKey(dialog)}
                dialog={dialog}
                committee={c}
                meetingId={meeting.id}
                close={() => setDialog(null)}
              />
            )}
          </Modal>
        </Stack>
      )}
    </QueryState>
  );
}

type T = ReturnType<typeof useI18n>["t"];

function dialogKey(d: NonNullable<Dialog>): string {
  if (d.kind === "seatRole") return `seatRole-${d.sub.id}-${d.seat.id}`;
  if (d.kind === "member" || d.kind === "invite" || d.kind === "deleteMember")
    return `${d.kind}-${d.member?.id ?? "new"}`;
  return `${d.kind}-${d.sub?.id ?? "new"}`;
}

function dialogTitle(d: NonNullable<Dialog>, t: T): string {
  switch (d.kind) {
    case "member":
      return d.member ? t("committee.members.editTitle", { name: d.member.fullName }) : t("committee.members.addTitle");
    case "subcommittee":
      return d.sub ? t("committee.subs.editTitle") : t("committee.subs.addTitle");
    case "seat":
      return t("committee.seat.title");
    case "seatRole":
      return t("committee.seat.roleTitle", { name: d.seat.fullName });
    case "invite":
      return t("committee.invite.title", { name: d.member.fullName });
    case "deleteMember":
      return t("committee.members.deleteTitle", { name: d.member.fullName });
    case "deleteSub":
      return t("committee.subs.deleteTitle");
  }
}

function CommitteeSections({ committee: c, open }: { committee: Committee; open: (d: Dialog) => void }) {
  const { t, lang } = useI18n();
  const manage = c.permissions.manage;
  const chair = c.members.filter((m) => m.committeeRole === "chair" || m.committeeRole === "vice_chair");
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="committee-subs-title">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h4" id="committee-subs-title">
            {t("committee.subs.title")}
          </Title>
          {manage && (
            <Button size="xs" variant="light" onClick={() => open({ kind: "subcommittee", sub: null })}>
              {t("committee.subs.add")}
            </Button>
          )}
        </Group>
        {c.subcommittees.length === 0 ? (
          <EmptyState>{t("committee.subs.empty")}</EmptyState>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
            {c.subcommittees.map((s) => (
              <SubcommitteeCard key={s.id} sub={s} manage={manage} open={open} meetingId={c.meetingId} />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="committee-members-title">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h4" id="committee-members-title">
            {t("committee.members.title")}
          </Title>
          {manage && (
            <Button size="xs" onClick={() => open({ kind: "member", member: null })}>
              {t("committee.members.add")}
            </Button>
          )}
        </Group>
        {chair.length > 0 && (
          <Text size="sm">
            {chair.map((m) => `${t(`committee.committeeRole.${m.committeeRole}`)}: ${m.fullName}`).join(" · ")}
          </Text>
        )}
        {c.members.length === 0 ? (
          <EmptyState>{t("committee.members.empty")}</EmptyState>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {c.members.map((m) => (
              <Paper key={m.id} component="li" withBorder radius="md" p="sm">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                  <Stack gap={2} style={{ flex: "1 1 16rem", minWidth: 0 }}>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={600} size="sm">
                        {m.fullName}
                      </Text>
                      <Badge variant="light" tt="none">
                        {t(`committee.committeeRole.${m.committeeRole}`)}
                      </Badge>
                      {m.account !== "none" && (
                        <Badge variant="outline" color={m.account === "active" ? "green" : "gray"} tt="none">
                          {t(`committee.account.${m.account}`)}
                        </Badge>
                      )}
                    </Group>
                    <PersonLines p={m} />
                    {m.seats.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {m.seats
                          .map((s) => {
                            const sub = c.subcommittees.find((x) => x.id === s.subcommitteeId);
                            const name = sub ? (lang === "en" ? sub.nameEn : sub.nameVi) : "";
                            return `${name} (${t(`committee.seatRole.${s.role}`)})`;
                          })
                          .join("; ")}
                      </Text>
                    )}
                  </Stack>
                  {manage && (
                    <Group gap={4}>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t("committee.members.editOf", { name: m.fullName })}
                        onClick={() => open({ kind: "member", member: m })}
                      >
                        {t("committee.edit")}
                      </Button>
                      {m.permissions.invite && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t("committee.invite.of", { name: m.fullName })}
                          onClick={() => open({ kind: "invite", member: m })}
                        >
                          {t("committee.invite.button")}
                        </Button>
                      )}
                      {m.permissions.delete && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t("committee.members.deleteOf", { name: m.fullName })}
                          onClick={() => open({ kind: "deleteMember", member: m })}
                        >
                          {t("committee.delete")}
                        </Button>
                      )}
                    </Group>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
}

/** Position, agency, a phone to tap and an e-mail to write to. */
function PersonLines({ p }: { p: Pick<Seat, "position" | "agencyVi" | "agencyEn" | "phone" | "email"> }) {
  const { t, lang } = useI18n();
  const agency = lang === "en" && p.agencyEn ? p.agencyEn : p.agencyVi;
  return (
    <>
      <Text size="xs" c="dimmed">
        {[p.position, agency].filter(Boolean).join(" — ")}
      </Text>
      {(p.phone || p.email) && (
        <Group gap="sm" wrap="wrap">
          {p.phone && (
            <Anchor
              size="xs"
              href={`tel:${p.phone.replace(/[^0-9+]/g, "")}`}
              aria-label={t("committee.call", { phone: p.phone })}
            >
              {p.phone}
            </Anchor>
          )}
          {p.email && (
            <Anchor size="xs" href={`mailto:${p.email}`} style={{ overflowWrap: "anywhere" }}>
              {p.email}
            </Anchor>
          )}
        </Group>
      )}
    </>
  );
}

function SubcommitteeCard({
  sub: s,
  manage,
  open,
  meetingId,
}: {
  sub: Subcommittee;
  manage: boolean;
  open: (d: Dialog) => void;
  meetingId: string;
}) {
  const { t, lang } = useI18n();
  const name = lang === "en" ? s.nameEn : s.nameVi;
  const remit = lang === "en" ? (s.remitEn ?? s.remitVi) : (s.remitVi ?? s.remitEn);
  const others = s.members.filter((m) => m.role !== "head" && m.role !== "deputy");
  const titleId = `sub-${s.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} fz="md" id={titleId} style={{ overflowWrap: "anywhere" }}>
            {name}
          </Title>
          {remit && (
            <Text size="xs" c="dimmed">
              {remit}
            </Text>
          )}
        </Stack>
        <SeatLine
          label={t("committee.seatRole.head")}
          seats={s.head ? [s.head] : []}
          sub={s}
          manage={manage}
          meetingId={meetingId}
          open={open}
        />
        <SeatLine
          label={t("committee.seatRole.deputy")}
          seats={s.deputies}
          sub={s}
          manage={manage}
          meetingId={meetingId}
          open={open}
        />
        <SeatLine
          label={t("committee.subs.members")}
          seats={others}
          sub={s}
          manage={manage}
          meetingId={meetingId}
          open={open}
        />
        {manage && (
          <Group gap={4}>
            <Button
              size="compact-sm"
              variant="light"
              aria-label={t("committee.seat.addTo", { name })}
              onClick={() => open({ kind: "seat", sub: s })}
            >
              {t("committee.seat.add")}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={t("committee.subs.editOf", { name })}
              onClick={() => open({ kind: "subcommittee", sub: s })}
            >
              {t("committee.edit")}
            </Button>
            {s.permissions.delete && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={t("committee.subs.deleteOf", { name })}
                onClick={() => open({ kind: "deleteSub", sub: s })}
              >
                {t("committee.delete")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function SeatLine({
  label,
  seats,
  sub,
  manage,
  meetingId,
  open,
}: {
  label: string;
  seats: Seat[];
  sub: Subcommittee;
  manage: boolean;
  meetingId: string;
  open: (d: Dialog) => void;
}) {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {seats.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("committee.subs.nobody")}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {seats.map((p) => (
            <li key={p.id}>
              <Group justify="space-between" align="flex-start" gap={4} wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500}>
                    {p.fullName}
                    {p.role === "secretary" && ` (${t("committee.seatRole.secretary")})`}
                  </Text>
                  <PersonLines p={p} />
                </Stack>
                {manage && (
                  <Group gap={2} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      aria-label={t("committee.seat.roleOf", { name: p.fullName })}
                      onClick={() => open({ kind: "seatRole", sub, seat: p })}
                    >
                      {t("committee.seat.roleShort")}
                    </Button>
                    <RemoveSeat sub={sub} seat={p} meetingId={meetingId} />
                  </Group>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function RemoveSeat({ sub, seat, meetingId }: { sub: Subcommittee; seat: Seat; meetingId: string }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const remove = useRemoveSeat(meetingId);
  const name = lang === "en" ? sub.nameEn : sub.nameVi;
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="gray"
      loading={remove.isPending}
      aria-label={t("committee.seat.removeOf", { name: seat.fullName, sub: name })}
      onClick={() =>
        remove.mutate(
          { subcommitteeId: sub.id, memberId: seat.id, version: sub.version },
          {
            onSuccess: () => notify(t("committee.seat.removed", { name: seat.fullName })),
            onError: (e) => notify(errorText(e, t("common.error.unexpected")), "red"),
          },
        )
      }
    >
      {t("committee.seat.remove")}
    </Button>
  );
}

function DialogBody({
  dialog,
  committee,
  meetingId,
  close,
}: {
  dialog: NonNullable<Dialog>;
  committee: Committee;
  meetingId: string;
  close: () => void;
}) {
  switch (dialog.kind) {
    case "member":
      return <MemberForm member={dialog.member} meetingId={meetingId} close={close} />;
    case "subcommittee":
      return <SubcommitteeForm sub={dialog.sub} meetingId={meetingId} close={close} />;
    case "seat":
      return <SeatForm sub={dialog.sub} committee={committee} meetingId={meetingId} close={close} />;
    case "seatRole":
      return <SeatRoleForm sub={dialog.sub} seat={dialog.seat} meetingId={meetingId} close={close} />;
    case "invite":
      return <InviteForm member={dialog.member} meetingId={meetingId} close={close} />;
    case "deleteMember":
      return <DeleteMember member={dialog.member} meetingId={meetingId} close={close} />;
    case "deleteSub":
      return <DeleteSub sub={dialog.sub} meetingId={meetingId} close={close} />;
  }
}

/** After a version conflict: the committee as it is now, and the dialog closed so it reopens on the fresh record. */
function useReload(meetingId: string, close: () => void) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: committeeKey(meetingId) });
    close();
  };
}

function Actions({ saving, label, close }: { saving: boolean; label: string; close: () => void }) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={close}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={saving}>
        {label}
      </Button>
    </Group>
  );
}

function MemberForm({
  member,
  meetingId,
  close,
}: {
  member: CommitteeMember | null;
  meetingId: string;
  close: () => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const reload = useReload(meetingId, close);
  const create = useCreateMember(meetingId);
  const update = useUpdateMember(meetingId);
  const form = useCheckedForm<{
    fullName: string;
    agencyVi: string;
    agencyEn: string;
    position: string;
    phone: string;
    email: string;
    committeeRole: CommitteeRole;
  }>({
    initialValues: {
      fullName: member?.fullName ?? "",
      agencyVi: member?.agencyVi ?? "",
      agencyEn: member?.agencyEn ?? "",
      position: member?.position ?? "",
      phone: member?.phone ?? "",
      email: member?.email ?? "",
      committeeRole: member?.committeeRole ?? "member",
    },
    required: { fullName: t("committee.field.fullName"), agencyVi: t("committee.field.agencyVi") },
    limits: { fullName: NAME_MAX, agencyVi: 300, agencyEn: 300, position: 300, email: 320, phone: 40 },
    rules: (v) => ({
      email: v.email.trim() && !EMAIL.test(v.email.trim()) ? t("committee.field.emailInvalid") : undefined,
      phone: v.phone.trim() && !PHONE.test(v.phone.trim()) ? t("committee.field.phoneInvalid") : undefined,
    }),
  });
  const error = create.error ?? update.error;
  const submit = form.onSubmit((v) => {
    const body = {
      fullName: v.fullName.trim(),
      agencyVi: v.agencyVi.trim(),
      agencyEn: v.agencyEn.trim(),
      position: v.position.trim() || null,
      phone: v.phone.trim() || null,
      email: v.email.trim() || null,
      committeeRole: v.committeeRole,
    };
    const done = () => {
      notify(t(member ? "committee.members.saved" : "committee.members.added", { name: body.fullName }));
      close();
    };
    if (member) update.mutate({ id: member.id, version: member.version, ...body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t("committee.field.fullName")} required data-autofocus {...form.getInputProps("fullName")} />
        <TextInput label={t("committee.field.agencyVi")} required {...form.getInputProps("agencyVi")} />
        <TextInput label={t("committee.field.agencyEn")} {...form.getInputProps("agencyEn")} />
        <TextInput label={t("committee.field.position")} {...form.getInputProps("position")} />
        <TextInput label={t("committee.field.phone")} type="tel" inputMode="tel" {...form.getInputProps("phone")} />
        <TextInput label={t("committee.field.email")} type="email" {...form.getInputProps("email")} />
        <Select
          label={t("committee.field.committeeRole")}
          data={committeeRoles.map((r) => ({ value: r, label: t(`committee.committeeRole.${r}`) }))}
          value={form.values.committeeRole}
          onChange={(v) => {
            if (v !== null && isCommitteeRole(v)) form.setFieldValue("committeeRole", v);
          }}
          allowDeselect={false}
        />
        <ErrorAlert error={error} onReload={reload} />
        <Actions
          saving={create.isPending || update.isPending}
          label={t(member ? "common.save" : "committee.members.addShort")}
          close={close}
        />
      </Stack>
    </form>
  );
}

function SubcommitteeForm({
  sub,
  meetingId,
  close,
}: {
  sub: Subcommittee | null;
  meetingId: string;
  close: () => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const reload = useReload(meetingId, close);
  const create = useCreateSubcommittee(meetingId);
  const update = useUpdateSubcommittee(meetingId);
  const form = useCheckedForm({
    initialValues: {
      nameVi: sub?.nameVi ?? "",
      nameEn: sub?.nameEn ?? "",
      remitVi: sub?.remitVi ?? "",
      remitEn: sub?.remitEn ?? "",
    },
    required: { nameVi: t("committee.field.nameVi"), nameEn: t("committee.field.nameEn") },
    limits: { nameVi: 300, nameEn: 300, remitVi: 2000, remitEn: 2000 },
  });
  const submit = form.onSubmit((v) => {
    const body = {
      nameVi: v.nameVi.trim(),
      nameEn: v.nameEn.trim(),
      remitVi: v.remitVi.trim() || null,
      remitEn: v.remitEn.trim() || null,
    };
    const done = () => {
      notify(t("committee.subs.saved", { name: body.nameVi }));
      close();
    };
    if (sub) update.mutate({ id: sub.id, version: sub.version, ...body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t("committee.field.nameVi")} required data-autofocus {...form.getInputProps("nameVi")} />
        <TextInput label={t("committee.field.nameEn")} required {...form.getInputProps("nameEn")} />
        <Textarea label={t("committee.field.remitVi")} autosize minRows={2} {...form.getInputProps("remitVi")} />
        <Textarea label={t("committee.field.remitEn")} autosize minRows={2} {...form.getInputProps("remitEn")} />
        <ErrorAlert error={create.error ?? update.error} onReload={reload} />
        <Actions saving={create.isPending || update.isPending} label={t("common.save")} close={close} />
      </Stack>
    </form>
  );
}

function SeatForm({
  sub,
  committee,
  meetingId,
  close,
}: {
  sub: Subcommittee;
  committee: Committee;
  meetingId: string;
  close: () => void;
}) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const reload = useReload(meetingId, close);
  const add = useAddSeat(meetingId);
  const name = lang === "en" ? sub.nameEn : sub.nameVi;
  const form = useCheckedForm<{ memberId: string; role: SubcommitteeRole }>({
    initialValues: { memberId: "", role: "member" },
    required: { memberId: t("committee.seat.member") },
  });
  const submit = form.onSubmit((v) =>
    add.mutate(
      { subcommitteeId: sub.id, memberId: v.memberId, role: v.role },
      {
        onSuccess: () => {
          const m = committee.members.find((x) => x.id === v.memberId);
          notify(t("committee.seat.added", { name: m?.fullName ?? "", sub: name }));
          close();
        },
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t("committee.seat.into", { name })}</Text>
        <Select
          label={t("committee.seat.member")}
          required
          searchable
          filter={foldFilter}
          data-autofocus
          nothingFoundMessage={t("committee.seat.noMember")}
          data={committee.members.map((m) => ({
            value: m.id,
            label: `${m.fullName} — ${lang === "en" && m.agencyEn ? m.agencyEn : m.agencyVi}`,
          }))}
          value={form.values.memberId || null}
          onChange={(v) => form.setFieldValue("memberId", v ?? "")}
          error={form.errors.memberId}
        />
        <Select
          label={t("committee.seat.role")}
          data={subcommitteeRoles.map((r) => ({ value: r, label: t(`committee.seatRole.${r}`) }))}
          value={form.values.role}
          onChange={(v) => {
            if (v !== null && isSeatRole(v)) form.setFieldValue("role", v);
          }}
          allowDeselect={false}
        />
        <ErrorAlert error={add.error} onReload={reload} />
        <Actions saving={add.isPending} label={t("committee.seat.add")} close={close} />
      </Stack>
    </form>
  );
}

function SeatRoleForm({
  sub,
  seat,
  meetingId,
  close,
}: {
  sub: Subcommittee;
  seat: Seat;
  meetingId: string;
  close: () => void;
}) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const reload = useReload(meetingId, close);
  const update = useUpdateSeat(meetingId);
  const [role, setRole] = useState<SubcommitteeRole>(seat.role);
  const name = lang === "en" ? sub.nameEn : sub.nameVi;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate(
          { subcommitteeId: sub.id, memberId: seat.id, role, version: sub.version },
          {
            onSuccess: () => {
              notify(t("committee.seat.roleSaved", { name: seat.fullName, role: t(`committee.seatRole.${role}`) }));
              close();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t("committee.seat.into", { name })}</Text>
        <Select
          label={t("committee.seat.role")}
          data-autofocus
          data={subcommitteeRoles.map((r) => ({ value: r, label: t(`committee.seatRole.${r}`) }))}
          value={role}
          onChange={(v) => {
            if (v !== null && isSeatRole(v)) setRole(v);
          }}
          allowDeselect={false}
        />
        <ErrorAlert error={update.error} onReload={reload} />
        <Actions saving={update.isPending} label={t("common.save")} close={close} />
      </Stack>
    </form>
  );
}

function InviteForm({ member, meetingId, close }: { member: CommitteeMember; meetingId: string; close: () => void }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const reload = useReload(meetingId, close);
  const invite = useInviteMember(meetingId);
  const [language, setLanguage] = useState<"vi" | "en">(lang);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        invite.mutate(
          { id: member.id, language },
          {
            onSuccess: (r) => {
              notify(
                r.invited
                  ? t("committee.invite.sent", { email: member.email ?? "" })
                  : t("committee.invite.linked", { name: member.fullName }),
              );
              close();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t("committee.invite.explain", { email: member.email ?? "" })}</Text>
        <Select
          label={t("committee.invite.language")}
          data={[
            { value: "vi", label: t("common.language.vi") },
            { value: "en", label: t("common.language.en") },
          ]}
          value={language}
          onChange={(v) => setLanguage(v === "en" ? "en" : "vi")}
          allowDeselect={false}
        />
        <ErrorAlert error={invite.error} onReload={reload} />
        <Actions saving={invite.isPending} label={t("committee.invite.send")} close={close} />
      </Stack>
    </form>
  );
}

function DeleteMember({ member, meetingId, close }: { member: CommitteeMember; meetingId: string; close: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const reload = useReload(meetingId, close);
  const del = useDeleteMember(meetingId);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        del.mutate(
          { id: member.id, version: member.version },
          {
            onSuccess: () => {
              notify(t("committee.members.deleted", { name: member.fullName }));
              close();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t("committee.members.deleteConfirm", { name: member.fullName })}</Text>
        <ErrorAlert error={del.error} onReload={reload} />
        <Actions saving={del.isPending} label={t("committee.delete")} close={close} />
      </Stack>
    </form>
  );
}

function DeleteSub({ sub, meetingId, close }: { sub: Subcommittee; meetingId: string; close: () => void }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const reload = useReload(meetingId, close);
  const del = useDeleteSubcommittee(meetingId);
  const name = lang === "en" ? sub.nameEn : sub.nameVi;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        del.mutate(
          { id: sub.id, version: sub.version },
          {
            onSuccess: () => {
              notify(t("committee.subs.deleted", { name }));
              close();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t("committee.subs.deleteConfirm", { name })}</Text>
        <ErrorAlert error={del.error} onReload={reload} />
        <Actions saving={del.isPending} label={t("committee.delete")} close={close} />
      </Stack>
    </form>
  );
}
