/**
 * The check-in page's service worker, served at /api/checkin/sw.js with `Service-Worker-Allowed: /checkin/` and
 * registered for the scope /checkin/ only: the rest of the app never runs under it.
 *
 * It keeps the page usable with no network after the first visit: the app shell (index.html and the assets it names)
 * is cached at install with its fonts and the signed-in user; navigations are network-first with the shell as fallback; hashed assets are cache-first;
 * the signed-in user (/api/me) and the check-in pack are network-first with the last good answer as fallback.
 * Scans never go through the cache: the page queues them itself (IndexedDB) and sends them when it is online.
 * Signing out drops the cached user.
 */
export const SERVICE_WORKER_VERSION = "focal-checkin-v2";

export const serviceWorkerSource = String.raw`
const CACHE = "${SERVICE_WORKER_VERSION}";
const SHELL = "/checkin/__shell__";

async function precache() {
  const cache = await caches.open(CACHE);
  const res = await fetch("/checkin/", { credentials: "same-origin" });
  if (!res.ok) return;
  const html = await res.clone().text();
  await cache.put(SHELL, res);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await Promise.all(assets.map((a) => cache.add(a).catch(() => undefined)));
  // The fonts the stylesheets name (Vietnamese and Latin subsets), so text looks the same offline.
  for (const css of assets.filter((a) => a.endsWith(".css"))) {
    const hit = await cache.match(css);
    const text = hit ? await hit.text() : "";
    const fonts = [...text.matchAll(/url\((\/assets\/[^)]+\.woff2)\)/g)].map((m) => m[1]);
    await Promise.all(fonts.map((f) => cache.add(f).catch(() => undefined)));
  }
  // The signed-in user: the page is installed by a signed-in officer, and must know them after an offline reload.
  await cache.add("/api/me").catch(() => undefined);
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().catch(() => undefined).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("focal-checkin-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(key || request, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(key || request);
    if (hit) return hit;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

const cachedApi = [/^\/api\/me$/, /^\/api\/meetings\/[0-9a-f-]+\/checkin\/pack$/];

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === "/api/auth/logout") {
    event.respondWith(
      fetch(request).then(async (res) => {
        const cache = await caches.open(CACHE);
        await cache.delete("/api/me");
        return res;
      }),
    );
    return;
  }
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, SHELL));
    return;
  }
  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (cachedApi.some((re) => re.test(url.pathname))) {
    event.respondWith(networkFirst(request, url.pathname));
  }
});
`;
