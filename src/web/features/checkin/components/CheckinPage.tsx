/**
 * The door check-in page, phone first: pick the place (the meeting's door or a session), scan the QR code or type
 * the code, see the photo, name and delegation with the verdict, admit. It decides on the device from the pack
 * (so it works offline), sends each scan with a nonce, and queues scans while the network is away.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { usePageTitle } from "../../../components/Page";
import { ErrorState, Loading } from "../../../components/QueryState";
import type { Pack, ScanReason } from "../api/types";
import { decideOffline, type LocalVerdict } from "../offline/decide";
import { useDoor, type Sent } from "../offline/useDoor";
import { Scanner } from "./Scanner";
import { PersonPhoto } from "./PersonPhoto";

const DOOR = "door";

function usePlace(meetingId: string): [string, (v: string) => void] {
  const key = `focal.checkin.place.${meetingId}`;
  const [place, setPlace] = useState(() => {
    try {
      return localStorage.getItem(key) ?? DOOR;
    } catch {
      return DOOR;
    }
  });
  return [
    place,
    (v: string) => {
      setPlace(v);
      try {
        localStorage.setItem(key, v);
      } catch {
        // Not remembered on this device; still used now.
      }
    },
  ];
}

interface Current {
  text: string;
  verdict: LocalVerdict;
  nonce: string;
  scannedAt: string;
  outcome: Sent | null;
  error: string | null;
  sending: boolean;
  /** When this person was first admitted at this place, as far as this device knows (sent or queued). */
  earlier: string | null;
}

export const reasonKey = (r: ScanReason): TranslationKey => `checkin.reason.${r}`;

/** The first admission of a person at a place that this device sent or queued, or null. */
export function earlierAdmission(
  door: Pick<ReturnType<typeof useDoor>, "synced" | "queue">,
  delegateId: string | null | undefined,
  sessionId: string | null,
): string | null {
  if (!delegateId) return null;
  const times: string[] = [];
  for (const a of door.synced)
    if (a.result === "admitted" && a.sessionId === sessionId && a.delegate?.id === delegateId)
      times.push(a.admittedBefore ?? a.scannedAt);
  for (const q of door.queue)
    if (q.localResult === "admitted" && q.sessionId === sessionId && q.delegateId === delegateId)
      times.push(q.scannedAt);
  return times.sort()[0] ?? null;
}

function nonce(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

export function CheckinPage() {
  const { meetingId = "" } = useParams();
  const { t, lang, fmtDateTime, fmtZone } = useI18n();
  const door = useDoor(meetingId);
  const [place, setPlace] = usePlace(meetingId);
  const [typed, setTyped] = useState("");
  const [camera, setCamera] = useState(false);
  const [current, setCurrent] = useState<Current | null>(null);
  const input = useRef<HTMLInputElement>(null);
  usePageTitle(t("checkin.title"));

  const pack = door.pack;
  const sessionId = place === DOOR ? null : place;
  const placeOk = !pack || place === DOOR || pack.sessions.some((s) => s.id === place);
  useEffect(() => {
    if (!placeOk) setPlace(DOOR);
  }, [placeOk, setPlace]);

  const send = async (c: Current) => {
    setCurrent({ ...c, sending: true });
    try {
      const outcome = await door.record(
        { token: c.text, sessionId, meetingId, nonce: c.nonce, scannedAt: c.scannedAt },
        {
          fullName: c.verdict.person?.fullName ?? null,
          delegateId: c.verdict.person?.delegateId ?? null,
          localResult: c.verdict.result,
          localReason: c.verdict.reason,
        },
      );
      setCurrent({ ...c, outcome, sending: false });
    } catch (e) {
      setCurrent({ ...c, error: e instanceof Error ? e.message : String(e), sending: false });
    }
  };

  const check = async (text: string) => {
    if (!pack || !text.trim()) return;
    setCamera(false);
    const verdict = await decideOffline(pack, sessionId, text);
    const c: Current = {
      text: text.trim(),
      verdict,
      nonce: nonce(),
      scannedAt: new Date().toISOString(),
      outcome: null,
      error: null,
      sending: false,
      earlier: verdict.result === "admitted" ? earlierAdmission(door, verdict.person?.delegateId, sessionId) : null,
    };
    setCurrent(c);
    // A refusal is recorded at once (the host sees refused attempts); an admission waits for the officer.
    if (verdict.result === "refused") await send(c);
  };

  const next = () => {
    setCurrent(null);
    setTyped("");
    setTimeout(() => input.current?.focus(), 0);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void check(typed);
  };

  const admittedHere = useMemo(() => {
    const ids = new Set<string>();
    for (const a of door.synced)
      if (a.result === "admitted" && a.sessionId === sessionId && a.delegate) ids.add(a.delegate.id);
    for (const q of door.queue)
      if (q.localResult === "admitted" && q.sessionId === sessionId && q.fullName) ids.add(q.fullName);
    return ids.size;
  }, [door.synced, door.queue, sessionId]);

  if (!pack && door.loading) return <Loading label={t("checkin.pack.loading")} />;
  if (!pack) {
    return (
      <Stack maw={520} mx="auto">
        <Title order={1} fz="h2">
          {t("checkin.title")}
        </Title>
        <ErrorState error={door.packError} onRetry={() => void door.refresh()} title={t("checkin.pack.error")} />
        {!door.online && <Alert color="orange">{t("checkin.pack.offlineFirst")}</Alert>}
      </Stack>
    );
  }

  const title = lang === "vi" ? pack.titleVi : pack.titleEn;
  return (
    <Stack maw={520} mx="auto" gap="sm">
      <Stack gap={2}>
        <Anchor component={Link} to={`/meetings/${meetingId}`} size="sm">
          ← {pack.code}
        </Anchor>
        <Title order={1} fz="h2">
          {t("checkin.title")}
        </Title>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {title}
        </Text>
        <Text size="xs" c="dimmed" data-testid="checkin-zone">
          {t("meetings.programme.timeZone", { tz: fmtZone(pack.timeZone) })}
        </Text>
      </Stack>

      <Group gap="xs" wrap="wrap" data-testid="door-status">
        <Badge color={door.online ? "green" : "orange"} variant="light" data-online={door.online}>
          {door.online ? t("checkin.online") : t("checkin.offline")}
        </Badge>
        <Badge color="gray" variant="light" data-testid="pack-ready" tt="none">
          {t("checkin.pack.ready", {
            people: pack.people.length,
            at: fmtDateTime(pack.generatedAt, { timeZone: pack.timeZone }),
          })}
        </Badge>
        {door.queue.length > 0 && (
          <Badge color="orange" variant="filled" data-testid="queue-count" tt="none">
            {t("checkin.queue.count", { n: door.queue.length })}
          </Badge>
        )}
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => void door.refresh()}
          loading={door.loading}
          disabled={!door.online}
        >
          {t("checkin.pack.refresh")}
        </Button>
      </Group>
      {door.photos && door.photos.done < door.photos.total && (
        <Text size="xs" c="dimmed">
          {t("checkin.pack.photos", { done: door.photos.done, total: door.photos.total })}
        </Text>
      )}
      {!pack.purged && pack.people.length === 0 && (
        <Alert color="blue" role="status">
          {t("checkin.pack.empty")}
        </Alert>
      )}
      {pack.purged && (
        <Alert color="red" role="alert">
          {t("checkin.purged")}
        </Alert>
      )}

      <NativeSelect
        label={t("checkin.place.label")}
        value={place}
        onChange={(e) => {
          setPlace(e.currentTarget.value);
          setCurrent(null);
        }}
        data={[
          { value: DOOR, label: t("checkin.place.door") },
          ...pack.sessions.map((s) => ({
            value: s.id,
            label: `${s.start.slice(8, 10)}/${s.start.slice(5, 7)} ${s.start.slice(11, 16)} · ${lang === "vi" ? s.titleVi : s.titleEn}`,
          })),
        ]}
      />
      <Text size="sm" data-testid="admitted-here">
        {t("checkin.admittedHere", { n: admittedHere })}
      </Text>

      {current ? (
        <VerdictCard pack={pack} current={current} onAdmit={() => void send(current)} onNext={next} />
      ) : camera ? (
        <Scanner onCode={(text) => void check(text)} onClose={() => setCamera(false)} />
      ) : (
        <Paper withBorder p="sm" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="xs">
              <Button size="lg" onClick={() => setCamera(true)} disabled={pack.purged}>
                {t("checkin.camera.start")}
              </Button>
              <TextInput
                ref={input}
                name="code"
                label={t("checkin.code.label")}
                description={t("checkin.code.hint")}
                value={typed}
                onChange={(e) => setTyped(e.currentTarget.value)}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                size="md"
              />
              <Button type="submit" variant="light" size="md" disabled={!typed.trim()}>
                {t("checkin.code.check")}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}

      <Recent door={door} pack={pack} />
    </Stack>
  );
}

function VerdictCard({
  pack,
  current,
  onAdmit,
  onNext,
}: {
  pack: Pack;
  current: Current;
  onAdmit: () => void;
  onNext: () => void;
}) {
  const { t, lang, fmtDate, fmtDateTime, fmtTime } = useI18n();
  const timeZone = pack.timeZone;
  const v = current.verdict;
  const server = current.outcome?.kind === "sent" ? current.outcome.answer : null;
  // The server has the last word when it answered.
  const result = server?.result ?? v.result;
  const reason = server ? server.reason : v.reason;
  const person = v.person;
  const delegation = person ? pack.delegations.find((d) => d.id === person.delegationId) : null;
  const ok = result === "admitted";
  const recorded = current.outcome !== null;
  // Someone already inside: say since when (in the meeting's zone; with the day when it was not today).
  const before = ok ? (server?.admittedBefore ?? current.earlier) : null;
  const today = fmtDate(new Date(), { timeZone });
  const beforeText = before
    ? fmtDate(before, { timeZone }) === today
      ? fmtTime(before, { timeZone })
      : fmtDateTime(before, { timeZone })
    : "";
  return (
    <Card withBorder radius="md" padding="sm" data-testid="verdict" data-result={result} data-reason={reason ?? ""}>
      <Stack gap="sm">
        <Paper
          role="alert"
          p="sm"
          radius="sm"
          bg={!ok ? "red.8" : before ? "#8a3a00" : "green.8"}
          c="white"
          style={{ textAlign: "center" }}
          data-already={before ? "true" : undefined}
        >
          <Text fw={700} fz="xl">
            {!ok
              ? t("checkin.verdict.refuse")
              : before
                ? t("checkin.verdict.alreadyTitle")
                : t("checkin.verdict.admit")}
          </Text>
          {reason && <Text fz="md">{t(reasonKey(reason))}</Text>}
          {before && (
            <Text fz="md" data-testid="verdict-already">
              {t("checkin.verdict.already", { time: beforeText })}
            </Text>
          )}
        </Paper>
        <Group wrap="nowrap" align="flex-start">
          <PersonPhoto url={person?.photoUrl ?? null} name={person?.fullName ?? ""} />
          <Stack gap={2}>
            <Text fw={700} fz="lg" data-testid="verdict-name">
              {person?.fullName ?? t("checkin.verdict.nobody")}
            </Text>
            {delegation && <Text size="sm">{lang === "vi" ? delegation.nameVi : delegation.nameEn}</Text>}
          </Stack>
        </Group>
        {current.error && (
          <Alert color="red" role="alert">
            {current.error}
          </Alert>
        )}
        {recorded && (
          <Text size="sm" data-testid="verdict-recorded" c={current.outcome?.kind === "queued" ? "#8a3a00" : "dimmed"}>
            {current.outcome?.kind === "queued"
              ? t("checkin.recorded.queued")
              : server?.duplicate
                ? t("checkin.recorded.duplicate")
                : ok
                  ? t("checkin.recorded.admitted", { at: fmtDateTime(current.scannedAt, { timeZone }) })
                  : t("checkin.recorded.refused")}
          </Text>
        )}
        <Group grow>
          {ok && !recorded && before ? (
            <>
              <Button size="lg" onClick={onNext} data-autofocus>
                {t("checkin.next")}
              </Button>
              <Button size="lg" variant="default" onClick={onAdmit} loading={current.sending}>
                {t("checkin.admitAgain")}
              </Button>
            </>
          ) : ok && !recorded ? (
            <>
              <Button size="lg" color="green" onClick={onAdmit} loading={current.sending}>
                {t("checkin.admit")}
              </Button>
              <Button size="lg" variant="default" onClick={onNext}>
                {t("checkin.cancel")}
              </Button>
            </>
          ) : (
            <Button size="lg" onClick={onNext} disabled={current.sending} data-autofocus>
              {t("checkin.next")}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function Recent({ door, pack }: { door: ReturnType<typeof useDoor>; pack: Pack }) {
  const { t, lang, fmtDateTime } = useI18n();
  const sessionTitle = (id: string | null) => {
    if (!id) return t("checkin.place.door");
    const s = pack.sessions.find((x) => x.id === id);
    return s ? (lang === "vi" ? s.titleVi : s.titleEn) : "";
  };
  if (!door.queue.length && !door.synced.length && !door.problems.length) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby="recent-scans">
      <Title order={2} fz="h4" id="recent-scans">
        {t("checkin.recent.title")}
      </Title>
      {door.problems.map((p) => (
        <Alert key={p.nonce} color="red">
          {p.fullName ?? "—"}: {p.message}
        </Alert>
      ))}
      <Stack gap={2} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {door.queue.map((q) => (
          <Text component="li" key={q.nonce} size="sm" data-testid="recent-queued">
            <Badge size="xs" color="orange" variant="light" mr={6} tt="none">
              {t("checkin.recent.queued")}
            </Badge>
            {q.fullName ?? "—"} · {fmtDateTime(q.scannedAt, { timeZone: pack.timeZone })} · {sessionTitle(q.sessionId)}
          </Text>
        ))}
        {door.synced.slice(0, 10).map((a) => (
          <Text component="li" key={a.scanId + a.nonce} size="sm" data-testid="recent-sent">
            <Badge size="xs" color={a.result === "admitted" ? "green" : "red"} variant="light" mr={6} tt="none">
              {a.result === "admitted" ? t("checkin.recent.admitted") : t(reasonKey(a.reason!))}
            </Badge>
            {a.delegate?.fullName ?? "—"} · {fmtDateTime(a.scannedAt, { timeZone: pack.timeZone })} ·{" "}
            {sessionTitle(a.sessionId)}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
