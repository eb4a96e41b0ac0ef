CREATE TABLE "health_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"kind" text DEFAULT 'event' NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"what" text NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"follow_up" text,
	"screening" jsonb,
	"share_needs_attention" boolean DEFAULT false NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_scenarios" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_attendance" (
	"training_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	CONSTRAINT "liaison_attendance_training_id_officer_id_pk" PRIMARY KEY("training_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "liaison_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"officer_id" uuid,
	"to_email" text NOT NULL,
	"officer_name" text DEFAULT '' NOT NULL,
	"officer_phone" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" uuid
);
--> statement-breakpoint
CREATE TABLE "liaison_officers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text DEFAULT 'liaison' NOT NULL,
	"full_name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"user_id" uuid,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"available_days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"sample" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_trainings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lodging_blocks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hotel_id" uuid NOT NULL,
	"night" date NOT NULL,
	"room_type" text NOT NULL,
	"rooms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lodging_hotels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"contract_from" date NOT NULL,
	"contract_to" date NOT NULL,
	"needs_passports" boolean DEFAULT false NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lodging_stays" (
	"delegate_id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"hotel_id" uuid NOT NULL,
	"room_type" text NOT NULL,
	"room_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logistics_change_acks" (
	"change_id" uuid NOT NULL,
	"area" text NOT NULL,
	"ack_by" uuid,
	"ack_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "logistics_change_acks_change_id_area_pk" PRIMARY KEY("change_id","area")
);
--> statement-breakpoint
CREATE TABLE "logistics_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"delegate_id" uuid,
	"delegate_name" text NOT NULL,
	"delegation_id" uuid,
	"kind" text NOT NULL,
	"areas" jsonb NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logistics_settings" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"transfer_window_minutes" integer DEFAULT 60 NOT NULL,
	"liaison_notice_days" integer DEFAULT 7 NOT NULL,
	"shuttle_minutes" integer DEFAULT 30 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meal_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"cutoff_at" timestamp with time zone,
	"frozen_counts" jsonb,
	"frozen_at" timestamp with time zone,
	"frozen_roster" jsonb,
	"sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meal_sessions" (
	"meal_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	CONSTRAINT "meal_sessions_meal_id_session_id_pk" PRIMARY KEY("meal_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "security_checklists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"place_kind" text NOT NULL,
	"venue_id" uuid,
	"hotel_id" uuid,
	"template_key" text,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_incidents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"what" text NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"reported_by" uuid,
	"reporter" text DEFAULT '' NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"checklist_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text_vi" text NOT NULL,
	"text_en" text DEFAULT '' NOT NULL,
	"responsible" text,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"evidence_note" text,
	"evidence_type" text,
	"evidence" "bytea",
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"signed_off_at" timestamp with time zone,
	"signed_off_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer_allocations" (
	"meeting_id" uuid NOT NULL,
	"transfer_key" text NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfer_allocations_transfer_key_vehicle_id_pk" PRIMARY KEY("transfer_key","vehicle_id")
);
--> statement-breakpoint
CREATE TABLE "transfer_vehicles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"label" text NOT NULL,
	"kind" text DEFAULT 'car' NOT NULL,
	"seats" integer NOT NULL,
	"driver_name" text,
	"driver_phone" text,
	"plate" text,
	"sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "health_entries" ADD CONSTRAINT "health_entries_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_entries" ADD CONSTRAINT "health_entries_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_entries" ADD CONSTRAINT "health_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_scenarios" ADD CONSTRAINT "health_scenarios_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_assignments" ADD CONSTRAINT "liaison_assignments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_assignments" ADD CONSTRAINT "liaison_assignments_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_assignments" ADD CONSTRAINT "liaison_assignments_officer_id_liaison_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."liaison_officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_attendance" ADD CONSTRAINT "liaison_attendance_training_id_liaison_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."liaison_trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_attendance" ADD CONSTRAINT "liaison_attendance_officer_id_liaison_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."liaison_officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_notices" ADD CONSTRAINT "liaison_notices_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_notices" ADD CONSTRAINT "liaison_notices_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_notices" ADD CONSTRAINT "liaison_notices_officer_id_liaison_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."liaison_officers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_notices" ADD CONSTRAINT "liaison_notices_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_officers" ADD CONSTRAINT "liaison_officers_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_officers" ADD CONSTRAINT "liaison_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_trainings" ADD CONSTRAINT "liaison_trainings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lodging_blocks" ADD CONSTRAINT "lodging_blocks_hotel_id_lodging_hotels_id_fk" FOREIGN KEY ("hotel_id") REFERENCES "public"."lodging_hotels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lodging_hotels" ADD CONSTRAINT "lodging_hotels_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lodging_stays" ADD CONSTRAINT "lodging_stays_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lodging_stays" ADD CONSTRAINT "lodging_stays_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lodging_stays" ADD CONSTRAINT "lodging_stays_hotel_id_lodging_hotels_id_fk" FOREIGN KEY ("hotel_id") REFERENCES "public"."lodging_hotels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_change_acks" ADD CONSTRAINT "logistics_change_acks_change_id_logistics_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."logistics_changes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_change_acks" ADD CONSTRAINT "logistics_change_acks_ack_by_users_id_fk" FOREIGN KEY ("ack_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_changes" ADD CONSTRAINT "logistics_changes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_changes" ADD CONSTRAINT "logistics_changes_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_changes" ADD CONSTRAINT "logistics_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_settings" ADD CONSTRAINT "logistics_settings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_events" ADD CONSTRAINT "meal_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_sessions" ADD CONSTRAINT "meal_sessions_meal_id_meal_events_id_fk" FOREIGN KEY ("meal_id") REFERENCES "public"."meal_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_sessions" ADD CONSTRAINT "meal_sessions_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_checklists" ADD CONSTRAINT "security_checklists_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_checklists" ADD CONSTRAINT "security_checklists_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_checklists" ADD CONSTRAINT "security_checklists_hotel_id_lodging_hotels_id_fk" FOREIGN KEY ("hotel_id") REFERENCES "public"."lodging_hotels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_incidents" ADD CONSTRAINT "security_incidents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_incidents" ADD CONSTRAINT "security_incidents_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_items" ADD CONSTRAINT "security_items_checklist_id_security_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."security_checklists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_items" ADD CONSTRAINT "security_items_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_items" ADD CONSTRAINT "security_items_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_allocations" ADD CONSTRAINT "transfer_allocations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_allocations" ADD CONSTRAINT "transfer_allocations_vehicle_id_transfer_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."transfer_vehicles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_vehicles" ADD CONSTRAINT "transfer_vehicles_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "health_entries_delegate_idx" ON "health_entries" USING btree ("delegate_id");--> statement-breakpoint
CREATE INDEX "health_entries_meeting_idx" ON "health_entries" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_assignments_delegation_key" ON "liaison_assignments" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "liaison_notices_delegation_idx" ON "liaison_notices" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "liaison_officers_meeting_idx" ON "liaison_officers" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lodging_blocks_key" ON "lodging_blocks" USING btree ("hotel_id","night","room_type");--> statement-breakpoint
CREATE INDEX "lodging_stays_hotel_idx" ON "lodging_stays" USING btree ("hotel_id");--> statement-breakpoint
CREATE INDEX "logistics_changes_meeting_idx" ON "logistics_changes" USING btree ("meeting_id","changed_at");--> statement-breakpoint
CREATE INDEX "security_checklists_meeting_idx" ON "security_checklists" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "security_incidents_meeting_idx" ON "security_incidents" USING btree ("meeting_id","at");--> statement-breakpoint
CREATE INDEX "security_items_checklist_idx" ON "security_items" USING btree ("checklist_id");--> statement-breakpoint
CREATE INDEX "transfer_allocations_meeting_idx" ON "transfer_allocations" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "transfer_vehicles_meeting_idx" ON "transfer_vehicles" USING btree ("meeting_id");