CREATE TABLE "badge_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"size" text NOT NULL,
	"selection" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"file_name" text,
	"pdf" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "badges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"issue_number" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"code_hash" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE TABLE "checkin_scans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"nonce" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"session_id" uuid,
	"badge_id" uuid,
	"delegate_id" uuid,
	"result" text NOT NULL,
	"reason" text,
	"scanned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"officer_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "badge_jobs" ADD CONSTRAINT "badge_jobs_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_scans" ADD CONSTRAINT "checkin_scans_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "badge_jobs_meeting_idx" ON "badge_jobs" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "badges_meeting_idx" ON "badges" USING btree ("meeting_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "badges_delegate_issue_key" ON "badges" USING btree ("delegate_id","issue_number");--> statement-breakpoint
CREATE UNIQUE INDEX "badges_one_active_key" ON "badges" USING btree ("delegate_id") WHERE "badges"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "badges_code_hash_key" ON "badges" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_scans_nonce_key" ON "checkin_scans" USING btree ("nonce");--> statement-breakpoint
CREATE INDEX "checkin_scans_meeting_idx" ON "checkin_scans" USING btree ("meeting_id","session_id","result");--> statement-breakpoint
CREATE INDEX "checkin_scans_delegate_idx" ON "checkin_scans" USING btree ("delegate_id");