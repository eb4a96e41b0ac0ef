/** Filled in below. */
export const vi = {
  "auth.title": "auth",
};

export const en: Record<keyof typeof vi, string> = {
  "auth.title": "auth",
};
