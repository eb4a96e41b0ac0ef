CREATE TABLE "badge_job_chunks" (
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "badge_job_chunks_job_id_seq_pk" PRIMARY KEY("job_id","seq")
);
--> statement-breakpoint
ALTER TABLE "delegate_photos" ADD COLUMN "normalised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "delegates" ADD COLUMN "name_sort" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "badge_job_chunks" ADD CONSTRAINT "badge_job_chunks_job_id_badge_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."badge_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_scans_admitted_idx" ON "checkin_scans" USING btree ("delegate_id","session_id","scanned_at") WHERE "checkin_scans"."result" = 'admitted';--> statement-breakpoint
CREATE INDEX "delegate_photos_waiting_idx" ON "delegate_photos" USING btree ("delegate_id") WHERE "delegate_photos"."normalised_at" is null;--> statement-breakpoint
CREATE INDEX "delegates_meeting_name_idx" ON "delegates" USING btree ("meeting_id","name_sort" collate "C","id");--> statement-breakpoint
CREATE INDEX "delegates_delegation_name_idx" ON "delegates" USING btree ("delegation_id","name_sort" collate "C","id");--> statement-breakpoint
ALTER TABLE "badge_jobs" DROP COLUMN "pdf";