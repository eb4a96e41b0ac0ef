/** A file as a data URL (base64), the way the API takes files. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === "string" ? r.result : "");
    r.onerror = () => reject(r.error ?? new Error("read"));
    r.readAsDataURL(file);
  });
}

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const photoAccept = "image/jpeg,image/png";
/** JPEG or PNG of at most 2 MB: checked before sending, the server checks again. */
export const photoOk = (f: File) => (f.type === "image/jpeg" || f.type === "image/png") && f.size <= PHOTO_MAX_BYTES;
