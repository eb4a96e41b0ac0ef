/** Filled in below. */
export const vi = {
  "admin.title": "admin",
};

export const en: Record<keyof typeof vi, string> = {
  "admin.title": "admin",
};
