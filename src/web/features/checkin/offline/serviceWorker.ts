/**
 * Registers the check-in page's service worker (served by the API at /api/checkin/sw.js for the scope /checkin/),
 * which keeps the page's files, the signed-in user and the pack available offline. Without service workers (an
 * insecure origin, an old browser) the page still works offline as long as it stays open.
 */
export async function registerCheckinWorker(): Promise<boolean> {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return false;
  try {
    await navigator.serviceWorker.register("/api/checkin/sw.js", { scope: "/checkin/" });
    return true;
  } catch {
    return false;
  }
}
