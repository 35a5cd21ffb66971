CREATE TABLE "product_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"default_minutes" integer DEFAULT 60 NOT NULL,
	"requires_certificate" boolean DEFAULT false NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "technician_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"name" text NOT NULL,
	"number" text,
	"expires_on" date NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "technician_days_off" (
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "technician_days_off_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "technician_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"base_label" text,
	"base_lat" double precision,
	"base_lng" double precision,
	"shift_start" integer DEFAULT 510 NOT NULL,
	"shift_end" integer DEFAULT 1050 NOT NULL,
	"work_days" integer[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"last_lat" double precision,
	"last_lng" double precision,
	"last_seen_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "technician_skills" (
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "technician_skills_user_id_category_id_pk" PRIMARY KEY("user_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "dispatch_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"status" text NOT NULL,
	"seed" integer NOT NULL,
	"time_limit_ms" integer NOT NULL,
	"plan" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_by" uuid,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "lng" double precision;--> statement-breakpoint
ALTER TABLE "hotline_calls" ADD COLUMN "category_id" uuid;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "category_id" uuid;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "required_level" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "estimated_minutes" integer;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "lng" double precision;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "window_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "window_end" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "window_agreed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "planned_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "route_sequence" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "product_categories_code_key" ON "product_categories" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "technician_certificates_user_idx" ON "technician_certificates" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "dispatch_plans_day_idx" ON "dispatch_plans" USING btree ("tenant_id","day");--> statement-breakpoint
CREATE INDEX "work_orders_tenant_planned_idx" ON "work_orders" USING btree ("tenant_id","technician_id","planned_start");