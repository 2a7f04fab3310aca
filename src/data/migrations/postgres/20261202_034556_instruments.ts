import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_instr_questions_kind" AS ENUM('open', 'checklist', 'scale', 'actions');
  CREATE TYPE "public"."enum_instruments_section_label" AS ENUM('Fase', 'Domein', 'Moment', 'Onderdeel');
  CREATE TYPE "public"."enum_instruments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__instr_questions_v_kind" AS ENUM('open', 'checklist', 'scale', 'actions');
  CREATE TYPE "public"."enum__instruments_v_version_section_label" AS ENUM('Fase', 'Domein', 'Moment', 'Onderdeel');
  CREATE TYPE "public"."enum__instruments_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "instr_guiding_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "instr_list_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "instruments_sections_lists" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "instr_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "instr_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_instr_questions_kind" DEFAULT 'open',
  	"prompt" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "instruments_sections_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "instruments_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"intro" varchar,
  	"goal" varchar,
  	"clb_role" varchar,
  	"result" varchar,
  	"preconditions" varchar
  );
  
  CREATE TABLE "instruments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"made_by" varchar,
  	"section_label" "enum_instruments_section_label" DEFAULT 'Fase',
  	"follow_up" boolean DEFAULT false,
  	"route_map" boolean DEFAULT false,
  	"material_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_instruments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "instruments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"materials_id" integer
  );
  
  CREATE TABLE "_instr_guiding_questions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_instr_list_items_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_instruments_v_version_sections_lists" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_instr_options_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_instr_questions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__instr_questions_v_kind" DEFAULT 'open',
  	"prompt" varchar,
  	"help" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_instruments_v_version_sections_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_instruments_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"intro" varchar,
  	"goal" varchar,
  	"clb_role" varchar,
  	"result" varchar,
  	"preconditions" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_instruments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_made_by" varchar,
  	"version_section_label" "enum__instruments_v_version_section_label" DEFAULT 'Fase',
  	"version_follow_up" boolean DEFAULT false,
  	"version_route_map" boolean DEFAULT false,
  	"version_material_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__instruments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_instruments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"materials_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "instruments_id" integer;
  ALTER TABLE "instr_guiding_questions" ADD CONSTRAINT "instr_guiding_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instruments_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instr_list_items" ADD CONSTRAINT "instr_list_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instruments_sections_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instruments_sections_lists" ADD CONSTRAINT "instruments_sections_lists_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instruments_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instr_options" ADD CONSTRAINT "instr_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instr_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instr_questions" ADD CONSTRAINT "instr_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instruments_sections_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instruments_sections_parts" ADD CONSTRAINT "instruments_sections_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instruments_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instruments_sections" ADD CONSTRAINT "instruments_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instruments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instruments" ADD CONSTRAINT "instruments_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instruments_rels" ADD CONSTRAINT "instruments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."instruments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instruments_rels" ADD CONSTRAINT "instruments_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instruments_rels" ADD CONSTRAINT "instruments_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instr_guiding_questions_v" ADD CONSTRAINT "_instr_guiding_questions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instruments_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instr_list_items_v" ADD CONSTRAINT "_instr_list_items_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instruments_v_version_sections_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instruments_v_version_sections_lists" ADD CONSTRAINT "_instruments_v_version_sections_lists_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instruments_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instr_options_v" ADD CONSTRAINT "_instr_options_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instr_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instr_questions_v" ADD CONSTRAINT "_instr_questions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instruments_v_version_sections_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instruments_v_version_sections_parts" ADD CONSTRAINT "_instruments_v_version_sections_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instruments_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instruments_v_version_sections" ADD CONSTRAINT "_instruments_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instruments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instruments_v" ADD CONSTRAINT "_instruments_v_parent_id_instruments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."instruments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_instruments_v" ADD CONSTRAINT "_instruments_v_version_material_id_materials_id_fk" FOREIGN KEY ("version_material_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_instruments_v_rels" ADD CONSTRAINT "_instruments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_instruments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instruments_v_rels" ADD CONSTRAINT "_instruments_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instruments_v_rels" ADD CONSTRAINT "_instruments_v_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "instr_guiding_questions_order_idx" ON "instr_guiding_questions" USING btree ("_order");
  CREATE INDEX "instr_guiding_questions_parent_id_idx" ON "instr_guiding_questions" USING btree ("_parent_id");
  CREATE INDEX "instr_list_items_order_idx" ON "instr_list_items" USING btree ("_order");
  CREATE INDEX "instr_list_items_parent_id_idx" ON "instr_list_items" USING btree ("_parent_id");
  CREATE INDEX "instruments_sections_lists_order_idx" ON "instruments_sections_lists" USING btree ("_order");
  CREATE INDEX "instruments_sections_lists_parent_id_idx" ON "instruments_sections_lists" USING btree ("_parent_id");
  CREATE INDEX "instr_options_order_idx" ON "instr_options" USING btree ("_order");
  CREATE INDEX "instr_options_parent_id_idx" ON "instr_options" USING btree ("_parent_id");
  CREATE INDEX "instr_questions_order_idx" ON "instr_questions" USING btree ("_order");
  CREATE INDEX "instr_questions_parent_id_idx" ON "instr_questions" USING btree ("_parent_id");
  CREATE INDEX "instruments_sections_parts_order_idx" ON "instruments_sections_parts" USING btree ("_order");
  CREATE INDEX "instruments_sections_parts_parent_id_idx" ON "instruments_sections_parts" USING btree ("_parent_id");
  CREATE INDEX "instruments_sections_order_idx" ON "instruments_sections" USING btree ("_order");
  CREATE INDEX "instruments_sections_parent_id_idx" ON "instruments_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "instruments_slug_idx" ON "instruments" USING btree ("slug");
  CREATE INDEX "instruments_material_idx" ON "instruments" USING btree ("material_id");
  CREATE INDEX "instruments_updated_at_idx" ON "instruments" USING btree ("updated_at");
  CREATE INDEX "instruments_created_at_idx" ON "instruments" USING btree ("created_at");
  CREATE INDEX "instruments__status_idx" ON "instruments" USING btree ("_status");
  CREATE INDEX "instruments_rels_order_idx" ON "instruments_rels" USING btree ("order");
  CREATE INDEX "instruments_rels_parent_idx" ON "instruments_rels" USING btree ("parent_id");
  CREATE INDEX "instruments_rels_path_idx" ON "instruments_rels" USING btree ("path");
  CREATE INDEX "instruments_rels_topics_id_idx" ON "instruments_rels" USING btree ("topics_id");
  CREATE INDEX "instruments_rels_materials_id_idx" ON "instruments_rels" USING btree ("materials_id");
  CREATE INDEX "_instr_guiding_questions_v_order_idx" ON "_instr_guiding_questions_v" USING btree ("_order");
  CREATE INDEX "_instr_guiding_questions_v_parent_id_idx" ON "_instr_guiding_questions_v" USING btree ("_parent_id");
  CREATE INDEX "_instr_list_items_v_order_idx" ON "_instr_list_items_v" USING btree ("_order");
  CREATE INDEX "_instr_list_items_v_parent_id_idx" ON "_instr_list_items_v" USING btree ("_parent_id");
  CREATE INDEX "_instruments_v_version_sections_lists_order_idx" ON "_instruments_v_version_sections_lists" USING btree ("_order");
  CREATE INDEX "_instruments_v_version_sections_lists_parent_id_idx" ON "_instruments_v_version_sections_lists" USING btree ("_parent_id");
  CREATE INDEX "_instr_options_v_order_idx" ON "_instr_options_v" USING btree ("_order");
  CREATE INDEX "_instr_options_v_parent_id_idx" ON "_instr_options_v" USING btree ("_parent_id");
  CREATE INDEX "_instr_questions_v_order_idx" ON "_instr_questions_v" USING btree ("_order");
  CREATE INDEX "_instr_questions_v_parent_id_idx" ON "_instr_questions_v" USING btree ("_parent_id");
  CREATE INDEX "_instruments_v_version_sections_parts_order_idx" ON "_instruments_v_version_sections_parts" USING btree ("_order");
  CREATE INDEX "_instruments_v_version_sections_parts_parent_id_idx" ON "_instruments_v_version_sections_parts" USING btree ("_parent_id");
  CREATE INDEX "_instruments_v_version_sections_order_idx" ON "_instruments_v_version_sections" USING btree ("_order");
  CREATE INDEX "_instruments_v_version_sections_parent_id_idx" ON "_instruments_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_instruments_v_parent_idx" ON "_instruments_v" USING btree ("parent_id");
  CREATE INDEX "_instruments_v_version_version_slug_idx" ON "_instruments_v" USING btree ("version_slug");
  CREATE INDEX "_instruments_v_version_version_material_idx" ON "_instruments_v" USING btree ("version_material_id");
  CREATE INDEX "_instruments_v_version_version_updated_at_idx" ON "_instruments_v" USING btree ("version_updated_at");
  CREATE INDEX "_instruments_v_version_version_created_at_idx" ON "_instruments_v" USING btree ("version_created_at");
  CREATE INDEX "_instruments_v_version_version__status_idx" ON "_instruments_v" USING btree ("version__status");
  CREATE INDEX "_instruments_v_created_at_idx" ON "_instruments_v" USING btree ("created_at");
  CREATE INDEX "_instruments_v_updated_at_idx" ON "_instruments_v" USING btree ("updated_at");
  CREATE INDEX "_instruments_v_latest_idx" ON "_instruments_v" USING btree ("latest");
  CREATE INDEX "_instruments_v_rels_order_idx" ON "_instruments_v_rels" USING btree ("order");
  CREATE INDEX "_instruments_v_rels_parent_idx" ON "_instruments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_instruments_v_rels_path_idx" ON "_instruments_v_rels" USING btree ("path");
  CREATE INDEX "_instruments_v_rels_topics_id_idx" ON "_instruments_v_rels" USING btree ("topics_id");
  CREATE INDEX "_instruments_v_rels_materials_id_idx" ON "_instruments_v_rels" USING btree ("materials_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instruments_fk" FOREIGN KEY ("instruments_id") REFERENCES "public"."instruments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_instruments_id_idx" ON "payload_locked_documents_rels" USING btree ("instruments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "instr_guiding_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instr_list_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instruments_sections_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instr_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instr_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instruments_sections_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instruments_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instruments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instruments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instr_guiding_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instr_list_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instruments_v_version_sections_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instr_options_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instr_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instruments_v_version_sections_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instruments_v_version_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instruments_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instruments_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "instr_guiding_questions" CASCADE;
  DROP TABLE "instr_list_items" CASCADE;
  DROP TABLE "instruments_sections_lists" CASCADE;
  DROP TABLE "instr_options" CASCADE;
  DROP TABLE "instr_questions" CASCADE;
  DROP TABLE "instruments_sections_parts" CASCADE;
  DROP TABLE "instruments_sections" CASCADE;
  DROP TABLE "instruments" CASCADE;
  DROP TABLE "instruments_rels" CASCADE;
  DROP TABLE "_instr_guiding_questions_v" CASCADE;
  DROP TABLE "_instr_list_items_v" CASCADE;
  DROP TABLE "_instruments_v_version_sections_lists" CASCADE;
  DROP TABLE "_instr_options_v" CASCADE;
  DROP TABLE "_instr_questions_v" CASCADE;
  DROP TABLE "_instruments_v_version_sections_parts" CASCADE;
  DROP TABLE "_instruments_v_version_sections" CASCADE;
  DROP TABLE "_instruments_v" CASCADE;
  DROP TABLE "_instruments_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_instruments_fk";
  
  DROP INDEX "payload_locked_documents_rels_instruments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "instruments_id";
  DROP TYPE "public"."enum_instr_questions_kind";
  DROP TYPE "public"."enum_instruments_section_label";
  DROP TYPE "public"."enum_instruments_status";
  DROP TYPE "public"."enum__instr_questions_v_kind";
  DROP TYPE "public"."enum__instruments_v_version_section_label";
  DROP TYPE "public"."enum__instruments_v_version_status";`)
}
