/** Filled in below. */
export const vi = {
  "home.title": "home",
};

export const en: Record<keyof typeof vi, string> = {
  "home.title": "home",
};
