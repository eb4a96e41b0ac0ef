import { useId, useState } from "react";
import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import type { LogisticsAbilities } from "../../../../../shared/schemas/logistics";
import { useI18n, type TranslationKey } from "../../../../lib/i18n";
import { useNotify } from "../../../../lib/notify";
import { statusLabels } from "../../../../lib/statusLabels";
import { QueryState } from "../../../../components/QueryState";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { DateTimeField, joinDateTime } from "../../../../components/DateTimeField";
import { useCheckedForm } from "../../../../components/useCheckedForm";
import { dayTimeParts, isoDay } from "../../../../../shared/dates";
import type { CheckItemStatus } from "../../../../../shared/logistics";
import {
  photoUrl,
  useAddItem,
  useCreateChecklist,
  useCreateIncident,
  useDeletePhoto,
  useIncidents,
  useItemStatus,
  usePutPhoto,
  useSecurity,
  useUpdateIncident,
  useUpdateItem,
  type SecurityChecklist,
  type SecurityIncident,
  type SecurityItem,
  type SecurityOverview,
} from "../../api/security";
import { PlacesReadiness, ReadinessBadge } from "../../../../components/PlacesReadiness";

const itemStatusKey: Record<CheckItemStatus, TranslationKey> = statusLabels.checkItem;
const itemStatusColor: Record<CheckItemStatus, string> = { open: "gray", done: "blue", signed_off: "teal" };

/** The wall-clock day and time of a moment in the meeting's zone, as the date and time fields take them. */
function wallParts(iso: string | null, timeZone: string): { date: string; time: string } {
  const p = iso ? dayTimeParts(iso, timeZone) : null;
  return p
    ? { date: isoDay(p.y, p.m, p.d), time: `${String(p.hh).padStart(2, "0")}:${String(p.mm).padStart(2, "0")}` }
    : { date: "", time: "" };
}

/** A file as base64 (the upload's body). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === "string" ? r.result : "");
    r.onerror = () => reject(r.error ?? new Error("read failed"));
    r.readAsDataURL(file);
  });
}

/**
 * The security page of a meeting's logistics (issue 14, point 5): each venue's and hotel's readiness at a glance,
 * the chosen place's checklists (items with a responsible person, due time and evidence, marked done by whoever keeps
 * security, signed off by the security officer), and the incident log.
 */
export function SecurityPage({
  meeting,
  permissions,
}: {
  meeting: MeetingTabMeeting;
  permissions: LogisticsAbilities;
}) {
  const { t } = useI18n();
  const data = useSecurity(meeting.id);
  return (
    <Stack gap="md" data-meeting={meeting.id} data-manage={permissions.manageSecurity}>
      <Title order={2} fz="h3">
        {t("security.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("security.intro")}
      </Text>
      <QueryState query={data}>{(d) => <SecurityView meeting={meeting} data={d} />}</QueryState>
      <IncidentsSection meeting={meeting} />
    </Stack>
  );
}

function SecurityView({ meeting, data }: { meeting: MeetingTabMeeting; data: SecurityOverview }) {
  const { t, lang } = useI18n();
  const [placeId, setPlaceId] = useState<string>(
    () => data.places.find((p) => data.checklists.some((c) => c.placeId === p.id))?.id ?? data.places[0]?.id ?? "",
  );
  const place = data.places.find((p) => p.id === placeId);
  const lists = data.checklists.filter((c) => c.placeId === placeId);
  const placesHeading = useId();
  const listsHeading = useId();
  const name = (p: { nameVi: string; nameEn: string }) => (lang === "en" ? p.nameEn : p.nameVi);
  return (
    <>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby={placesHeading}>
        <Stack gap="sm">
          <Title order={3} fz="h4" id={placesHeading}>
            {t("security.readiness.title")}
          </Title>
          <PlacesReadiness
            places={data.places}
            onOpen={(id) => {
              setPlaceId(id);
              document.getElementById(listsHeading)?.scrollIntoView({ block: "start" });
            }}
          />
        </Stack>
      </Paper>
      {data.places.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby={listsHeading}>
          <Group justify="space-between" align="flex-end" gap="sm">
            <Title order={3} fz="h4" id={listsHeading}>
              {place ? t("security.checklistsOf", { place: name(place) }) : t("security.checklists")}
            </Title>
            <NativeSelect
              label={t("security.field.place")}
              value={placeId}
              onChange={(e) => setPlaceId(e.currentTarget.value)}
              data={data.places.map((p) => ({
                value: p.id,
                label: `${name(p)} (${t(p.kind === "venue" ? "security.kind.venue" : "security.kind.hotel")})`,
              }))}
            />
          </Group>
          {place && (
            <Group gap="xs">
              <ReadinessBadge status={place.status} />
              <Text size="sm" role="status" aria-label={t("security.readiness.ofPlace", { place: name(place) })}>
                {t("security.readiness.summary", {
                  done: place.signedOff,
                  total: place.total,
                  overdue: place.overdue,
                })}
              </Text>
            </Group>
          )}
          {lists.length === 0 && <Text c="dimmed">{t("security.noChecklists")}</Text>}
          {lists.map((c) => (
            <ChecklistCard key={c.id} meeting={meeting} list={c} data={data} />
          ))}
          {data.permissions.manage && place && <NewChecklist meeting={meeting} data={data} place={place} />}
        </Stack>
      )}
    </>
  );
}

function ChecklistCard({
  meeting,
  list,
  data,
}: {
  meeting: MeetingTabMeeting;
  list: SecurityChecklist;
  data: SecurityOverview;
}) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const title = lang === "en" && list.titleEn ? list.titleEn : list.titleVi;
  const signed = list.items.filter((i) => i.status === "signed_off").length;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={4} fz="md" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t("security.readiness.ofTotal", { done: signed, total: list.items.length })}
          </Text>
        </Group>
        {list.items.length === 0 && <Text c="dimmed">{t("security.noItems")}</Text>}
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {list.items.map((i) => (
            <ItemRow key={i.id} meeting={meeting} item={i} data={data} />
          ))}
        </Stack>
        {data.permissions.manage &&
          (adding ? (
            <NewItem meeting={meeting} list={list} onDone={() => setAdding(false)} />
          ) : (
            <Group>
              <Button variant="default" size="xs" onClick={() => setAdding(true)}>
                {t("security.item.add")}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

function ItemRow({ meeting, item, data }: { meeting: MeetingTabMeeting; item: SecurityItem; data: SecurityOverview }) {
  const { t, lang, fmtDateTime } = useI18n();
  const notify = useNotify();
  const move = useItemStatus(meeting.id);
  const [editing, setEditing] = useState(false);
  const text = lang === "en" && item.textEn ? item.textEn : item.textVi;
  const zone = data.timeZone;
  const go = (status: CheckItemStatus, message: TranslationKey) =>
    move.mutate(
      { id: item.id, status, version: item.version },
      { onSuccess: () => notify(t(message, { item: text })) },
    );
  const { manage, signOff } = data.permissions;
  return (
    <Paper component="li" withBorder radius="sm" p="sm" aria-label={text} bg={item.overdue ? "red.0" : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={500}>{text}</Text>
          <Badge color={itemStatusColor[item.status]} variant="light" style={{ flexShrink: 0 }}>
            {t(itemStatusKey[item.status])}
          </Badge>
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm">
            {t("security.item.responsible")}: {item.responsible ?? t("security.item.nobody")}
          </Text>
          <Text size="sm" c={item.overdue ? "red.9" : undefined} fw={item.overdue ? 600 : undefined}>
            {t("security.item.due")}: {item.dueAt ? fmtDateTime(item.dueAt, { timeZone: zone }) : "—"}
            {item.overdue ? ` (${t("security.item.overdue")})` : ""}
          </Text>
        </Group>
        {(item.evidenceNote || item.hasPhoto) && (
          <Stack gap={4}>
            {item.evidenceNote && (
              <Text size="sm">
                {t("security.item.evidence")}: {item.evidenceNote}
              </Text>
            )}
            {item.hasPhoto && (
              <Anchor href={photoUrl(meeting.id, item)} target="_blank" size="sm">
                <img
                  src={photoUrl(meeting.id, item)}
                  alt={t("security.item.photoOf", { item: text })}
                  style={{ maxWidth: 160, maxHeight: 120, display: "block", borderRadius: 4 }}
                />
              </Anchor>
            )}
          </Stack>
        )}
        {item.signedOffBy && item.signedOffAt && (
          <Text size="xs" c="dimmed">
            {t("security.item.signedOffBy", {
              name: item.signedOffBy.name,
              at: fmtDateTime(item.signedOffAt, { timeZone: zone }),
            })}
          </Text>
        )}
        <ErrorAlert error={move.error} />
        <Group gap="xs">
          {manage && item.status !== "signed_off" && (
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditing(true)}
              aria-label={t("security.item.editOf", { item: text })}
            >
              {t("security.item.edit")}
            </Button>
          )}
          {manage && item.status === "open" && (
            <Button
              size="xs"
              variant="light"
              loading={move.isPending}
              onClick={() => go("done", "security.item.doneNotice")}
            >
              {t("security.item.markDone")}
            </Button>
          )}
          {manage && item.status === "done" && (
            <Button
              size="xs"
              variant="subtle"
              loading={move.isPending}
              onClick={() => go("open", "security.item.reopenNotice")}
            >
              {t("security.item.reopen")}
            </Button>
          )}
          {signOff && item.status !== "signed_off" && (
            <Button
              size="xs"
              color="teal.9"
              loading={move.isPending}
              onClick={() => go("signed_off", "security.item.signOffNotice")}
            >
              {t("security.item.signOff")}
            </Button>
          )}
          {signOff && item.status === "signed_off" && (
            <Button
              size="xs"
              variant="subtle"
              loading={move.isPending}
              onClick={() => go("done", "security.item.undoNotice")}
            >
              {t("security.item.undoSignOff")}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t("security.item.editTitle")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing && <EditItem meeting={meeting} item={item} zone={zone} onDone={() => setEditing(false)} />}
      </Modal>
    </Paper>
  );
}

interface ItemValues extends Record<string, unknown> {
  textVi: string;
  textEn: string;
  responsible: string;
  dueDate: string | null;
  dueTime: string | null;
  evidenceNote: string;
}

const dueRules = (t: (k: TranslationKey) => string) => (v: ItemValues) => {
  const j = joinDateTime(v.dueDate, v.dueTime);
  return {
    dueDate: j.date === "missing" ? t("security.field.dueMissing") : undefined,
    dueTime: j.time === "missing" ? t("security.field.dueMissing") : undefined,
  };
};

function EditItem({
  meeting,
  item,
  zone,
  onDone,
}: {
  meeting: MeetingTabMeeting;
  item: SecurityItem;
  zone: string;
  onDone: () => void;
}) {
  const { t, fmtZone } = useI18n();
  const notify = useNotify();
  const update = useUpdateItem(meeting.id);
  const putPhoto = usePutPhoto(meeting.id);
  const delPhoto = useDeletePhoto(meeting.id);
  const [file, setFile] = useState<File | null>(null);
  const due = wallParts(item.dueAt, zone);
  const form = useCheckedForm<ItemValues>({
    initialValues: {
      textVi: item.textVi,
      textEn: item.textEn,
      responsible: item.responsible ?? "",
      dueDate: due.date,
      dueTime: due.time,
      evidenceNote: item.evidenceNote ?? "",
    },
    required: { textVi: t("security.field.textVi") },
    limits: { textVi: 500, textEn: 500, responsible: 200, evidenceNote: 2000 },
    dates: ["dueDate"],
    times: ["dueTime"],
    rules: dueRules(t),
  });
  const busy = update.isPending || putPhoto.isPending || delPhoto.isPending;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        try {
          const saved = await update.mutateAsync({
            id: item.id,
            body: {
              textVi: v.textVi.trim(),
              textEn: v.textEn.trim(),
              responsible: v.responsible.trim() || null,
              dueAt: joinDateTime(v.dueDate, v.dueTime).value || null,
              evidenceNote: v.evidenceNote.trim() || null,
              version: item.version,
            },
          });
          if (file) await putPhoto.mutateAsync({ id: item.id, data: await readBase64(file), version: saved.version });
          notify(t("security.item.saved"));
          onDone();
        } catch {
          // The error shows in the form.
        }
      })}
    >
      <Stack gap="sm">
        <ErrorAlert error={update.error ?? putPhoto.error ?? delPhoto.error} />
        <TextInput label={t("security.field.textVi")} required {...form.getInputProps("textVi")} />
        <TextInput label={t("security.field.textEn")} {...form.getInputProps("textEn")} />
        <TextInput
          label={t("security.item.responsible")}
          description={t("security.field.responsibleHelp")}
          {...form.getInputProps("responsible")}
        />
        <DateTimeField
          label={t("security.item.due")}
          description={t("security.field.dueHelp", { zone: fmtZone(zone) })}
          name="due"
          date={form.values.dueDate}
          time={form.values.dueTime}
          onDateChange={(v) => form.setFieldValue("dueDate", v)}
          onTimeChange={(v) => form.setFieldValue("dueTime", v)}
          dateError={form.errors.dueDate}
          timeError={form.errors.dueTime}
        />
        <Textarea
          label={t("security.field.evidenceNote")}
          description={t("security.field.evidenceHelp")}
          autosize
          minRows={2}
          {...form.getInputProps("evidenceNote")}
        />
        <FileInput
          label={t("security.field.photo")}
          description={t("security.field.photoHelp")}
          accept="image/jpeg,image/png"
          clearable
          value={file}
          onChange={setFile}
        />
        {item.hasPhoto && (
          <Group>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              loading={delPhoto.isPending}
              onClick={() => delPhoto.mutate(item, { onSuccess: onDone })}
            >
              {t("security.field.removePhoto")}
            </Button>
          </Group>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t("security.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("security.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewItem({
  meeting,
  list,
  onDone,
}: {
  meeting: MeetingTabMeeting;
  list: SecurityChecklist;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const add = useAddItem(meeting.id);
  const form = useCheckedForm<ItemValues>({
    initialValues: { textVi: "", textEn: "", responsible: "", dueDate: "", dueTime: "", evidenceNote: "" },
    required: { textVi: t("security.field.textVi") },
    limits: { textVi: 500, textEn: 500, responsible: 200 },
    dates: ["dueDate"],
    times: ["dueTime"],
    rules: dueRules(t),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        add.mutate(
          {
            checklistId: list.id,
            body: {
              textVi: v.textVi.trim(),
              textEn: v.textEn.trim(),
              responsible: v.responsible.trim() || null,
              dueAt: joinDateTime(v.dueDate, v.dueTime).value || null,
            },
          },
          { onSuccess: onDone },
        ),
      )}
    >
      <Stack gap="xs">
        <ErrorAlert error={add.error} />
        <TextInput label={t("security.field.textVi")} required {...form.getInputProps("textVi")} />
        <TextInput label={t("security.field.textEn")} {...form.getInputProps("textEn")} />
        <TextInput label={t("security.item.responsible")} {...form.getInputProps("responsible")} />
        <DateTimeField
          label={t("security.item.due")}
          name="newDue"
          date={form.values.dueDate}
          time={form.values.dueTime}
          onDateChange={(v) => form.setFieldValue("dueDate", v)}
          onTimeChange={(v) => form.setFieldValue("dueTime", v)}
          dateError={form.errors.dueDate}
          timeError={form.errors.dueTime}
        />
        <Group>
          <Button type="submit" size="xs" loading={add.isPending}>
            {t("security.item.addSave")}
          </Button>
          <Button variant="default" size="xs" onClick={onDone}>
            {t("security.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewChecklist({
  meeting,
  data,
  place,
}: {
  meeting: MeetingTabMeeting;
  data: SecurityOverview;
  place: SecurityOverview["places"][number];
}) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const create = useCreateChecklist(meeting.id);
  const form = useCheckedForm<{ templateKey: string; titleVi: string; titleEn: string }>({
    initialValues: { templateKey: data.templates[0]?.key ?? "", titleVi: "", titleEn: "" },
    limits: { titleVi: 200, titleEn: 200 },
    rules: (v, check) => ({
      titleVi: v.templateKey ? undefined : check.required(v.titleVi, t("security.field.title")),
    }),
  });
  return (
    <Paper withBorder radius="md" p="md">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              placeKind: place.kind,
              placeId: place.id,
              ...(v.templateKey ? { templateKey: v.templateKey } : {}),
              ...(v.titleVi.trim() ? { titleVi: v.titleVi.trim() } : {}),
              ...(v.titleEn.trim() ? { titleEn: v.titleEn.trim() } : {}),
            },
            {
              onSuccess: () => {
                notify(t("security.checklist.created"));
                form.reset();
              },
            },
          ),
        )}
      >
        <Stack gap="xs">
          <Title order={4} fz="md">
            {t("security.checklist.new")}
          </Title>
          <ErrorAlert error={create.error} />
          <NativeSelect
            label={t("security.field.template")}
            data={[
              ...data.templates.map((x) => ({
                value: x.key,
                label: `${lang === "en" ? x.titleEn : x.titleVi} (${t("security.checklist.items", { n: x.items })})`,
              })),
              { value: "", label: t("security.checklist.byHand") },
            ]}
            {...form.getInputProps("templateKey")}
          />
          <TextInput
            label={t("security.field.title")}
            description={t("security.field.titleHelp")}
            {...form.getInputProps("titleVi")}
          />
          <TextInput label={t("security.field.titleEn")} {...form.getInputProps("titleEn")} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("security.checklist.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

// ---------------------------------------------------------------- incidents

function IncidentsSection({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t, fmtDateTime } = useI18n();
  const incidents = useIncidents(meeting.id);
  const security = useSecurity(meeting.id);
  const headingId = useId();
  const [editing, setEditing] = useState<SecurityIncident | "new" | null>(null);
  const zone = security.data?.timeZone ?? meeting.timeZone;
  const manage = security.data?.permissions.manage ?? false;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="h4" id={headingId}>
            {t("security.incidents.title")}
          </Title>
          {manage && <Button onClick={() => setEditing("new")}>{t("security.incidents.add")}</Button>}
        </Group>
        <QueryState query={incidents} isEmpty={(d) => d.length === 0} empty={t("security.incidents.empty")}>
          {(list) => (
            <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {list.map((i) => (
                <Paper
                  key={i.id}
                  component="li"
                  withBorder
                  radius="sm"
                  p="sm"
                  aria-label={`${fmtDateTime(i.at, { timeZone: zone })} — ${i.place}`}
                >
                  <Stack gap={4}>
                    <Group justify="space-between" gap="xs">
                      <Text fw={600}>
                        {fmtDateTime(i.at, { timeZone: zone })} · {i.place}
                      </Text>
                      {i.canEdit && (
                        <Button size="xs" variant="default" onClick={() => setEditing(i)}>
                          {t("security.incidents.edit")}
                        </Button>
                      )}
                    </Group>
                    <Text size="sm">
                      <b>{t("security.incidents.what")}:</b> {i.what}
                    </Text>
                    {i.action && (
                      <Text size="sm">
                        <b>{t("security.incidents.action")}:</b> {i.action}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t("security.incidents.reportedBy", { name: i.reporter })}
                    </Text>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("security.incidents.add") : t("security.incidents.edit")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing !== null && (
          <IncidentForm
            meeting={meeting}
            zone={zone}
            incident={editing === "new" ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Paper>
  );
}

interface IncidentValues extends Record<string, unknown> {
  date: string | null;
  time: string | null;
  place: string;
  what: string;
  action: string;
  reporter: string;
}

function IncidentForm({
  meeting,
  zone,
  incident,
  onDone,
}: {
  meeting: MeetingTabMeeting;
  zone: string;
  incident: SecurityIncident | null;
  onDone: () => void;
}) {
  const { t, fmtZone } = useI18n();
  const notify = useNotify();
  const create = useCreateIncident(meeting.id);
  const update = useUpdateIncident(meeting.id);
  const at = wallParts(incident?.at ?? null, zone);
  const form = useCheckedForm<IncidentValues>({
    initialValues: {
      date: at.date,
      time: at.time,
      place: incident?.place ?? "",
      what: incident?.what ?? "",
      action: incident?.action ?? "",
      reporter: incident?.reporter ?? "",
    },
    required: {
      date: t("security.incidents.date"),
      time: t("security.incidents.time"),
      place: t("security.incidents.place"),
      what: t("security.incidents.what"),
    },
    limits: { place: 200, what: 4000, action: 4000, reporter: 200 },
    dates: ["date"],
    times: ["time"],
  });
  const error = create.error ?? update.error;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const body = {
          at: `${v.date}T${v.time}`,
          place: v.place.trim(),
          what: v.what.trim(),
          action: v.action.trim(),
          reporter: v.reporter.trim(),
        };
        const done = { onSuccess: () => (notify(t("security.incidents.saved")), onDone()) };
        if (incident) update.mutate({ id: incident.id, body: { ...body, version: incident.version } }, done);
        else create.mutate(body, done);
      })}
    >
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <DateTimeField
          label={t("security.incidents.at")}
          description={t("security.field.dueHelp", { zone: fmtZone(zone) })}
          name="at"
          date={form.values.date}
          time={form.values.time}
          onDateChange={(v) => form.setFieldValue("date", v)}
          onTimeChange={(v) => form.setFieldValue("time", v)}
          dateError={form.errors.date}
          timeError={form.errors.time}
        />
        <TextInput label={t("security.incidents.place")} required {...form.getInputProps("place")} />
        <Textarea label={t("security.incidents.what")} required autosize minRows={2} {...form.getInputProps("what")} />
        <Textarea label={t("security.incidents.action")} autosize minRows={2} {...form.getInputProps("action")} />
        <TextInput
          label={t("security.incidents.reporter")}
          description={t("security.incidents.reporterHelp")}
          {...form.getInputProps("reporter")}
        />
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t("security.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("security.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
