CREATE TABLE "target_period_locks" (
	"scheme_id" uuid NOT NULL,
	"period" integer NOT NULL,
	"reason" text,
	"locked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_by" text NOT NULL,
	CONSTRAINT "target_period_locks_scheme_id_period_pk" PRIMARY KEY("scheme_id","period")
);
--> statement-breakpoint
ALTER TABLE "target_period_locks" ADD CONSTRAINT "target_period_locks_scheme_id_target_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."target_schemes"("id") ON DELETE no action ON UPDATE no action;