ALTER TABLE "meal_events" ADD COLUMN "frozen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meal_events" ADD COLUMN "frozen_roster" jsonb;--> statement-breakpoint
ALTER TABLE "meal_events" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "meal_events" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;