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
ALTER TABLE "registration_import_photos" ADD CONSTRAINT "registration_import_photos_import_id_registration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."registration_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_imports" ADD CONSTRAINT "registration_imports_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_imports" ADD CONSTRAINT "registration_imports_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_links" ADD CONSTRAINT "registration_links_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_links" ADD CONSTRAINT "registration_links_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_proposals" ADD CONSTRAINT "registration_proposals_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_proposals" ADD CONSTRAINT "registration_proposals_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_versions" ADD CONSTRAINT "registration_versions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_versions" ADD CONSTRAINT "registration_versions_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_imports_delegation_idx" ON "registration_imports" USING btree ("delegation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_links_token_key" ON "registration_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "registration_links_delegation_idx" ON "registration_links" USING btree ("delegation_id","created_at");--> statement-breakpoint
CREATE INDEX "registration_links_meeting_idx" ON "registration_links" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "registration_proposals_delegation_idx" ON "registration_proposals" USING btree ("delegation_id","status");--> statement-breakpoint
CREATE INDEX "registration_proposals_meeting_idx" ON "registration_proposals" USING btree ("meeting_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_versions_number_key" ON "registration_versions" USING btree ("delegation_id","number");--> statement-breakpoint
CREATE INDEX "registration_versions_meeting_idx" ON "registration_versions" USING btree ("meeting_id");