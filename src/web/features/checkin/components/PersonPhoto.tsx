import { useEffect, useState } from "react";
import { useI18n } from "../../../lib/i18n";
import { cachedPhoto } from "../offline/photos";

const W = 96;
const H = 120;

/** A neutral silhouette where there is no photo. */
function Placeholder({ label }: { label: string }) {
  return (
    <svg
      width={W}
      height={H}
      viewBox="0 0 96 120"
      role="img"
      aria-label={label}
      style={{ flex: "none", borderRadius: 6 }}
    >
      <rect width="96" height="120" fill="#E4E7EB" />
      <circle cx="48" cy="46" r="21" fill="#A9B1BA" />
      <ellipse cx="48" cy="118" rx="40" ry="40" fill="#A9B1BA" />
    </svg>
  );
}

/** The delegate's photo from the device's store (offline), else from the server when online, else a silhouette. */
export function PersonPhoto({ url, name }: { url: string | null; name: string }) {
  const { t } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    setSrc(null);
    void cachedPhoto(url).then((cached) => {
      if (alive) setSrc(cached ?? (url && navigator.onLine ? url : null));
    });
    return () => {
      alive = false;
    };
  }, [url]);
  if (!src) return <Placeholder label={t("checkin.photo.none", { name })} />;
  return (
    <img
      src={src}
      alt={t("checkin.photo.of", { name })}
      width={W}
      height={H}
      style={{ objectFit: "cover", borderRadius: 6, flex: "none" }}
      onError={() => setSrc(null)}
    />
  );
}
