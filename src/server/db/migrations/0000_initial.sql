CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
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
	"officer_id" uuid NOT NULL,
	"officer_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"topic" text NOT NULL,
	"ref_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"presenter" text,
	"documents" text
);
--> statement-breakpoint
CREATE TABLE "delegate_photos" (
	"delegate_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"etag" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegate_sessions" (
	"delegate_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	CONSTRAINT "delegate_sessions_delegate_id_session_id_pk" PRIMARY KEY("delegate_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "delegates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"honorific" text,
	"gender" text,
	"position" text,
	"organisation" text,
	"role" text DEFAULT 'member' NOT NULL,
	"nationality" text,
	"passport_number" text,
	"passport_expiry" date,
	"date_of_birth" date,
	"email" text,
	"phone" text,
	"arrival_date" date,
	"arrival_time" time,
	"arrival_flight" text,
	"arrival_airport" text,
	"departure_date" date,
	"departure_time" time,
	"departure_flight" text,
	"departure_airport" text,
	"hotel" text,
	"dietary" text,
	"accessibility" text,
	"accreditation_status" text DEFAULT 'pending' NOT NULL,
	"accreditation_reason" text,
	"accredited_at" timestamp with time zone,
	"accredited_by" uuid,
	"sample" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"country" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"category" text NOT NULL,
	"head_delegate_id" uuid,
	"contact_name" text,
	"contact_email" text,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room_id" uuid,
	"chair" text,
	"notes_vi" text,
	"notes_en" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"theme_vi" text,
	"theme_en" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"city_vi" text NOT NULL,
	"city_en" text NOT NULL,
	"time_zone" text NOT NULL,
	"registration_deadline" timestamp with time zone,
	"status" text DEFAULT 'planning' NOT NULL,
	"purge_at" date,
	"purged_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"venue_id" uuid NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"capacity" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_delegations" (
	"session_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	CONSTRAINT "session_delegations_session_id_delegation_id_pk" PRIMARY KEY("session_id","delegation_id")
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"address" text,
	"sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text DEFAULT 'department' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"merged_into" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"unit_id" uuid,
	"organisation" text,
	"password_hash" text,
	"language" text DEFAULT 'vi' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"external" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_import_photos" (
	"import_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "registration_import_photos_import_id_name_pk" PRIMARY KEY("import_id","name")
);
--> statement-breakpoint
CREATE TABLE "registration_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"status" text DEFAULT 'parsing' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" jsonb,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"language" text DEFAULT 'en' NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"user_id" uuid,
	"grant_id" uuid,
	"open_count" integer DEFAULT 0 NOT NULL,
	"last_opened_at" timestamp with time zone,
	"mail_id" uuid,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"delegate_id" uuid,
	"delegate_version" integer,
	"delegate_name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"before" jsonb,
	"photo" "bytea",
	"note" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"proposed_by" uuid,
	"proposed_by_name" text NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"result_delegate_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text NOT NULL,
	"note" text,
	"delegate_count" integer NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_jobs" ADD CONSTRAINT "badge_jobs_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_scans" ADD CONSTRAINT "checkin_scans_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_photos" ADD CONSTRAINT "delegate_photos_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_sessions" ADD CONSTRAINT "delegate_sessions_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_sessions" ADD CONSTRAINT "delegate_sessions_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_head_delegate_id_delegates_id_fk" FOREIGN KEY ("head_delegate_id") REFERENCES "public"."delegates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_sessions" ADD CONSTRAINT "meeting_sessions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_sessions" ADD CONSTRAINT "meeting_sessions_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_delegations" ADD CONSTRAINT "session_delegations_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_delegations" ADD CONSTRAINT "session_delegations_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_merged_into_units_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_import_photos" ADD CONSTRAINT "registration_import_photos_import_id_registration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."registration_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_imports" ADD CONSTRAINT "registration_imports_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_imports" ADD CONSTRAINT "registration_imports_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_links" ADD CONSTRAINT "registration_links_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_links" ADD CONSTRAINT "registration_links_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_proposals" ADD CONSTRAINT "registration_proposals_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_proposals" ADD CONSTRAINT "registration_proposals_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_versions" ADD CONSTRAINT "registration_versions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_versions" ADD CONSTRAINT "registration_versions_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "badge_jobs_meeting_idx" ON "badge_jobs" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "badges_meeting_idx" ON "badges" USING btree ("meeting_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "badges_delegate_issue_key" ON "badges" USING btree ("delegate_id","issue_number");--> statement-breakpoint
CREATE UNIQUE INDEX "badges_one_active_key" ON "badges" USING btree ("delegate_id") WHERE "badges"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "badges_code_hash_key" ON "badges" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_scans_nonce_key" ON "checkin_scans" USING btree ("nonce");--> statement-breakpoint
CREATE INDEX "checkin_scans_meeting_idx" ON "checkin_scans" USING btree ("meeting_id","session_id","result");--> statement-breakpoint
CREATE INDEX "checkin_scans_delegate_idx" ON "checkin_scans" USING btree ("delegate_id");--> statement-breakpoint
CREATE INDEX "mail_created_idx" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "agenda_items_session_idx" ON "agenda_items" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "delegate_sessions_session_idx" ON "delegate_sessions" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "delegates_delegation_idx" ON "delegates" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "delegates_meeting_idx" ON "delegates" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "delegates_search_trgm" ON "delegates" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "delegates_meeting_passport_key" ON "delegates" USING btree ("meeting_id","passport_number") WHERE "delegates"."passport_number" is not null;--> statement-breakpoint
CREATE INDEX "delegations_meeting_idx" ON "delegations" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delegations_meeting_country_key" ON "delegations" USING btree ("meeting_id","country") WHERE "delegations"."country" is not null;--> statement-breakpoint
CREATE INDEX "meeting_sessions_meeting_idx" ON "meeting_sessions" USING btree ("meeting_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_sessions_room_idx" ON "meeting_sessions" USING btree ("room_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_code_key" ON "meetings" USING btree ("code");--> statement-breakpoint
CREATE INDEX "meetings_search_trgm" ON "meetings" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "rooms_meeting_idx" ON "rooms" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "rooms_venue_idx" ON "rooms" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "session_delegations_delegation_idx" ON "session_delegations" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "venues_meeting_idx" ON "venues" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "grants_user_idx" ON "grants" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_unique" ON "grants" USING btree ("user_id","role","scope_kind",coalesce("scope_id", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "units_code_key" ON "units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "units_search_trgm" ON "units" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_search_trgm" ON "users" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "registration_imports_delegation_idx" ON "registration_imports" USING btree ("delegation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_links_token_key" ON "registration_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "registration_links_delegation_idx" ON "registration_links" USING btree ("delegation_id","created_at");--> statement-breakpoint
CREATE INDEX "registration_links_meeting_idx" ON "registration_links" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "registration_proposals_delegation_idx" ON "registration_proposals" USING btree ("delegation_id","status");--> statement-breakpoint
CREATE INDEX "registration_proposals_meeting_idx" ON "registration_proposals" USING btree ("meeting_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_versions_number_key" ON "registration_versions" USING btree ("delegation_id","number");--> statement-breakpoint
CREATE INDEX "registration_versions_meeting_idx" ON "registration_versions" USING btree ("meeting_id");--> statement-breakpoint
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