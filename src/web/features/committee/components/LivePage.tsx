import { useEffect, useMemo, useState } from "react";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { api } from "../../../lib/api";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { usePageTitle } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/QueryState";
import type { Cue, CueContingency, LiveView, Script } from "../../../../shared/schemas/committee";

const hm = (iso: string) => iso.slice(11, 16);
const MIN = 60_000;

/** What the page last saw, kept on the device so that it still shows the script when the network drops. */
interface Saved {
  frame: LiveView;
  scripts: Record<string, Script>;
  savedAt: string;
}
const storageKey = (meetingId: string) => `focal.live.${meetingId}`;
function readSaved(meetingId: string): Saved | null {
  try {
    const raw = localStorage.getItem(storageKey(meetingId));
    return raw ? (JSON.parse(raw) as Saved) : null;
  } catch {
    return null;
  }
}
function save(meetingId: string, patch: Partial<Omit<Saved, "savedAt">>) {
  try {
    const old = readSaved(meetingId);
    const frame = patch.frame ?? old?.frame;
    if (!frame) return;
    const next: Saved = {
      frame,
      scripts: { ...old?.scripts, ...patch.scripts },
      savedAt: new Date().toISOString(),
    };
    localStorage.setItem(storageKey(meetingId), JSON.stringify(next));
  } catch {
    // A full or disabled storage: the page still works while online.
  }
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, []);
  return online;
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** Each cue's expected start: its planned time shifted by the delays reported on it and on the cues before it. */
export function withDelays(cues: Cue[]): { cue: Cue; start: number; shift: number }[] {
  let shift = 0;
  return cues.map((cue) => {
    if (cue.status === "delayed" && cue.delayMinutes) shift += cue.delayMinutes;
    return { cue, start: new Date(cue.at).getTime() + shift * MIN, shift };
  });
}

/** The live "now / next" view of a session or a room (issue 13, point 6), phone first. */
export function LivePage() {
  const { t, lang } = useI18n();
  const meetingId = useParams().id ?? "";
  const [params, setParams] = useSearchParams();
  const online = useOnline();
  const now = useNow();
  const qc = useQueryClient();
  usePageTitle(t("scripts.live.title"));
  const [saved, setSaved] = useState(() => readSaved(meetingId));

  const frameQ = useQuery({
    queryKey: ["committee", meetingId, "live"],
    queryFn: () => api.get<LiveView>(`/meetings/${meetingId}/live`),
    enabled: online,
  });
  const frame = frameQ.data ?? saved?.frame ?? null;
  const roomId = params.get("room");
  const sessions = useMemo(
    () => (frame?.sessions ?? []).filter((s) => !roomId || s.roomId === roomId),
    [frame, roomId],
  );
  // The session asked for; else in the room picked, the one running now or the next one.
  const sessionId =
    params.get("session") ?? (sessions.find((s) => new Date(s.end).getTime() > now) ?? sessions.at(-1))?.id ?? null;

  const revQ = useQuery({
    queryKey: ["committee", meetingId, "live", "revision"],
    queryFn: () => api.get<{ revision: number }>(`/meetings/${meetingId}/live/revision`),
    refetchInterval: 2000,
    refetchIntervalInBackground: false,
    enabled: online,
  });
  const revision = revQ.data?.revision ?? frame?.revision ?? 0;
  const scriptQ = useQuery({
    queryKey: ["committee", meetingId, "live", "script", sessionId, revision],
    queryFn: () => api.get<Script>(`/meetings/${meetingId}/sessions/${sessionId}/script`),
    enabled: online && sessionId !== null,
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    if (frameQ.data) save(meetingId, { frame: frameQ.data });
  }, [frameQ.data, meetingId]);
  useEffect(() => {
    if (scriptQ.data && !scriptQ.isPlaceholderData && sessionId) {
      save(meetingId, { scripts: { [sessionId]: scriptQ.data } });
      setSaved(readSaved(meetingId));
    }
  }, [scriptQ.data, scriptQ.isPlaceholderData, meetingId, sessionId]);

  const failed = !online || frameQ.isError || scriptQ.isError || revQ.isError;
  const fresh = scriptQ.data && scriptQ.data.session.id === sessionId ? scriptQ.data : null;
  const script = failed
    ? sessionId
      ? (saved?.scripts[sessionId] ?? fresh)
      : null
    : (fresh ?? (sessionId ? saved?.scripts[sessionId] : null) ?? null);
  const tz = frame?.meeting.timeZone ?? "Asia/Ho_Chi_Minh";
  const savedTime = saved
    ? new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: tz }).format(
        new Date(saved.savedAt),
      )
    : "";

  const mark = useMutation({
    mutationFn: (v: { cue: Cue; status: Cue["status"]; delayMinutes?: number }) =>
      api.post<Script>(`/meetings/${meetingId}/sessions/${sessionId}/script/cues/${v.cue.id}/mark`, {
        status: v.status,
        ...(v.delayMinutes ? { delayMinutes: v.delayMinutes } : {}),
      }),
    onSuccess: (s) => {
      qc.setQueryData(["committee", meetingId, "live", "script", sessionId, s.liveRevision], s);
      qc.setQueryData(["committee", meetingId, "live", "revision"], { revision: s.liveRevision });
    },
  });

  const pick = (key: "session" | "room", value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === "room") next.delete("session");
    setParams(next, { replace: true });
  };

  const timed = script ? withDelays(script.cues) : [];
  const open = timed.filter((x) => x.cue.status !== "done");
  const first = script ? new Date(script.session.start).getTime() : 0;
  const lastShift = timed.at(-1)?.shift ?? 0;
  const running = script ? now >= first && now < new Date(script.session.end).getTime() + lastShift * MIN : false;
  const current = running ? ([...open].reverse().find((x) => x.start <= now) ?? open[0]) : open[0];
  const nextOnes = current
    ? open.filter((x) => x.start >= current.start && x.cue.id !== current.cue.id).slice(0, 3)
    : [];

  return (
    <Stack gap="md" maw={680} mx="auto" w="100%" data-online={failed ? "false" : "true"}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={1} fz="h3">
          {t("scripts.live.title")}
        </Title>
        <Anchor
          component={Link}
          to={`/meetings/${meetingId}/committee/scripts${sessionId ? `/${sessionId}` : ""}`}
          size="sm"
        >
          {t("scripts.live.back")}
        </Anchor>
      </Group>
      {failed && saved && (
        <Alert color="orange" variant="light" role="status" data-testid="live-offline">
          {t("scripts.live.offline", { time: savedTime })}
        </Alert>
      )}
      {failed && !script && (frameQ.isError || !online) && (
        <Alert color="red" role="alert">
          {t("scripts.live.noCache")}
        </Alert>
      )}
      {!frame && !failed && <Loading />}
      {frame && (
        <Group grow gap="xs" align="flex-end">
          <Select
            label={t("scripts.live.room")}
            data={[
              { value: "", label: t("scripts.live.room.any") },
              ...frame.rooms.map((r) => ({ value: r.id, label: lang === "en" ? r.nameEn : r.nameVi })),
            ]}
            value={roomId ?? ""}
            onChange={(v) => pick("room", v || null)}
            allowDeselect={false}
          />
          <Select
            label={t("scripts.live.session")}
            data={sessions.map((s) => ({
              value: s.id,
              label: `${s.start.slice(8, 10)}/${s.start.slice(5, 7)} ${hm(s.start)} · ${lang === "en" ? s.titleEn : s.titleVi}`,
            }))}
            value={sessionId}
            onChange={(v) => pick("session", v)}
            allowDeselect={false}
            searchable
          />
        </Group>
      )}
      {!failed && <ErrorAlert error={mark.error} />}
      {script && (
        <Stack gap="sm">
          <Text fw={600}>{lang === "en" ? script.session.titleEn : script.session.titleVi}</Text>
          {!running && (
            <Text size="sm" c="dimmed">
              {t("scripts.live.notToday")}
            </Text>
          )}
          <Title order={2} fz="h5" c="dimmed" tt="uppercase">
            {t("scripts.live.now")}
          </Title>
          {current ? (
            <CueCard
              item={current}
              big
              offline={failed}
              onMark={(status, delayMinutes) => mark.mutate({ cue: current.cue, status, delayMinutes })}
              busy={mark.isPending}
            />
          ) : (
            <Text c="dimmed">{t("scripts.live.none")}</Text>
          )}
          {nextOnes.length > 0 && (
            <>
              <Title order={2} fz="h5" c="dimmed" tt="uppercase">
                {t("scripts.live.next")}
              </Title>
              {nextOnes.map((x) => (
                <CueCard
                  key={x.cue.id}
                  item={x}
                  offline={failed}
                  onMark={(status, delayMinutes) => mark.mutate({ cue: x.cue, status, delayMinutes })}
                  busy={mark.isPending}
                />
              ))}
            </>
          )}
          <Title order={2} fz="h5" c="dimmed" tt="uppercase">
            {t("scripts.live.rest")}
          </Title>
          <List spacing={4} size="sm" listStyleType="none" data-testid="live-script">
            {timed.map((x) => (
              <List.Item key={x.cue.id}>
                <Text span fw={600}>
                  {x.cue.time}
                </Text>{" "}
                {x.cue.what}{" "}
                {x.cue.status !== "pending" && (
                  <Badge size="xs" variant="light" color={x.cue.status === "done" ? "green" : "orange"}>
                    {x.cue.status === "delayed" && x.cue.delayMinutes
                      ? t("scripts.live.delay", { n: x.cue.delayMinutes })
                      : t(`scripts.status.${x.cue.status}`)}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

function CueCard({
  item,
  big,
  offline,
  busy,
  onMark,
}: {
  item: { cue: Cue; start: number; shift: number };
  big?: boolean;
  offline: boolean;
  busy: boolean;
  onMark: (status: Cue["status"], delayMinutes?: number) => void;
}) {
  const { t } = useI18n();
  const { cue, shift } = item;
  const [delay, setDelay] = useState<number | string>("");
  const [plansOpen, setPlansOpen] = useState(false);
  const expected = shift ? new Date(new Date(cue.at).getTime() + shift * MIN).toISOString() : null;
  const phone = cue.responsible?.phone;
  const minutes = Math.round(Number(delay));
  return (
    <Card withBorder padding={big ? "md" : "sm"} radius="md" data-cue={cue.id} data-status={cue.status}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text fw={700} fz={big ? "xl" : "md"}>
            {cue.time} · {t("scripts.minutes", { n: cue.minutes })}
          </Text>
          {cue.status === "delayed" && cue.delayMinutes ? (
            <Badge color="orange" variant="light" data-testid="cue-delay">
              {t("scripts.live.delay", { n: cue.delayMinutes })}
            </Badge>
          ) : cue.status === "done" ? (
            <Badge color="green" variant="light">
              {t("scripts.status.done")}
            </Badge>
          ) : null}
        </Group>
        {expected && shift > 0 && (
          <Text size="sm">{t("scripts.live.shifted", { time: shiftedTime(cue.at, shift) })}</Text>
        )}
        <Text fw={600} fz={big ? "lg" : "sm"}>
          {cue.what}
        </Text>
        {cue.who && <Text size="sm">{cue.who}</Text>}
        {cue.where && (
          <Text size="sm" c="dimmed">
            {cue.where}
          </Text>
        )}
        {cue.needs.length > 0 && (
          <Text size="xs" c="dimmed">
            {cue.needs.map((n) => t(`scripts.need.${n}` as TranslationKey)).join(", ")}
          </Text>
        )}
        {cue.responsible && phone && (
          <Anchor href={`tel:${phone.replace(/[^\d+]/g, "")}`} fw={600}>
            {t("scripts.live.call", { name: cue.responsible.fullName, phone })}
          </Anchor>
        )}
        {cue.contingencies.length > 0 && (
          <Button variant="light" color="grape" size="sm" onClick={() => setPlansOpen(true)}>
            {t("scripts.live.plans", { n: cue.contingencies.length })}
          </Button>
        )}
        {cue.permissions.live && !offline && (
          <Stack gap={6}>
            <Group gap="xs" grow>
              {cue.status !== "done" ? (
                <Button color="green" variant="light" loading={busy} onClick={() => onMark("done")}>
                  {t("scripts.live.markDone")}
                </Button>
              ) : (
                <Button variant="default" loading={busy} onClick={() => onMark("pending")}>
                  {t("scripts.live.undo")}
                </Button>
              )}
            </Group>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <NumberInput
                label={t("scripts.live.delayMinutes")}
                min={1}
                max={600}
                value={delay}
                onChange={setDelay}
                style={{ flex: 1 }}
                inputMode="numeric"
              />
              <Button
                color="orange"
                variant="light"
                disabled={!(minutes >= 1 && minutes <= 600)}
                loading={busy}
                onClick={() => {
                  onMark("delayed", minutes);
                  setDelay("");
                }}
              >
                {minutes >= 1 ? t("scripts.live.delayConfirm", { n: minutes }) : t("scripts.live.markDelayed")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={plansOpen}
        onClose={() => setPlansOpen(false)}
        title={t("scripts.live.plans", { n: cue.contingencies.length })}
        fullScreen
      >
        <Stack gap="lg">
          {cue.contingencies.map((p) => (
            <Plan key={p.id} plan={p} />
          ))}
        </Stack>
      </Modal>
    </Card>
  );
}

function shiftedTime(at: string, shift: number): string {
  const [h, m] = at.slice(11, 16).split(":").map(Number);
  const total = (h ?? 0) * 60 + (m ?? 0) + shift;
  return `${String(Math.floor(total / 60) % 24).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

function Plan({ plan }: { plan: CueContingency }) {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Text fw={700}>{plan.situation}</Text>
      {plan.trigger && (
        <Text size="sm">
          <Text span fw={600}>
            {t("scripts.live.plan.trigger")}:
          </Text>{" "}
          {plan.trigger}
        </Text>
      )}
      {plan.steps.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t("scripts.live.plan.steps")}
          </Text>
          <List type="ordered" size="sm">
            {plan.steps.map((s, i) => (
              <List.Item key={i}>{s}</List.Item>
            ))}
          </List>
        </>
      )}
      {plan.resources && (
        <Text size="sm">
          <Text span fw={600}>
            {t("scripts.live.plan.resources")}:
          </Text>{" "}
          {plan.resources}
        </Text>
      )}
      {plan.responsibleName && (
        <Text size="sm">
          <Text span fw={600}>
            {t("scripts.live.plan.responsible")}:
          </Text>{" "}
          {plan.responsibleName}
          {plan.responsiblePhone && (
            <>
              {" · "}
              <Anchor href={`tel:${plan.responsiblePhone.replace(/[^\d+]/g, "")}`}>{plan.responsiblePhone}</Anchor>
            </>
          )}
        </Text>
      )}
    </Stack>
  );
}
