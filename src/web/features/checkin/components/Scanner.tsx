/**
 * The camera scanner: the back camera in a small frame, read by the browser's BarcodeDetector where it exists
 * (Android, ChromeOS, macOS) and by jsQR (loaded on first use) elsewhere, e.g. iPhones and Linux. It stops the camera
 * as soon as it has read a code. Typing the code always works without it.
 */
import { useEffect, useRef, useState } from "react";
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

async function makeReader(): Promise<(video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string | null>> {
  const Ctor = (
    window as unknown as { BarcodeDetector?: DetectorCtor & { getSupportedFormats?: () => Promise<string[]> } }
  ).BarcodeDetector;
  if (Ctor && (await Ctor.getSupportedFormats?.())?.includes("qr_code")) {
    const detector = new Ctor({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import("jsqr");
  return async (video, canvas) => {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!w || !h) return null;
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    ctx.drawImage(video, 0, 0, w, h);
    return jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

export function Scanner({ onCode, onClose }: { onCode: (text: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(onCode);
  done.current = onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error("no camera");
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const read = await makeReader();
        const tick = async () => {
          if (stopped || !video.current || !canvas.current) return;
          const text = await read(video.current, canvas.current).catch(() => null);
          if (text) done.current(text);
          else timer = setTimeout(() => void tick(), 200);
        };
        void tick();
      } catch {
        setError("checkin.camera.unavailable");
      }
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, []);

  return (
    <Stack gap="xs">
      {error ? (
        <Alert color="orange" role="alert">
          {t("checkin.camera.unavailable")}
        </Alert>
      ) : (
        <>
          <video
            ref={video}
            muted
            playsInline
            aria-label={t("checkin.camera.label")}
            style={{ width: "100%", maxHeight: 280, objectFit: "cover", borderRadius: 8, background: "#111" }}
          />
          <Text size="sm" c="dimmed">
            {t("checkin.camera.hint")}
          </Text>
        </>
      )}
      <canvas ref={canvas} hidden />
      <Button variant="default" onClick={onClose}>
        {t("checkin.camera.stop")}
      </Button>
    </Stack>
  );
}
