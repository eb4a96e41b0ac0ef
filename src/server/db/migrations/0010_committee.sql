CREATE TABLE "committee_contingencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"session_id" uuid,
	"kind" text DEFAULT 'other' NOT NULL,
	"situation_vi" text NOT NULL,
	"situation_en" text DEFAULT '' NOT NULL,
	"trigger" text DEFAULT '' NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"responsible_id" uuid,
	"inform_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"inform_other" text,
	"resources" text,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_cue_contingencies" (
	"cue_id" uuid NOT NULL,
	"contingency_id" uuid NOT NULL,
	CONSTRAINT "committee_cue_contingencies_cue_id_contingency_id_pk" PRIMARY KEY("cue_id","contingency_id")
);
--> statement-breakpoint
CREATE TABLE "committee_cues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"what_vi" text NOT NULL,
	"what_en" text DEFAULT '' NOT NULL,
	"who_vi" text DEFAULT '' NOT NULL,
	"who_en" text DEFAULT '' NOT NULL,
	"responsible_id" uuid,
	"room_id" uuid,
	"place_vi" text,
	"place_en" text,
	"needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs_other" text,
	"notes" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"delay_minutes" integer,
	"status_at" timestamp with time zone,
	"status_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_live_revisions" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"agency_vi" text NOT NULL,
	"agency_en" text DEFAULT '' NOT NULL,
	"position" text,
	"phone" text,
	"email" text,
	"user_id" uuid,
	"committee_role" text DEFAULT 'member' NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_script_prints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"lang" text NOT NULL,
	"cues" jsonb NOT NULL,
	"printed_by" uuid,
	"printed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_seats" (
	"subcommittee_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_seats_subcommittee_id_member_id_pk" PRIMARY KEY("subcommittee_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "committee_subcommittees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"key" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"remit_vi" text,
	"remit_en" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_task_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_by" uuid,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "committee_task_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"mentions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_task_deps" (
	"task_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "committee_task_deps_task_id_depends_on_id_pk" PRIMARY KEY("task_id","depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "committee_task_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_task_helpers" (
	"task_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "committee_task_helpers_task_id_member_id_pk" PRIMARY KEY("task_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "committee_task_links" (
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	CONSTRAINT "committee_task_links_task_id_kind_target_id_pk" PRIMARY KEY("task_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "committee_task_status_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp with time zone,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" uuid
);
--> statement-breakpoint
CREATE TABLE "committee_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"subcommittee_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_id" uuid,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'not_started' NOT NULL,
	"blocked_reason" text,
	"priority" text DEFAULT 'normal' NOT NULL,
	"board_position" integer DEFAULT 0 NOT NULL,
	"done_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_template_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"subcommittee_key" text,
	"subcommittee_name" text,
	"title" text NOT NULL,
	"description" text,
	"priority" text DEFAULT 'normal' NOT NULL,
	"days_before" integer,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"depends_on" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"from_meeting_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "committee_contingencies" ADD CONSTRAINT "committee_contingencies_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_contingencies" ADD CONSTRAINT "committee_contingencies_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_contingencies" ADD CONSTRAINT "committee_contingencies_responsible_id_committee_members_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."committee_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_cue_contingencies" ADD CONSTRAINT "committee_cue_contingencies_cue_id_committee_cues_id_fk" FOREIGN KEY ("cue_id") REFERENCES "public"."committee_cues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_cue_contingencies" ADD CONSTRAINT "committee_cue_contingencies_contingency_id_committee_contingencies_id_fk" FOREIGN KEY ("contingency_id") REFERENCES "public"."committee_contingencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_cues" ADD CONSTRAINT "committee_cues_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_cues" ADD CONSTRAINT "committee_cues_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_cues" ADD CONSTRAINT "committee_cues_responsible_id_committee_members_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."committee_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_cues" ADD CONSTRAINT "committee_cues_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_cues" ADD CONSTRAINT "committee_cues_status_by_users_id_fk" FOREIGN KEY ("status_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_live_revisions" ADD CONSTRAINT "committee_live_revisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_script_prints" ADD CONSTRAINT "committee_script_prints_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_script_prints" ADD CONSTRAINT "committee_script_prints_printed_by_users_id_fk" FOREIGN KEY ("printed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_seats" ADD CONSTRAINT "committee_seats_subcommittee_id_committee_subcommittees_id_fk" FOREIGN KEY ("subcommittee_id") REFERENCES "public"."committee_subcommittees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_seats" ADD CONSTRAINT "committee_seats_member_id_committee_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."committee_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_subcommittees" ADD CONSTRAINT "committee_subcommittees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_checks" ADD CONSTRAINT "committee_task_checks_task_id_committee_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_checks" ADD CONSTRAINT "committee_task_checks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_comments" ADD CONSTRAINT "committee_task_comments_task_id_committee_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_comments" ADD CONSTRAINT "committee_task_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_deps" ADD CONSTRAINT "committee_task_deps_task_id_committee_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_deps" ADD CONSTRAINT "committee_task_deps_depends_on_id_committee_tasks_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_files" ADD CONSTRAINT "committee_task_files_task_id_committee_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_files" ADD CONSTRAINT "committee_task_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_helpers" ADD CONSTRAINT "committee_task_helpers_task_id_committee_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_helpers" ADD CONSTRAINT "committee_task_helpers_member_id_committee_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."committee_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_links" ADD CONSTRAINT "committee_task_links_task_id_committee_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_status_log" ADD CONSTRAINT "committee_task_status_log_task_id_committee_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."committee_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_task_status_log" ADD CONSTRAINT "committee_task_status_log_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_tasks" ADD CONSTRAINT "committee_tasks_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_tasks" ADD CONSTRAINT "committee_tasks_subcommittee_id_committee_subcommittees_id_fk" FOREIGN KEY ("subcommittee_id") REFERENCES "public"."committee_subcommittees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_tasks" ADD CONSTRAINT "committee_tasks_owner_id_committee_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."committee_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_tasks" ADD CONSTRAINT "committee_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_template_items" ADD CONSTRAINT "committee_template_items_template_id_committee_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."committee_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_templates" ADD CONSTRAINT "committee_templates_from_meeting_id_meetings_id_fk" FOREIGN KEY ("from_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_templates" ADD CONSTRAINT "committee_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_contingencies_meeting_idx" ON "committee_contingencies" USING btree ("meeting_id","session_id");--> statement-breakpoint
CREATE INDEX "committee_cue_contingencies_plan_idx" ON "committee_cue_contingencies" USING btree ("contingency_id");--> statement-breakpoint
CREATE INDEX "committee_cues_session_idx" ON "committee_cues" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "committee_cues_meeting_idx" ON "committee_cues" USING btree ("meeting_id","at");--> statement-breakpoint
CREATE INDEX "committee_members_meeting_idx" ON "committee_members" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_members_user_key" ON "committee_members" USING btree ("meeting_id","user_id") WHERE "committee_members"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "committee_members_search_trgm" ON "committee_members" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "committee_script_prints_revision_key" ON "committee_script_prints" USING btree ("session_id","revision");--> statement-breakpoint
CREATE INDEX "committee_seats_member_idx" ON "committee_seats" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_seats_one_head" ON "committee_seats" USING btree ("subcommittee_id") WHERE "committee_seats"."role" = 'head';--> statement-breakpoint
CREATE INDEX "committee_subcommittees_meeting_idx" ON "committee_subcommittees" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_subcommittees_key" ON "committee_subcommittees" USING btree ("meeting_id","key");--> statement-breakpoint
CREATE INDEX "committee_task_checks_task_idx" ON "committee_task_checks" USING btree ("task_id","position");--> statement-breakpoint
CREATE INDEX "committee_task_comments_task_idx" ON "committee_task_comments" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "committee_task_deps_depends_idx" ON "committee_task_deps" USING btree ("depends_on_id");--> statement-breakpoint
CREATE INDEX "committee_task_files_task_idx" ON "committee_task_files" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "committee_task_helpers_member_idx" ON "committee_task_helpers" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "committee_task_links_target_idx" ON "committee_task_links" USING btree ("kind","target_id");--> statement-breakpoint
CREATE INDEX "committee_task_status_log_task_idx" ON "committee_task_status_log" USING btree ("task_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_tasks_number_key" ON "committee_tasks" USING btree ("meeting_id","number");--> statement-breakpoint
CREATE INDEX "committee_tasks_meeting_idx" ON "committee_tasks" USING btree ("meeting_id","status","due_at");--> statement-breakpoint
CREATE INDEX "committee_tasks_subcommittee_idx" ON "committee_tasks" USING btree ("subcommittee_id");--> statement-breakpoint
CREATE INDEX "committee_tasks_owner_idx" ON "committee_tasks" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "committee_tasks_search_trgm" ON "committee_tasks" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "committee_template_items_template_idx" ON "committee_template_items" USING btree ("template_id","position");