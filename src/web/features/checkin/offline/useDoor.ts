/**
 * The door's state on this device: the pack (from IndexedDB at once, then refreshed from the server when online),
 * whether the network is there, and the queue of scans waiting to be sent. Scans are sent at once when online;
 * otherwise (or when the request cannot reach the server) they are queued and sent when the network returns.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../../../lib/api";
import { fetchPack, postScan } from "../api/scan";
import type { Pack, ScanAnswer, ScanRequest } from "../api/types";
import { cachePackPhotos } from "./photos";
import { registerCheckinWorker } from "./serviceWorker";
import { dequeue, enqueue, loadPack, queued, savePack, type QueuedScan } from "./store";

export type Sent = { kind: "sent"; answer: ScanAnswer } | { kind: "queued"; scan: QueuedScan };

export interface SyncProblem {
  nonce: string;
  fullName: string | null;
  message: string;
}

const isNetwork = (e: unknown) => e instanceof ApiError && e.status === 0;

export function useDoor(meetingId: string) {
  const [pack, setPack] = useState<Pack | null>(null);
  const [packError, setPackError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [queue, setQueue] = useState<QueuedScan[]>([]);
  const [synced, setSynced] = useState<ScanAnswer[]>([]);
  const [problems, setProblems] = useState<SyncProblem[]>([]);
  const [photos, setPhotos] = useState<{ done: number; total: number } | null>(null);
  const flushing = useRef(false);

  const reloadQueue = useCallback(async () => setQueue(await queued(meetingId)), [meetingId]);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const fresh = await fetchPack(meetingId);
      await savePack(fresh);
      setPack(fresh);
      setPackError(null);
      void cachePackPhotos(fresh, (done, total) => setPhotos({ done, total }));
    } catch (e) {
      setPackError(e);
    } finally {
      setLoading(false);
    }
  }, [meetingId]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const q of await queued(meetingId)) {
        try {
          const answer = await postScan({
            token: q.token,
            sessionId: q.sessionId,
            meetingId: q.meetingId,
            nonce: q.nonce,
            scannedAt: q.scannedAt,
          });
          await dequeue(q.nonce);
          setSynced((s) => [answer, ...s].slice(0, 50));
        } catch (e) {
          if (isNetwork(e)) break;
          // The server refused the request itself (not the badge): keep it visible, do not retry forever.
          await dequeue(q.nonce);
          setProblems((p) => [
            ...p,
            { nonce: q.nonce, fullName: q.fullName, message: e instanceof Error ? e.message : String(e) },
          ]);
        }
      }
    } finally {
      flushing.current = false;
      await reloadQueue();
    }
  }, [meetingId, reloadQueue]);

  useEffect(() => {
    let alive = true;
    void registerCheckinWorker();
    void (async () => {
      const stored = await loadPack(meetingId);
      if (alive && stored) {
        setPack(stored);
        setLoading(false);
      }
      await reloadQueue();
      if (navigator.onLine) await refresh();
      else setLoading(false);
      if (navigator.onLine) await flush();
    })();
    return () => {
      alive = false;
    };
  }, [meetingId, refresh, flush, reloadQueue]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void flush().then(refresh);
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    const timer = setInterval(() => {
      if (navigator.onLine) void flush();
    }, 15_000);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      clearInterval(timer);
    };
  }, [flush, refresh]);

  /** Sends a scan, or queues it when there is no network. */
  const record = useCallback(
    async (
      scan: ScanRequest,
      local: Pick<QueuedScan, "fullName" | "delegateId" | "localResult" | "localReason">,
    ): Promise<Sent> => {
      const queueIt = async (): Promise<Sent> => {
        const q: QueuedScan = { ...scan, ...local, queuedAt: new Date().toISOString() };
        await enqueue(q);
        await reloadQueue();
        return { kind: "queued", scan: q };
      };
      if (!navigator.onLine) return queueIt();
      try {
        const answer = await postScan(scan);
        setSynced((s) => [answer, ...s].slice(0, 50));
        return { kind: "sent", answer };
      } catch (e) {
        if (isNetwork(e)) return queueIt();
        throw e;
      }
    },
    [reloadQueue],
  );

  return { pack, packError, loading, online, queue, synced, problems, photos, refresh, flush, record };
}
