DROP INDEX "checkin_scans_meeting_idx";--> statement-breakpoint
CREATE INDEX "delegates_meeting_status_name_idx" ON "delegates" USING btree ("meeting_id","accreditation_status","name_sort" collate "C","id");--> statement-breakpoint
CREATE INDEX "checkin_scans_meeting_idx" ON "checkin_scans" USING btree ("meeting_id","session_id","result","delegate_id","scanned_at");