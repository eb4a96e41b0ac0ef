import { Type, type Static } from "typebox";
import { Nullable, StringEnum } from "./common.js";

/** The outbox's records as the server sends them and the admin page reads them (decision 013). */

export const mailLinkKinds = ["registration_link", "invitation"] as const;
export const mailLinkStates = ["active", "expired", "revoked", "used"] as const;
export const mailModes = ["smtp", "outbox"] as const;

/** For a message that carried a registration or invitation link: whether it still works (never the link itself). */
export const MailLink = Type.Object({
  kind: StringEnum(mailLinkKinds),
  state: StringEnum(mailLinkStates),
  canResend: Type.Boolean(),
  canRevoke: Type.Boolean(),
});

export const MailMessage = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  /** The text with any link replaced by "[link hidden]": the outbox never hands out a live token. */
  text: Type.String(),
  status: Type.String(),
  topic: Type.String(),
  error: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
  /** For a message that carried a registration or invitation link: whether it still works, and what may be done. */
  link: Nullable(MailLink),
});

/** The outbox: whether mail goes out by SMTP or waits here (`mode`: "smtp" or "outbox"), and the messages. */
export const Outbox = Type.Object({ mode: Type.String(), messages: Type.Array(MailMessage) });

export type MailLink = Static<typeof MailLink>;
export type MailMessage = Static<typeof MailMessage>;
export type MailMode = (typeof mailModes)[number];
/** The outbox as the web reads it: `mode` is one of `mailModes`. */
export type Outbox = Omit<Static<typeof Outbox>, "mode"> & { mode: MailMode };
