ALTER TABLE "delegates" ADD COLUMN "name_sort" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "delegates_meeting_name_idx" ON "delegates" USING btree ("meeting_id","name_sort" collate "C","id");--> statement-breakpoint
CREATE INDEX "delegates_delegation_name_idx" ON "delegates" USING btree ("delegation_id","name_sort" collate "C","id");