ALTER TABLE "liaison_notices" ADD COLUMN "officer_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "liaison_notices" ADD COLUMN "officer_phone" text;--> statement-breakpoint
CREATE INDEX "liaison_notices_delegation_idx" ON "liaison_notices" USING btree ("delegation_id");