/**
 * What the check-in page keeps on the device, in IndexedDB: the pack per meeting, small photos, and the queue of
 * scans not yet sent. When IndexedDB is unavailable (a private window on some browsers) it keeps them in memory,
 * so the page still works while it stays open.
 */
import type { Pack, ScanRequest } from "../api/types";

const DB = "focal-checkin";
const VERSION = 1;

export interface QueuedScan extends ScanRequest {
  /** When it was queued on this device (for the officer's list). */
  queuedAt: string;
  /** Who was shown (the local verdict), to list the queue meaningfully offline. */
  fullName: string | null;
  /** The badge holder's id when the pack knew them (to tell the officer who is already inside). */
  delegateId?: string | null;
  localResult: "admitted" | "refused";
  localReason: string | null;
}

let opening: Promise<IDBDatabase | null> | null = null;
const memory = {
  packs: new Map<string, Pack>(),
  photos: new Map<string, string>(),
  queue: new Map<string, QueuedScan>(),
};

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB, VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains("packs")) db.createObjectStore("packs", { keyPath: "meetingId" });
        if (!db.objectStoreNames.contains("photos")) db.createObjectStore("photos");
        if (!db.objectStoreNames.contains("queue")) db.createObjectStore("queue", { keyPath: "nonce" });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

function run<T>(store: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        if (!db) return reject(new Error("no IndexedDB"));
        const tx = db.transaction(store, mode);
        const req = fn(tx.objectStore(store));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error ?? new Error("IndexedDB failed"));
      }),
  );
}

export async function loadPack(meetingId: string): Promise<Pack | null> {
  try {
    return (
      (await run<Pack | undefined>("packs", "readonly", (s) => s.get(meetingId) as IDBRequest<Pack | undefined>)) ??
      null
    );
  } catch {
    return memory.packs.get(meetingId) ?? null;
  }
}

export async function savePack(pack: Pack): Promise<void> {
  memory.packs.set(pack.meetingId, pack);
  await run("packs", "readwrite", (s) => s.put(pack)).catch(() => undefined);
}

export async function loadPhoto(key: string): Promise<string | null> {
  try {
    return (
      (await run<string | undefined>("photos", "readonly", (s) => s.get(key) as IDBRequest<string | undefined>)) ?? null
    );
  } catch {
    return memory.photos.get(key) ?? null;
  }
}

export async function savePhoto(key: string, dataUrl: string): Promise<void> {
  memory.photos.set(key, dataUrl);
  await run("photos", "readwrite", (s) => s.put(dataUrl, key)).catch(() => undefined);
}

export async function queued(meetingId: string): Promise<QueuedScan[]> {
  let all: QueuedScan[];
  try {
    all = await run<QueuedScan[]>("queue", "readonly", (s) => s.getAll() as IDBRequest<QueuedScan[]>);
  } catch {
    all = [...memory.queue.values()];
  }
  return all.filter((q) => q.meetingId === meetingId).sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
}

export async function enqueue(scan: QueuedScan): Promise<void> {
  memory.queue.set(scan.nonce, scan);
  await run("queue", "readwrite", (s) => s.put(scan)).catch(() => undefined);
}

export async function dequeue(nonce: string): Promise<void> {
  memory.queue.delete(nonce);
  await run("queue", "readwrite", (s) => s.delete(nonce)).catch(() => undefined);
}
