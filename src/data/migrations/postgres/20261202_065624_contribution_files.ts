import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_submissions_status" ADD VALUE 'omgezet' BEFORE 'verwerkt';
  CREATE TABLE "submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"materials_id" integer,
  	"practices_id" integer
  );
  
  CREATE TABLE "submission_files" (
  	"id" serial PRIMARY KEY NOT NULL,
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
  
  ALTER TABLE "materials" ADD COLUMN "submission_id" integer;
  ALTER TABLE "_materials_v" ADD COLUMN "version_submission_id" integer;
  ALTER TABLE "practices" ADD COLUMN "submission_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_submission_id" integer;
  ALTER TABLE "submissions" ADD COLUMN "file_id" integer;
  ALTER TABLE "submissions" ADD COLUMN "rejection_reason" varchar;
  ALTER TABLE "submissions" ADD COLUMN "rejection_mailed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_files_id" integer;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "submissions_rels_order_idx" ON "submissions_rels" USING btree ("order");
  CREATE INDEX "submissions_rels_parent_idx" ON "submissions_rels" USING btree ("parent_id");
  CREATE INDEX "submissions_rels_path_idx" ON "submissions_rels" USING btree ("path");
  CREATE INDEX "submissions_rels_materials_id_idx" ON "submissions_rels" USING btree ("materials_id");
  CREATE INDEX "submissions_rels_practices_id_idx" ON "submissions_rels" USING btree ("practices_id");
  CREATE INDEX "submission_files_updated_at_idx" ON "submission_files" USING btree ("updated_at");
  CREATE INDEX "submission_files_created_at_idx" ON "submission_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "submission_files_filename_idx" ON "submission_files" USING btree ("filename");
  ALTER TABLE "materials" ADD CONSTRAINT "materials_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v" ADD CONSTRAINT "_materials_v_version_submission_id_submissions_id_fk" FOREIGN KEY ("version_submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_submission_id_submissions_id_fk" FOREIGN KEY ("version_submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_file_id_submission_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."submission_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_files_fk" FOREIGN KEY ("submission_files_id") REFERENCES "public"."submission_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "materials_submission_idx" ON "materials" USING btree ("submission_id");
  CREATE INDEX "_materials_v_version_version_submission_idx" ON "_materials_v" USING btree ("version_submission_id");
  CREATE INDEX "practices_submission_idx" ON "practices" USING btree ("submission_id");
  CREATE INDEX "_practices_v_version_version_submission_idx" ON "_practices_v" USING btree ("version_submission_id");
  CREATE INDEX "submissions_file_idx" ON "submissions" USING btree ("file_id");
  CREATE INDEX "payload_locked_documents_rels_submission_files_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "submissions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "submissions_rels" CASCADE;
  DROP TABLE "submission_files" CASCADE;
  ALTER TABLE "materials" DROP CONSTRAINT "materials_submission_id_submissions_id_fk";
  
  ALTER TABLE "_materials_v" DROP CONSTRAINT "_materials_v_version_submission_id_submissions_id_fk";
  
  ALTER TABLE "practices" DROP CONSTRAINT "practices_submission_id_submissions_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_submission_id_submissions_id_fk";
  
  ALTER TABLE "submissions" DROP CONSTRAINT "submissions_file_id_submission_files_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_files_fk";
  
  ALTER TABLE "submissions" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "submissions" ALTER COLUMN "status" SET DEFAULT 'nieuw'::text;
  DROP TYPE "public"."enum_submissions_status";
  CREATE TYPE "public"."enum_submissions_status" AS ENUM('nieuw', 'in-behandeling', 'verwerkt', 'niet-weerhouden');
  ALTER TABLE "submissions" ALTER COLUMN "status" SET DEFAULT 'nieuw'::"public"."enum_submissions_status";
  ALTER TABLE "submissions" ALTER COLUMN "status" SET DATA TYPE "public"."enum_submissions_status" USING "status"::"public"."enum_submissions_status";
  DROP INDEX "materials_submission_idx";
  DROP INDEX "_materials_v_version_version_submission_idx";
  DROP INDEX "practices_submission_idx";
  DROP INDEX "_practices_v_version_version_submission_idx";
  DROP INDEX "submissions_file_idx";
  DROP INDEX "payload_locked_documents_rels_submission_files_id_idx";
  ALTER TABLE "materials" DROP COLUMN "submission_id";
  ALTER TABLE "_materials_v" DROP COLUMN "version_submission_id";
  ALTER TABLE "practices" DROP COLUMN "submission_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_submission_id";
  ALTER TABLE "submissions" DROP COLUMN "file_id";
  ALTER TABLE "submissions" DROP COLUMN "rejection_reason";
  ALTER TABLE "submissions" DROP COLUMN "rejection_mailed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_files_id";`)
}
