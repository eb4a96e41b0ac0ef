/** Kept for the registration components' imports: the hook lives in lib/notify (the admin pages use it too). */
export { useNotify } from "../../../lib/notify";
