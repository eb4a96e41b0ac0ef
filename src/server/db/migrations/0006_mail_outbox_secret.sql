ALTER TABLE "mail_outbox" ADD COLUMN "secret" text;--> statement-breakpoint
-- Messages stored before: their links' tokens leave the outbox (the links themselves stay valid until revoked or resent).
UPDATE "mail_outbox" SET "text" = regexp_replace("text", '(/register/link#|/invitation/)[A-Za-z0-9_-]{16,}', '\1[[focal:link]]', 'g');
