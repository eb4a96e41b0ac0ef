CREATE TABLE "coop_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text,
	"countries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"place" text,
	"mode" text DEFAULT 'in_person' NOT NULL,
	"leader_name" text,
	"leader_rank" text,
	"funding_source" text,
	"funding_estimate" bigint,
	"purpose" text,
	"expected_results" text,
	"plan_item_id" uuid,
	"out_of_plan_reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rule_id" text,
	"rule_version" integer,
	"current_step" integer,
	"lead_required" integer,
	"lead_available" integer,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"results_due_on" date,
	"results" text,
	"follow_up" text,
	"results_reported_at" timestamp with time zone,
	"results_reminder_sent_at" timestamp with time zone,
	"created_by" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop_activity_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"unit_id" uuid,
	"position" text,
	"user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "coop_activity_partners" (
	"activity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "coop_activity_partners_activity_id_partner_id_pk" PRIMARY KEY("activity_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "coop_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop_partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"country" text,
	"active" boolean DEFAULT true NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop_plan_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text,
	"countries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partner_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"month_from" integer,
	"month_to" integer,
	"leader_rank" text,
	"member_count" integer,
	"funding_source" text,
	"funding_estimate" bigint,
	"pm_approved" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"note" text,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"approved_by" uuid,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop_route_steps" (
	"activity_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	"step" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision" text,
	"comment" text,
	"document_number" text,
	CONSTRAINT "coop_route_steps_activity_id_idx_pk" PRIMARY KEY("activity_id","idx")
);
--> statement-breakpoint
CREATE TABLE "coop_rule_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coop_step_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	"step" text NOT NULL,
	"round" integer NOT NULL,
	"decision" text NOT NULL,
	"comment" text,
	"document_number" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coop_activities" ADD CONSTRAINT "coop_activities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_activities" ADD CONSTRAINT "coop_activities_plan_item_id_coop_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."coop_plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_activities" ADD CONSTRAINT "coop_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_activity_members" ADD CONSTRAINT "coop_activity_members_activity_id_coop_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."coop_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_activity_members" ADD CONSTRAINT "coop_activity_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_activity_members" ADD CONSTRAINT "coop_activity_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_activity_partners" ADD CONSTRAINT "coop_activity_partners_activity_id_coop_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."coop_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_activity_partners" ADD CONSTRAINT "coop_activity_partners_partner_id_coop_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."coop_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_attachments" ADD CONSTRAINT "coop_attachments_activity_id_coop_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."coop_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_attachments" ADD CONSTRAINT "coop_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_plan_items" ADD CONSTRAINT "coop_plan_items_plan_id_coop_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."coop_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_plan_items" ADD CONSTRAINT "coop_plan_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_plans" ADD CONSTRAINT "coop_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_route_steps" ADD CONSTRAINT "coop_route_steps_activity_id_coop_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."coop_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_route_steps" ADD CONSTRAINT "coop_route_steps_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_rule_versions" ADD CONSTRAINT "coop_rule_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_step_log" ADD CONSTRAINT "coop_step_log_activity_id_coop_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."coop_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coop_step_log" ADD CONSTRAINT "coop_step_log_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coop_activities_code_key" ON "coop_activities" USING btree ("code");--> statement-breakpoint
CREATE INDEX "coop_activities_unit_idx" ON "coop_activities" USING btree ("unit_id","start_date");--> statement-breakpoint
CREATE INDEX "coop_activities_start_idx" ON "coop_activities" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "coop_activities_status_idx" ON "coop_activities" USING btree ("status");--> statement-breakpoint
CREATE INDEX "coop_activities_plan_item_idx" ON "coop_activities" USING btree ("plan_item_id");--> statement-breakpoint
CREATE INDEX "coop_activities_search_trgm" ON "coop_activities" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "coop_activity_members_activity_idx" ON "coop_activity_members" USING btree ("activity_id","seq");--> statement-breakpoint
CREATE INDEX "coop_activity_partners_partner_idx" ON "coop_activity_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "coop_attachments_activity_idx" ON "coop_attachments" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "coop_partners_country_idx" ON "coop_partners" USING btree ("country");--> statement-breakpoint
CREATE INDEX "coop_partners_search_trgm" ON "coop_partners" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "coop_plan_items_plan_idx" ON "coop_plan_items" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "coop_plan_items_unit_year_idx" ON "coop_plan_items" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "coop_plan_items_search_trgm" ON "coop_plan_items" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "coop_plans_year_key" ON "coop_plans" USING btree ("year");--> statement-breakpoint
CREATE INDEX "coop_route_steps_waiting_idx" ON "coop_route_steps" USING btree ("step","status");--> statement-breakpoint
CREATE INDEX "coop_step_log_activity_idx" ON "coop_step_log" USING btree ("activity_id","decided_at");