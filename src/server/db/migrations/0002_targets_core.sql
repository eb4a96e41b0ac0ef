CREATE TABLE "target_agencies" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"successor_code" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scheme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"numerator_label_vi" text NOT NULL,
	"numerator_label_en" text NOT NULL,
	"denominator_label_vi" text,
	"denominator_label_en" text,
	"baseline_percent" double precision NOT NULL,
	"baseline_date" date NOT NULL,
	"target_percent" double precision NOT NULL,
	"deadline" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_report_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_name" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_report_values" (
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"numerator" integer,
	"denominator" integer,
	"achieved" boolean,
	"achieved_on" date,
	CONSTRAINT "target_report_values_report_id_indicator_id_pk" PRIMARY KEY("report_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "target_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scheme_id" uuid NOT NULL,
	"agency_code" text NOT NULL,
	"period" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text,
	"return_comment" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_schemes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"decision_no" text NOT NULL,
	"decision_date" date NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_schemes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "workplan_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workplan_id" uuid NOT NULL,
	"code" text,
	"title_vi" text,
	"title_en" text NOT NULL,
	"leads" jsonb NOT NULL,
	"co_leads" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"planned_years" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"status_on" date NOT NULL,
	"proposed_by" text,
	"proposed_on" date,
	"adopted_at" text,
	"adopted_on" date,
	"adopted_meeting_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workplan_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workplan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"as_of" date NOT NULL,
	"data" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workplan_status_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"workplan_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"from_status" text,
	"status" text NOT NULL,
	"effective_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workplans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"members" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "target_agencies" ADD CONSTRAINT "target_agencies_successor_code_target_agencies_code_fk" FOREIGN KEY ("successor_code") REFERENCES "public"."target_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_indicators" ADD CONSTRAINT "target_indicators_scheme_id_target_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."target_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_report_events" ADD CONSTRAINT "target_report_events_report_id_target_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."target_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_report_values" ADD CONSTRAINT "target_report_values_report_id_target_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."target_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_report_values" ADD CONSTRAINT "target_report_values_indicator_id_target_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."target_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_reports" ADD CONSTRAINT "target_reports_scheme_id_target_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."target_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_reports" ADD CONSTRAINT "target_reports_agency_code_target_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."target_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_activities" ADD CONSTRAINT "workplan_activities_workplan_id_workplans_id_fk" FOREIGN KEY ("workplan_id") REFERENCES "public"."workplans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_snapshots" ADD CONSTRAINT "workplan_snapshots_workplan_id_workplans_id_fk" FOREIGN KEY ("workplan_id") REFERENCES "public"."workplans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_status_changes" ADD CONSTRAINT "workplan_status_changes_activity_id_workplan_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."workplan_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_status_changes" ADD CONSTRAINT "workplan_status_changes_workplan_id_workplans_id_fk" FOREIGN KEY ("workplan_id") REFERENCES "public"."workplans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_agencies_successor_idx" ON "target_agencies" USING btree ("successor_code");--> statement-breakpoint
CREATE INDEX "target_agencies_search_trgm" ON "target_agencies" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "target_indicators_code_key" ON "target_indicators" USING btree ("scheme_id","code");--> statement-breakpoint
CREATE INDEX "target_report_events_report_idx" ON "target_report_events" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "target_reports_key" ON "target_reports" USING btree ("scheme_id","agency_code","period");--> statement-breakpoint
CREATE INDEX "target_reports_status_idx" ON "target_reports" USING btree ("scheme_id","status");--> statement-breakpoint
CREATE INDEX "workplan_activities_plan_idx" ON "workplan_activities" USING btree ("workplan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workplan_activities_code_key" ON "workplan_activities" USING btree ("workplan_id","code");--> statement-breakpoint
CREATE INDEX "workplan_activities_search_trgm" ON "workplan_activities" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "workplan_snapshots_name_key" ON "workplan_snapshots" USING btree ("workplan_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "workplan_status_changes_seq_key" ON "workplan_status_changes" USING btree ("activity_id","seq");--> statement-breakpoint
CREATE INDEX "workplan_status_changes_plan_idx" ON "workplan_status_changes" USING btree ("workplan_id","effective_on");--> statement-breakpoint
CREATE UNIQUE INDEX "workplans_code_key" ON "workplans" USING btree ("code");