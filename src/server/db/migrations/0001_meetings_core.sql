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
CREATE INDEX "venues_meeting_idx" ON "venues" USING btree ("meeting_id");