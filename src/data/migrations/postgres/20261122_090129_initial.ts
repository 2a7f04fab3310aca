import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_themes_colour" AS ENUM('rood', 'groen', 'geel', 'paars', 'blauw', 'magenta');
  CREATE TYPE "public"."enum_themes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__themes_v_version_colour" AS ENUM('rood', 'groen', 'geel', 'paars', 'blauw', 'magenta');
  CREATE TYPE "public"."enum__themes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_topics_content_status" AS ENUM('gepubliceerd', 'in-ontwikkeling');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_version_content_status" AS ENUM('gepubliceerd', 'in-ontwikkeling');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_materials_phases" AS ENUM('0', '1', '2', '3');
  CREATE TYPE "public"."enum_materials_education_levels" AS ENUM('kleuteronderwijs', 'lager-onderwijs', 'secundair-onderwijs', 'buitengewoon-onderwijs', 'volwassenenonderwijs');
  CREATE TYPE "public"."enum_materials_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TYPE "public"."enum_materials_source_type" AS ENUM('sts-netwerk', 'plg-ankerfiguren', 'academici-onderzoek', 'overheid', 'netwerkpartner', 'onderwijspartner', 'andere');
  CREATE TYPE "public"."enum_materials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__materials_v_version_phases" AS ENUM('0', '1', '2', '3');
  CREATE TYPE "public"."enum__materials_v_version_education_levels" AS ENUM('kleuteronderwijs', 'lager-onderwijs', 'secundair-onderwijs', 'buitengewoon-onderwijs', 'volwassenenonderwijs');
  CREATE TYPE "public"."enum__materials_v_version_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TYPE "public"."enum__materials_v_version_source_type" AS ENUM('sts-netwerk', 'plg-ankerfiguren', 'academici-onderzoek', 'overheid', 'netwerkpartner', 'onderwijspartner', 'andere');
  CREATE TYPE "public"."enum__materials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_practices_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TYPE "public"."enum_practices_phases" AS ENUM('0', '1', '2', '3');
  CREATE TYPE "public"."enum_practices_education_levels" AS ENUM('kleuteronderwijs', 'lager-onderwijs', 'secundair-onderwijs', 'buitengewoon-onderwijs', 'volwassenenonderwijs');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_version_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TYPE "public"."enum__practices_v_version_phases" AS ENUM('0', '1', '2', '3');
  CREATE TYPE "public"."enum__practices_v_version_education_levels" AS ENUM('kleuteronderwijs', 'lager-onderwijs', 'secundair-onderwijs', 'buitengewoon-onderwijs', 'volwassenenonderwijs');
  CREATE TYPE "public"."enum__practices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_partners_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TYPE "public"."enum_partners_type" AS ENUM('clb', 'naft-aanbieder', 'welzijn-jeugdhulp', 'werk', 'lokaal-bestuur', 'onderwijs', 'netwerk-overleg', 'overheid', 'andere');
  CREATE TYPE "public"."enum_partners_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partners_v_version_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TYPE "public"."enum__partners_v_version_type" AS ENUM('clb', 'naft-aanbieder', 'welzijn-jeugdhulp', 'werk', 'lokaal-bestuur', 'onderwijs', 'netwerk-overleg', 'overheid', 'andere');
  CREATE TYPE "public"."enum__partners_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('beheerder', 'redacteur', 'auteur');
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"intro" jsonb,
  	"colour" "enum_themes_colour",
  	"order" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_themes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_themes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_intro" jsonb,
  	"version_colour" "enum__themes_v_version_colour",
  	"version_order" numeric DEFAULT 1,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__themes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "topics_insights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"source" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "topics_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "topics_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"theme_id" integer,
  	"summary" varchar,
  	"why" jsonb,
  	"gradient" boolean DEFAULT false,
  	"content_status" "enum_topics_content_status" DEFAULT 'in-ontwikkeling',
  	"last_reviewed" timestamp(3) with time zone,
  	"order" numeric DEFAULT 1,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_topics_v_version_insights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"source" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_version_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_theme_id" integer,
  	"version_summary" varchar,
  	"version_why" jsonb,
  	"version_gradient" boolean DEFAULT false,
  	"version_content_status" "enum__topics_v_version_content_status" DEFAULT 'in-ontwikkeling',
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_order" numeric DEFAULT 1,
  	"version_parent_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "materials_phases" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_materials_phases",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "materials_education_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_materials_education_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "materials_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_materials_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"file_id" integer,
  	"external_url" varchar,
  	"source_type" "enum_materials_source_type",
  	"publisher" varchar,
  	"published_date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_materials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "materials_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"categories_id" integer
  );
  
  CREATE TABLE "_materials_v_version_phases" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__materials_v_version_phases",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_materials_v_version_education_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__materials_v_version_education_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_materials_v_version_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__materials_v_version_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_materials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_file_id" integer,
  	"version_external_url" varchar,
  	"version_source_type" "enum__materials_v_version_source_type",
  	"version_publisher" varchar,
  	"version_published_date" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__materials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_materials_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"categories_id" integer
  );
  
  CREATE TABLE "practices_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_phases" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_phases",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_education_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_education_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"organiser" varchar,
  	"locality" varchar,
  	"website" varchar,
  	"year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partners_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_practices_v_version_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_phases" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_phases",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_education_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_education_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_organiser" varchar,
  	"version_locality" varchar,
  	"version_website" varchar,
  	"version_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_practices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partners_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "partners_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partners_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partners_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"type" "enum_partners_type",
  	"locality" varchar,
  	"description" varchar,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_partners_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_partners_v_version_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partners_v_version_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partners_v_version_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_partners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_type" "enum__partners_v_version_type",
  	"version_locality" varchar,
  	"version_description" varchar,
  	"version_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__partners_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'auteur' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer,
  	"topics_id" integer,
  	"materials_id" integer,
  	"practices_id" integer,
  	"partners_id" integer,
  	"categories_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "_themes_v" ADD CONSTRAINT "_themes_v_parent_id_themes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_insights" ADD CONSTRAINT "topics_insights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_links" ADD CONSTRAINT "topics_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_breadcrumbs" ADD CONSTRAINT "topics_breadcrumbs_doc_id_topics_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_breadcrumbs" ADD CONSTRAINT "topics_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_insights" ADD CONSTRAINT "_topics_v_version_insights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_links" ADD CONSTRAINT "_topics_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_breadcrumbs" ADD CONSTRAINT "_topics_v_version_breadcrumbs_doc_id_topics_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_version_breadcrumbs" ADD CONSTRAINT "_topics_v_version_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_theme_id_themes_id_fk" FOREIGN KEY ("version_theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_parent_id_topics_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_phases" ADD CONSTRAINT "materials_phases_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_education_levels" ADD CONSTRAINT "materials_education_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_regions" ADD CONSTRAINT "materials_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials" ADD CONSTRAINT "materials_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "materials_rels" ADD CONSTRAINT "materials_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_rels" ADD CONSTRAINT "materials_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_rels" ADD CONSTRAINT "materials_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_phases" ADD CONSTRAINT "_materials_v_version_phases_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_education_levels" ADD CONSTRAINT "_materials_v_version_education_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_regions" ADD CONSTRAINT "_materials_v_version_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v" ADD CONSTRAINT "_materials_v_parent_id_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v" ADD CONSTRAINT "_materials_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v_rels" ADD CONSTRAINT "_materials_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_rels" ADD CONSTRAINT "_materials_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_rels" ADD CONSTRAINT "_materials_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_regions" ADD CONSTRAINT "practices_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_phases" ADD CONSTRAINT "practices_phases_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_education_levels" ADD CONSTRAINT "practices_education_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_regions" ADD CONSTRAINT "_practices_v_version_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_phases" ADD CONSTRAINT "_practices_v_version_phases_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_education_levels" ADD CONSTRAINT "_practices_v_version_education_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_regions" ADD CONSTRAINT "partners_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_services" ADD CONSTRAINT "partners_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_regions" ADD CONSTRAINT "_partners_v_version_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_services" ADD CONSTRAINT "_partners_v_version_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_parent_id_partners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE INDEX "themes__status_idx" ON "themes" USING btree ("_status");
  CREATE INDEX "_themes_v_parent_idx" ON "_themes_v" USING btree ("parent_id");
  CREATE INDEX "_themes_v_version_version_slug_idx" ON "_themes_v" USING btree ("version_slug");
  CREATE INDEX "_themes_v_version_version_updated_at_idx" ON "_themes_v" USING btree ("version_updated_at");
  CREATE INDEX "_themes_v_version_version_created_at_idx" ON "_themes_v" USING btree ("version_created_at");
  CREATE INDEX "_themes_v_version_version__status_idx" ON "_themes_v" USING btree ("version__status");
  CREATE INDEX "_themes_v_created_at_idx" ON "_themes_v" USING btree ("created_at");
  CREATE INDEX "_themes_v_updated_at_idx" ON "_themes_v" USING btree ("updated_at");
  CREATE INDEX "_themes_v_latest_idx" ON "_themes_v" USING btree ("latest");
  CREATE INDEX "topics_insights_order_idx" ON "topics_insights" USING btree ("_order");
  CREATE INDEX "topics_insights_parent_id_idx" ON "topics_insights" USING btree ("_parent_id");
  CREATE INDEX "topics_links_order_idx" ON "topics_links" USING btree ("_order");
  CREATE INDEX "topics_links_parent_id_idx" ON "topics_links" USING btree ("_parent_id");
  CREATE INDEX "topics_breadcrumbs_order_idx" ON "topics_breadcrumbs" USING btree ("_order");
  CREATE INDEX "topics_breadcrumbs_parent_id_idx" ON "topics_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "topics_breadcrumbs_doc_idx" ON "topics_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_theme_idx" ON "topics" USING btree ("theme_id");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_topics_id_idx" ON "topics_rels" USING btree ("topics_id");
  CREATE INDEX "_topics_v_version_insights_order_idx" ON "_topics_v_version_insights" USING btree ("_order");
  CREATE INDEX "_topics_v_version_insights_parent_id_idx" ON "_topics_v_version_insights" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_links_order_idx" ON "_topics_v_version_links" USING btree ("_order");
  CREATE INDEX "_topics_v_version_links_parent_id_idx" ON "_topics_v_version_links" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_breadcrumbs_order_idx" ON "_topics_v_version_breadcrumbs" USING btree ("_order");
  CREATE INDEX "_topics_v_version_breadcrumbs_parent_id_idx" ON "_topics_v_version_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_breadcrumbs_doc_idx" ON "_topics_v_version_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_theme_idx" ON "_topics_v" USING btree ("version_theme_id");
  CREATE INDEX "_topics_v_version_version_parent_idx" ON "_topics_v" USING btree ("version_parent_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_topics_id_idx" ON "_topics_v_rels" USING btree ("topics_id");
  CREATE INDEX "materials_phases_order_idx" ON "materials_phases" USING btree ("order");
  CREATE INDEX "materials_phases_parent_idx" ON "materials_phases" USING btree ("parent_id");
  CREATE INDEX "materials_education_levels_order_idx" ON "materials_education_levels" USING btree ("order");
  CREATE INDEX "materials_education_levels_parent_idx" ON "materials_education_levels" USING btree ("parent_id");
  CREATE INDEX "materials_regions_order_idx" ON "materials_regions" USING btree ("order");
  CREATE INDEX "materials_regions_parent_idx" ON "materials_regions" USING btree ("parent_id");
  CREATE UNIQUE INDEX "materials_slug_idx" ON "materials" USING btree ("slug");
  CREATE INDEX "materials_file_idx" ON "materials" USING btree ("file_id");
  CREATE INDEX "materials_updated_at_idx" ON "materials" USING btree ("updated_at");
  CREATE INDEX "materials_created_at_idx" ON "materials" USING btree ("created_at");
  CREATE INDEX "materials__status_idx" ON "materials" USING btree ("_status");
  CREATE INDEX "materials_rels_order_idx" ON "materials_rels" USING btree ("order");
  CREATE INDEX "materials_rels_parent_idx" ON "materials_rels" USING btree ("parent_id");
  CREATE INDEX "materials_rels_path_idx" ON "materials_rels" USING btree ("path");
  CREATE INDEX "materials_rels_topics_id_idx" ON "materials_rels" USING btree ("topics_id");
  CREATE INDEX "materials_rels_categories_id_idx" ON "materials_rels" USING btree ("categories_id");
  CREATE INDEX "_materials_v_version_phases_order_idx" ON "_materials_v_version_phases" USING btree ("order");
  CREATE INDEX "_materials_v_version_phases_parent_idx" ON "_materials_v_version_phases" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_education_levels_order_idx" ON "_materials_v_version_education_levels" USING btree ("order");
  CREATE INDEX "_materials_v_version_education_levels_parent_idx" ON "_materials_v_version_education_levels" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_regions_order_idx" ON "_materials_v_version_regions" USING btree ("order");
  CREATE INDEX "_materials_v_version_regions_parent_idx" ON "_materials_v_version_regions" USING btree ("parent_id");
  CREATE INDEX "_materials_v_parent_idx" ON "_materials_v" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_version_slug_idx" ON "_materials_v" USING btree ("version_slug");
  CREATE INDEX "_materials_v_version_version_file_idx" ON "_materials_v" USING btree ("version_file_id");
  CREATE INDEX "_materials_v_version_version_updated_at_idx" ON "_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_materials_v_version_version_created_at_idx" ON "_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_materials_v_version_version__status_idx" ON "_materials_v" USING btree ("version__status");
  CREATE INDEX "_materials_v_created_at_idx" ON "_materials_v" USING btree ("created_at");
  CREATE INDEX "_materials_v_updated_at_idx" ON "_materials_v" USING btree ("updated_at");
  CREATE INDEX "_materials_v_latest_idx" ON "_materials_v" USING btree ("latest");
  CREATE INDEX "_materials_v_rels_order_idx" ON "_materials_v_rels" USING btree ("order");
  CREATE INDEX "_materials_v_rels_parent_idx" ON "_materials_v_rels" USING btree ("parent_id");
  CREATE INDEX "_materials_v_rels_path_idx" ON "_materials_v_rels" USING btree ("path");
  CREATE INDEX "_materials_v_rels_topics_id_idx" ON "_materials_v_rels" USING btree ("topics_id");
  CREATE INDEX "_materials_v_rels_categories_id_idx" ON "_materials_v_rels" USING btree ("categories_id");
  CREATE INDEX "practices_regions_order_idx" ON "practices_regions" USING btree ("order");
  CREATE INDEX "practices_regions_parent_idx" ON "practices_regions" USING btree ("parent_id");
  CREATE INDEX "practices_phases_order_idx" ON "practices_phases" USING btree ("order");
  CREATE INDEX "practices_phases_parent_idx" ON "practices_phases" USING btree ("parent_id");
  CREATE INDEX "practices_education_levels_order_idx" ON "practices_education_levels" USING btree ("order");
  CREATE INDEX "practices_education_levels_parent_idx" ON "practices_education_levels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practices__status_idx" ON "practices" USING btree ("_status");
  CREATE INDEX "practices_rels_order_idx" ON "practices_rels" USING btree ("order");
  CREATE INDEX "practices_rels_parent_idx" ON "practices_rels" USING btree ("parent_id");
  CREATE INDEX "practices_rels_path_idx" ON "practices_rels" USING btree ("path");
  CREATE INDEX "practices_rels_partners_id_idx" ON "practices_rels" USING btree ("partners_id");
  CREATE INDEX "practices_rels_topics_id_idx" ON "practices_rels" USING btree ("topics_id");
  CREATE INDEX "_practices_v_version_regions_order_idx" ON "_practices_v_version_regions" USING btree ("order");
  CREATE INDEX "_practices_v_version_regions_parent_idx" ON "_practices_v_version_regions" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_phases_order_idx" ON "_practices_v_version_phases" USING btree ("order");
  CREATE INDEX "_practices_v_version_phases_parent_idx" ON "_practices_v_version_phases" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_education_levels_order_idx" ON "_practices_v_version_education_levels" USING btree ("order");
  CREATE INDEX "_practices_v_version_education_levels_parent_idx" ON "_practices_v_version_education_levels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_slug_idx" ON "_practices_v" USING btree ("version_slug");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_version_version__status_idx" ON "_practices_v" USING btree ("version__status");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_latest_idx" ON "_practices_v" USING btree ("latest");
  CREATE INDEX "_practices_v_rels_order_idx" ON "_practices_v_rels" USING btree ("order");
  CREATE INDEX "_practices_v_rels_parent_idx" ON "_practices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_rels_path_idx" ON "_practices_v_rels" USING btree ("path");
  CREATE INDEX "_practices_v_rels_partners_id_idx" ON "_practices_v_rels" USING btree ("partners_id");
  CREATE INDEX "_practices_v_rels_topics_id_idx" ON "_practices_v_rels" USING btree ("topics_id");
  CREATE INDEX "partners_regions_order_idx" ON "partners_regions" USING btree ("order");
  CREATE INDEX "partners_regions_parent_idx" ON "partners_regions" USING btree ("parent_id");
  CREATE INDEX "partners_services_order_idx" ON "partners_services" USING btree ("_order");
  CREATE INDEX "partners_services_parent_id_idx" ON "partners_services" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "partners_slug_idx" ON "partners" USING btree ("slug");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners__status_idx" ON "partners" USING btree ("_status");
  CREATE INDEX "_partners_v_version_regions_order_idx" ON "_partners_v_version_regions" USING btree ("order");
  CREATE INDEX "_partners_v_version_regions_parent_idx" ON "_partners_v_version_regions" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_services_order_idx" ON "_partners_v_version_services" USING btree ("_order");
  CREATE INDEX "_partners_v_version_services_parent_id_idx" ON "_partners_v_version_services" USING btree ("_parent_id");
  CREATE INDEX "_partners_v_parent_idx" ON "_partners_v" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_version_slug_idx" ON "_partners_v" USING btree ("version_slug");
  CREATE INDEX "_partners_v_version_version_updated_at_idx" ON "_partners_v" USING btree ("version_updated_at");
  CREATE INDEX "_partners_v_version_version_created_at_idx" ON "_partners_v" USING btree ("version_created_at");
  CREATE INDEX "_partners_v_version_version__status_idx" ON "_partners_v" USING btree ("version__status");
  CREATE INDEX "_partners_v_created_at_idx" ON "_partners_v" USING btree ("created_at");
  CREATE INDEX "_partners_v_updated_at_idx" ON "_partners_v" USING btree ("updated_at");
  CREATE INDEX "_partners_v_latest_idx" ON "_partners_v" USING btree ("latest");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("materials_id");
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "themes" CASCADE;
  DROP TABLE "_themes_v" CASCADE;
  DROP TABLE "topics_insights" CASCADE;
  DROP TABLE "topics_links" CASCADE;
  DROP TABLE "topics_breadcrumbs" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "_topics_v_version_insights" CASCADE;
  DROP TABLE "_topics_v_version_links" CASCADE;
  DROP TABLE "_topics_v_version_breadcrumbs" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "materials_phases" CASCADE;
  DROP TABLE "materials_education_levels" CASCADE;
  DROP TABLE "materials_regions" CASCADE;
  DROP TABLE "materials" CASCADE;
  DROP TABLE "materials_rels" CASCADE;
  DROP TABLE "_materials_v_version_phases" CASCADE;
  DROP TABLE "_materials_v_version_education_levels" CASCADE;
  DROP TABLE "_materials_v_version_regions" CASCADE;
  DROP TABLE "_materials_v" CASCADE;
  DROP TABLE "_materials_v_rels" CASCADE;
  DROP TABLE "practices_regions" CASCADE;
  DROP TABLE "practices_phases" CASCADE;
  DROP TABLE "practices_education_levels" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practices_rels" CASCADE;
  DROP TABLE "_practices_v_version_regions" CASCADE;
  DROP TABLE "_practices_v_version_phases" CASCADE;
  DROP TABLE "_practices_v_version_education_levels" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "_practices_v_rels" CASCADE;
  DROP TABLE "partners_regions" CASCADE;
  DROP TABLE "partners_services" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "_partners_v_version_regions" CASCADE;
  DROP TABLE "_partners_v_version_services" CASCADE;
  DROP TABLE "_partners_v" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_themes_colour";
  DROP TYPE "public"."enum_themes_status";
  DROP TYPE "public"."enum__themes_v_version_colour";
  DROP TYPE "public"."enum__themes_v_version_status";
  DROP TYPE "public"."enum_topics_content_status";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_version_content_status";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum_materials_phases";
  DROP TYPE "public"."enum_materials_education_levels";
  DROP TYPE "public"."enum_materials_regions";
  DROP TYPE "public"."enum_materials_source_type";
  DROP TYPE "public"."enum_materials_status";
  DROP TYPE "public"."enum__materials_v_version_phases";
  DROP TYPE "public"."enum__materials_v_version_education_levels";
  DROP TYPE "public"."enum__materials_v_version_regions";
  DROP TYPE "public"."enum__materials_v_version_source_type";
  DROP TYPE "public"."enum__materials_v_version_status";
  DROP TYPE "public"."enum_practices_regions";
  DROP TYPE "public"."enum_practices_phases";
  DROP TYPE "public"."enum_practices_education_levels";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum__practices_v_version_regions";
  DROP TYPE "public"."enum__practices_v_version_phases";
  DROP TYPE "public"."enum__practices_v_version_education_levels";
  DROP TYPE "public"."enum__practices_v_version_status";
  DROP TYPE "public"."enum_partners_regions";
  DROP TYPE "public"."enum_partners_type";
  DROP TYPE "public"."enum_partners_status";
  DROP TYPE "public"."enum__partners_v_version_regions";
  DROP TYPE "public"."enum__partners_v_version_type";
  DROP TYPE "public"."enum__partners_v_version_status";
  DROP TYPE "public"."enum_users_role";`)
}
