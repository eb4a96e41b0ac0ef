DROP INDEX "coop_activities_start_idx";--> statement-breakpoint
CREATE INDEX "coop_activities_list_idx" ON "coop_activities" USING btree ("start_date" DESC NULLS LAST,"code" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "coop_activities_countries_gin" ON "coop_activities" USING gin ("countries" jsonb_path_ops);