import { useState } from "react";
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import type { LogisticsAbilities } from "../../../../../shared/schemas/logistics";
import { useI18n, type TranslationKey } from "../../../../lib/i18n";
import { useNotify } from "../../../../lib/notify";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { QueryState } from "../../../../components/QueryState";
import { useCheckedForm } from "../../../../components/useCheckedForm";
import { DateTimeField } from "../../../../components/DateTimeField";
import { foldFilter } from "../../../../components/foldFilter";
import { ChangesPanel } from "../ChangesPanel";
import { dmy } from "../../../../../shared/dates";
import { languageLevels, officerKinds, type LanguageLevel } from "../../../../../shared/logistics";
import { isOneOf } from "../../../../../shared/text";
import type { OfficerLanguage, Proposal } from "../../../../../shared/schemas/liaison";
import {
  useAssign,
  useCreateTraining,
  useDeleteOfficer,
  useLiaison,
  useSaveOfficer,
  useSendNotices,
  useSetAttendance,
  useSuggest,
  type Liaison,
  type LiaisonOfficer,
  type LiaisonTraining,
} from "../../api/liaison";
import { MyDelegations } from "./MyDelegations";

type Props = { meeting: MeetingTabMeeting; permissions: LogisticsAbilities };

/**
 * The liaison page of a meeting's logistics (issue 14, point 1): for the hosts, the delegations with their liaison
 * officer (suggested, accepted or chosen by hand; the notice sent to each delegation), the roster and the trainings;
 * for a liaison officer, the delegations they accompany with their contacts.
 */
export function LiaisonPage({ meeting, permissions }: Props) {
  if (!permissions.read) return <MyDelegations meetingId={meeting.id} />;
  return <HostLiaison meeting={meeting} permissions={permissions} />;
}

const levelKey = (l: LanguageLevel): TranslationKey => `liaison.level.${l}`;
const langText = (ls: readonly OfficerLanguage[], t: (k: TranslationKey) => string) =>
  ls.map((l) => `${l.code} (${t(levelKey(l.level))})`).join(", ");

function HostLiaison({ meeting, permissions }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const liaison = useLiaison(meeting.id, q);
  return (
    <Stack gap="lg">
      <Title order={2}>{t("liaison.title")}</Title>
      <ChangesPanel meetingId={meeting.id} area="liaison" timeZone={meeting.timeZone} canAck={permissions.manage} />
      <QueryState query={liaison}>
        {(l) => (
          <>
            <Delegations meetingId={meeting.id} l={l} />
            <Roster meetingId={meeting.id} l={l} q={q} setQ={setQ} />
            <Trainings meetingId={meeting.id} l={l} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Delegations({ meetingId, l }: { meetingId: string; l: Liaison }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const assign = useAssign(meetingId);
  const suggest = useSuggest(meetingId);
  const send = useSendNotices(meetingId);
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const manage = l.permissions.manage;
  const officers = new Map(l.officers.map((o) => [o.id, o]));
  const name = (d: { nameVi: string; nameEn: string }) => (lang === "en" ? d.nameEn : d.nameVi);
  const byId = new Map(l.delegations.map((d) => [d.id, d]));
  const accept = (list: Proposal[]) =>
    assign.mutate(
      {
        assignments: list.flatMap((p) =>
          p.officerId ? [{ delegationId: p.delegationId, officerId: p.officerId }] : [],
        ),
      },
      {
        onSuccess: () => {
          notify(t("liaison.assigned", { n: list.length }));
          setProposals((cur) => cur?.filter((p) => !list.includes(p)) ?? null);
        },
      },
    );
  return (
    <Stack gap="sm">
      <Title order={3}>{t("liaison.delegations")}</Title>
      <Text size="sm" c="dimmed">
        {t("liaison.noticeDays", { n: l.noticeDays })}
      </Text>
      {manage && (
        <Group gap="xs">
          <Button
            onClick={() => suggest.mutate(false, { onSuccess: (s) => setProposals(s.proposals) })}
            loading={suggest.isPending}
          >
            {t("liaison.suggest")}
          </Button>
          <Button
            variant="light"
            onClick={() => suggest.mutate(true, { onSuccess: (s) => setProposals(s.proposals) })}
            loading={suggest.isPending}
          >
            {t("liaison.suggestAll")}
          </Button>
          <Button
            variant="light"
            onClick={() =>
              send.mutate(undefined, { onSuccess: (r) => notify(t("liaison.sentCount", { n: r.sent.length })) })
            }
            loading={send.isPending}
          >
            {t("liaison.sendAll")}
          </Button>
        </Group>
      )}
      <ErrorAlert error={suggest.error ?? assign.error ?? send.error} />
      {proposals && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Title order={4}>{t("liaison.proposals")}</Title>
            {proposals.length === 0 ? (
              <Text size="sm">{t("liaison.proposals.none")}</Text>
            ) : (
              <>
                <ScrollArea type="auto">
                  <Table>
                    <Table.Caption>{t("liaison.proposals.caption")}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("liaison.col.delegation")}</Table.Th>
                        <Table.Th>{t("liaison.col.officer")}</Table.Th>
                        <Table.Th>{t("liaison.col.languages")}</Table.Th>
                        <Table.Th>{t("liaison.col.actions")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {proposals.map((p) => {
                        const d = byId.get(p.delegationId);
                        return (
                          <Table.Tr key={p.delegationId}>
                            <Table.Td>{d ? name(d) : ""}</Table.Td>
                            <Table.Td>{p.officerName ?? t("liaison.proposal.nobody")}</Table.Td>
                            <Table.Td>
                              {p.languages.join(", ")}{" "}
                              {p.match !== "none" && (
                                <Badge variant="light" color={p.match === "language" ? "green" : "gray"} tt="none">
                                  {t(p.match === "language" ? "liaison.proposal.language" : "liaison.proposal.english")}
                                </Badge>
                              )}
                            </Table.Td>
                            <Table.Td>
                              {p.officerId && (
                                <Button
                                  size="xs"
                                  variant="light"
                                  aria-label={t("liaison.acceptOf", { name: d ? name(d) : "" })}
                                  onClick={() => accept([p])}
                                >
                                  {t("liaison.accept")}
                                </Button>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </ScrollArea>
                <Group>
                  <Button onClick={() => accept(proposals)} loading={assign.isPending}>
                    {t("liaison.acceptAll")}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Paper>
      )}
      <ScrollArea type="auto">
        <Table striped miw={760}>
          <Table.Caption>{t("liaison.delegations.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("liaison.col.delegation")}</Table.Th>
              <Table.Th>{t("liaison.col.arrival")}</Table.Th>
              <Table.Th>{t("liaison.col.languages")}</Table.Th>
              <Table.Th>{t("liaison.col.officer")}</Table.Th>
              <Table.Th>{t("liaison.col.notice")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {l.delegations.map((d) => {
              const o = d.officerId ? officers.get(d.officerId) : undefined;
              return (
                <Table.Tr key={d.id}>
                  <Table.Td>{name(d)}</Table.Td>
                  <Table.Td>{d.arrivalDay ? dmy(d.arrivalDay) : "—"}</Table.Td>
                  <Table.Td>{d.languages.join(", ")}</Table.Td>
                  <Table.Td>
                    {manage ? (
                      <Select
                        aria-label={t("liaison.officerOf", { name: name(d) })}
                        placeholder={t("liaison.none")}
                        data={l.officers.map((x) => ({
                          value: x.id,
                          label: `${x.fullName} (${x.languages.map((y) => y.code).join(", ")})`,
                        }))}
                        value={d.officerId}
                        searchable
                        filter={foldFilter}
                        clearable
                        onChange={(v) => assign.mutate({ assignments: [{ delegationId: d.id, officerId: v }] })}
                        miw={220}
                      />
                    ) : (
                      <Text size="sm">{o?.fullName ?? t("liaison.none")}</Text>
                    )}
                    {o?.phone && (
                      <Text size="xs" c="dimmed">
                        {o.phone}
                      </Text>
                    )}
                    {d.unavailable && o && (
                      <Text size="xs" c="red.9" role="alert">
                        {t("liaison.unavailable", { name: o.fullName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">
                        {!d.contactEmail
                          ? t("liaison.notice.noContact")
                          : d.notice
                            ? t(d.noticeCurrent ? "liaison.notice.sent" : "liaison.notice.stale", {
                                date: dmy(d.notice.sentAt.slice(0, 10)),
                                email: d.notice.toEmail,
                              })
                            : d.noticeDue
                              ? t("liaison.notice.due", { date: dmy(d.noticeDue) })
                              : ""}
                      </Text>
                      {manage && d.officerId && d.contactEmail && !d.noticeCurrent && (
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t("liaison.sendNowOf", { name: name(d) })}
                          onClick={() =>
                            send.mutate(d.id, {
                              onSuccess: (r) => notify(t("liaison.sentCount", { n: r.sent.length })),
                            })
                          }
                        >
                          {t("liaison.sendNow")}
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

function Roster({ meetingId, l, q, setQ }: { meetingId: string; l: Liaison; q: string; setQ: (s: string) => void }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const [editing, setEditing] = useState<LiaisonOfficer | "new" | null>(null);
  const del = useDeleteOfficer(meetingId);
  const names = new Map(l.delegations.map((d) => [d.id, lang === "en" ? d.nameEn : d.nameVi]));
  return (
    <Stack gap="sm">
      <Title order={3}>{t("liaison.roster")}</Title>
      <Group gap="xs" align="end">
        <TextInput
          label={t("liaison.search")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
        {l.permissions.manage && <Button onClick={() => setEditing("new")}>{t("liaison.add")}</Button>}
      </Group>
      <ErrorAlert error={del.error} />
      <ScrollArea type="auto">
        <Table striped miw={860}>
          <Table.Caption>{t("liaison.roster.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("liaison.col.name")}</Table.Th>
              <Table.Th>{t("liaison.col.unit")}</Table.Th>
              <Table.Th>{t("liaison.col.phone")}</Table.Th>
              <Table.Th>{t("liaison.col.languages")}</Table.Th>
              <Table.Th>{t("liaison.col.availability")}</Table.Th>
              <Table.Th>{t("liaison.col.trainings")}</Table.Th>
              <Table.Th>{t("liaison.col.delegation")}</Table.Th>
              {l.permissions.manage && <Table.Th>{t("liaison.col.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {l.officers.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {o.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`liaison.kind.${o.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{o.unit}</Table.Td>
                <Table.Td>{o.phone}</Table.Td>
                <Table.Td>{langText(o.languages, t)}</Table.Td>
                <Table.Td>
                  {o.availableDays.length ? o.availableDays.map(dmy).join(", ") : t("liaison.everyDay")}
                </Table.Td>
                <Table.Td>
                  {o.trainings
                    .filter((x) => x.attended)
                    .map((x) => (lang === "en" && x.titleEn ? x.titleEn : x.titleVi))
                    .join("; ")}
                </Table.Td>
                <Table.Td>{o.delegationIds.map((id) => names.get(id)).join(", ")}</Table.Td>
                {l.permissions.manage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-label={t("liaison.edit", { name: o.fullName })}
                        onClick={() => setEditing(o)}
                      >
                        {t("liaison.edit", { name: "" }).trim()}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t("liaison.delete", { name: o.fullName })}
                        onClick={() =>
                          del.mutate(
                            { id: o.id, version: o.version },
                            { onSuccess: () => notify(t("liaison.deleted", { name: o.fullName })) },
                          )
                        }
                      >
                        {t("liaison.delete", { name: "" }).trim()}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("liaison.add") : editing ? t("liaison.edit", { name: editing.fullName }) : ""}
      >
        {editing !== null && (
          <OfficerForm
            meetingId={meetingId}
            officer={editing === "new" ? null : editing}
            days={l.days}
            onDone={(n) => {
              setEditing(null);
              notify(t("liaison.saved", { name: n }));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

const LANGS = /^([a-z]{2})\s+(native|fluent|working|basic)$/;
/** "en fluent, th working" → languages, or null when a part is not of that form. */
export function parseLanguages(s: string): OfficerLanguage[] | null {
  const parts = s
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const out: OfficerLanguage[] = [];
  for (const p of parts) {
    const m = LANGS.exec(p.replace(/[:\s]+/g, " "));
    const [, code, level = ""] = m ?? [];
    if (!code || !isOneOf(languageLevels, level)) return null;
    out.push({ code, level });
  }
  return out;
}

function OfficerForm({
  meetingId,
  officer,
  days,
  onDone,
}: {
  meetingId: string;
  officer: LiaisonOfficer | null;
  days: string[];
  onDone: (name: string) => void;
}) {
  const { t } = useI18n();
  const save = useSaveOfficer(meetingId);
  const form = useCheckedForm({
    initialValues: {
      kind: officer?.kind ?? "liaison",
      fullName: officer?.fullName ?? "",
      unit: officer?.unit ?? "",
      phone: officer?.phone ?? "",
      email: officer?.email ?? "",
      languages: officer ? officer.languages.map((l) => `${l.code} ${l.level}`).join(", ") : "en fluent",
      availableDays: officer?.availableDays ?? [],
      account: officer?.account ?? "",
    },
    required: { fullName: t("liaison.field.fullName") },
    limits: { fullName: 200, unit: 300, phone: 40, email: 200, account: 200 },
    rules: (v) => ({ languages: parseLanguages(v.languages) ? undefined : t("liaison.field.languages.bad") }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const body = {
          kind: v.kind,
          fullName: v.fullName.trim(),
          unit: v.unit.trim(),
          phone: v.phone.trim() || null,
          email: v.email.trim() || null,
          languages: parseLanguages(v.languages) ?? [],
          availableDays: v.availableDays,
          account: v.account.trim() || null,
        };
        save.mutate({ id: officer?.id, version: officer?.version, body }, { onSuccess: (o) => onDone(o.fullName) });
      })}
    >
      <Stack gap="sm">
        <Select
          label={t("liaison.field.kind")}
          data={officerKinds.map((k) => ({ value: k, label: t(`liaison.kind.${k}`) }))}
          value={form.values.kind}
          allowDeselect={false}
          onChange={(v) => {
            const k = officerKinds.find((x) => x === v);
            if (k) form.setFieldValue("kind", k);
          }}
        />
        <TextInput label={t("liaison.field.fullName")} required data-autofocus {...form.getInputProps("fullName")} />
        <TextInput label={t("liaison.field.unit")} {...form.getInputProps("unit")} />
        <TextInput label={t("liaison.field.phone")} type="tel" {...form.getInputProps("phone")} />
        <TextInput label={t("liaison.field.email")} type="email" {...form.getInputProps("email")} />
        <TextInput
          label={t("liaison.field.languages")}
          description={t("liaison.field.languages.hint")}
          {...form.getInputProps("languages")}
        />
        <MultiSelect
          label={t("liaison.field.days")}
          data={days.map((d) => ({ value: d, label: dmy(d) }))}
          value={form.values.availableDays}
          onChange={(v) => form.setFieldValue("availableDays", v)}
          clearable
        />
        <TextInput label={t("liaison.field.account")} type="email" {...form.getInputProps("account")} />
        <ErrorAlert error={save.error} />
        <Group justify="end">
          <Button type="submit" loading={save.isPending}>
            {t("liaison.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Trainings({ meetingId, l }: { meetingId: string; l: Liaison }) {
  const { t, lang, fmtDateTime } = useI18n();
  const [adding, setAdding] = useState(false);
  const [marking, setMarking] = useState<LiaisonTraining | null>(null);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t("liaison.trainings")}</Title>
        {l.permissions.manage && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t("liaison.training.add")}
          </Button>
        )}
      </Group>
      {l.trainings.length === 0 && <Text size="sm">{t("liaison.trainings.none")}</Text>}
      {l.trainings.map((tr) => (
        <Paper withBorder p="sm" key={tr.id}>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Text fw={500}>{lang === "en" && tr.titleEn ? tr.titleEn : tr.titleVi}</Text>
              <Text size="sm" c="dimmed">
                {fmtDateTime(tr.startsAt, { timeZone: l.timeZone })}
                {tr.place ? ` · ${tr.place}` : ""}
              </Text>
              <Text size="sm">
                {t("liaison.training.count", {
                  attended: tr.invited.filter((i) => i.attended).length,
                  invited: tr.invited.length,
                })}
              </Text>
            </Stack>
            {l.permissions.manage && (
              <Button
                size="xs"
                variant="subtle"
                aria-label={t("liaison.training.attendanceOf", { title: tr.titleVi })}
                onClick={() => setMarking(tr)}
              >
                {t("liaison.training.attendance")}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t("liaison.training.add")}>
        {adding && <TrainingForm meetingId={meetingId} onDone={() => setAdding(false)} />}
      </Modal>
      <Modal
        opened={marking !== null}
        onClose={() => setMarking(null)}
        title={marking ? t("liaison.training.attendanceOf", { title: marking.titleVi }) : ""}
      >
        {marking && (
          <Attendance meetingId={meetingId} training={marking} officers={l.officers} onDone={() => setMarking(null)} />
        )}
      </Modal>
    </Stack>
  );
}

function TrainingForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const create = useCreateTraining(meetingId);
  const form = useCheckedForm<{
    titleVi: string;
    titleEn: string;
    date: string | null;
    time: string | null;
    place: string;
  }>({
    initialValues: { titleVi: "", titleEn: "", date: "", time: "", place: "" },
    required: {
      titleVi: t("liaison.training.titleVi"),
      date: t("liaison.training.startsAt"),
      time: t("liaison.training.startsAt"),
    },
    limits: { titleVi: 300, titleEn: 300, place: 300 },
    dates: ["date"],
    times: ["time"],
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            titleVi: v.titleVi.trim(),
            titleEn: v.titleEn.trim(),
            startsAt: `${v.date}T${v.time}`,
            place: v.place.trim() || null,
          },
          {
            onSuccess: () => {
              notify(t("liaison.training.saved"));
              onDone();
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        <TextInput label={t("liaison.training.titleVi")} required data-autofocus {...form.getInputProps("titleVi")} />
        <TextInput label={t("liaison.training.titleEn")} {...form.getInputProps("titleEn")} />
        <DateTimeField
          label={t("liaison.training.startsAt")}
          name="startsAt"
          date={form.values.date}
          time={form.values.time}
          onDateChange={(v) => form.setFieldValue("date", v)}
          onTimeChange={(v) => form.setFieldValue("time", v)}
          dateError={form.errors.date}
          timeError={form.errors.time}
        />
        <TextInput label={t("liaison.training.place")} {...form.getInputProps("place")} />
        <ErrorAlert error={create.error} />
        <Group justify="end">
          <Button type="submit" loading={create.isPending}>
            {t("liaison.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Attendance({
  meetingId,
  training,
  officers,
  onDone,
}: {
  meetingId: string;
  training: LiaisonTraining;
  officers: LiaisonOfficer[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const save = useSetAttendance(meetingId);
  const [state, setState] = useState(
    () => new Map<string, boolean>(training.invited.map((i) => [i.officerId, i.attended])),
  );
  const toggle = (id: string, invited: boolean, attended: boolean) =>
    setState((s) => {
      const n = new Map(s);
      if (invited) n.set(id, attended);
      else n.delete(id);
      return n;
    });
  return (
    <Stack gap="sm">
      <Table>
        <Table.Caption>{t("liaison.training.attendance")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("liaison.col.name")}</Table.Th>
            <Table.Th>{t("liaison.training.invited")}</Table.Th>
            <Table.Th>{t("liaison.training.attended")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {officers.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{o.fullName}</Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${t("liaison.training.invited")}: ${o.fullName}`}
                  checked={state.has(o.id)}
                  onChange={(e) => toggle(o.id, e.currentTarget.checked, false)}
                />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${t("liaison.training.attended")}: ${o.fullName}`}
                  checked={state.get(o.id) === true}
                  onChange={(e) => toggle(o.id, true, e.currentTarget.checked)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorAlert error={save.error} />
      <Group justify="end">
        <Button variant="default" onClick={onDone}>
          {t("liaison.cancel")}
        </Button>
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              {
                id: training.id,
                version: training.version,
                officers: [...state].map(([officerId, attended]) => ({ officerId, attended })),
              },
              {
                onSuccess: () => {
                  notify(t("liaison.training.saved"));
                  onDone();
                },
              },
            )
          }
        >
          {t("liaison.save")}
        </Button>
      </Group>
    </Stack>
  );
}
