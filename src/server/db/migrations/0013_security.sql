ALTER TABLE "security_checklists" ADD COLUMN "sample" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "security_checklists" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "security_incidents" ADD COLUMN "reporter" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "security_incidents" ADD COLUMN "sample" boolean DEFAULT false NOT NULL;