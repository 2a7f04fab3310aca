import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Partners' regions become a collection with a hierarchy (src/data/collections/Regions). Besides the schema Payload
 * generated, this keeps the data: the seven values of the old select become regions at the top of the hierarchy,
 * named as the filter named them (with their one breadcrumb, as the nested-docs plugin would write it), and every
 * partner and every version keeps its values, in order, as links to them. Down does the reverse for those seven.
 */
const OLD_REGIONS: [string, string][] = [
  ['vlaanderen', 'Heel Vlaanderen'],
  ['antwerpen', 'Antwerpen'],
  ['limburg', 'Limburg'],
  ['oost-vlaanderen', 'Oost-Vlaanderen'],
  ['west-vlaanderen', 'West-Vlaanderen'],
  ['vlaams-brabant', 'Vlaams-Brabant'],
  ['brussel', 'Brussel'],
]

const copyRegionsUp = async (db: MigrateUpArgs['db']) => {
  for (const [slug, title] of OLD_REGIONS) {
    await db.execute(sql`INSERT INTO "regions" ("title", "slug") VALUES (${title}, ${slug})`)
  }
  await db.execute(sql`
  INSERT INTO "regions_breadcrumbs" ("_order", "_parent_id", "id", "doc_id", "url", "label")
    SELECT 1, r."id", substr(md5(random()::text || r."id"::text), 1, 24), r."id", '/' || r."slug", r."title" FROM "regions" r;
  INSERT INTO "partners_rels" ("order", "parent_id", "path", "regions_id")
    SELECT o."order", o."parent_id", 'regions', r."id" FROM "partners_regions" o JOIN "regions" r ON r."slug" = o."value"::text;
  INSERT INTO "_partners_v_rels" ("order", "parent_id", "path", "regions_id")
    SELECT o."order", o."parent_id", 'version.regions', r."id" FROM "_partners_v_version_regions" o JOIN "regions" r ON r."slug" = o."value"::text;`)
}

const copyRegionsDown = async (db: MigrateDownArgs['db']) => {
  await db.execute(sql`
  INSERT INTO "partners_regions" ("order", "parent_id", "value")
    SELECT l."order", l."parent_id", r."slug"::"enum_partners_regions" FROM "partners_rels" l JOIN "regions" r ON r."id" = l."regions_id"
    WHERE l."path" = 'regions' AND r."slug" IN ('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  INSERT INTO "_partners_v_version_regions" ("order", "parent_id", "value")
    SELECT l."order", l."parent_id", r."slug"::"enum__partners_v_version_regions" FROM "_partners_v_rels" l JOIN "regions" r ON r."id" = l."regions_id"
    WHERE l."path" = 'version.regions' AND r."slug" IN ('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "partners_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "_partners_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "regions_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  `)
  await copyRegionsUp(db)
  await db.execute(sql`
  ALTER TABLE "partners_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v_version_regions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "partners_regions" CASCADE;
  DROP TABLE "_partners_v_version_regions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "regions_id" integer;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_rels" ADD CONSTRAINT "_partners_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_rels" ADD CONSTRAINT "_partners_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_breadcrumbs" ADD CONSTRAINT "regions_breadcrumbs_doc_id_regions_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regions_breadcrumbs" ADD CONSTRAINT "regions_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "partners_rels_order_idx" ON "partners_rels" USING btree ("order");
  CREATE INDEX "partners_rels_parent_idx" ON "partners_rels" USING btree ("parent_id");
  CREATE INDEX "partners_rels_path_idx" ON "partners_rels" USING btree ("path");
  CREATE INDEX "partners_rels_regions_id_idx" ON "partners_rels" USING btree ("regions_id");
  CREATE INDEX "_partners_v_rels_order_idx" ON "_partners_v_rels" USING btree ("order");
  CREATE INDEX "_partners_v_rels_parent_idx" ON "_partners_v_rels" USING btree ("parent_id");
  CREATE INDEX "_partners_v_rels_path_idx" ON "_partners_v_rels" USING btree ("path");
  CREATE INDEX "_partners_v_rels_regions_id_idx" ON "_partners_v_rels" USING btree ("regions_id");
  CREATE INDEX "regions_breadcrumbs_order_idx" ON "regions_breadcrumbs" USING btree ("_order");
  CREATE INDEX "regions_breadcrumbs_parent_id_idx" ON "regions_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "regions_breadcrumbs_doc_idx" ON "regions_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "regions_slug_idx" ON "regions" USING btree ("slug");
  CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_id");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  DROP TYPE "public"."enum_partners_regions";
  DROP TYPE "public"."enum__partners_v_version_regions";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_partners_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TYPE "public"."enum__partners_v_version_regions" AS ENUM('vlaanderen', 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel');
  CREATE TABLE "partners_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partners_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partners_v_version_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partners_v_version_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  `)
  await copyRegionsDown(db)
  await db.execute(sql`
  ALTER TABLE "partners_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regions_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "partners_rels" CASCADE;
  DROP TABLE "_partners_v_rels" CASCADE;
  DROP TABLE "regions_breadcrumbs" CASCADE;
  DROP TABLE "regions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_regions_fk";
  
  DROP INDEX "payload_locked_documents_rels_regions_id_idx";
  ALTER TABLE "partners_regions" ADD CONSTRAINT "partners_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_regions" ADD CONSTRAINT "_partners_v_version_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "partners_regions_order_idx" ON "partners_regions" USING btree ("order");
  CREATE INDEX "partners_regions_parent_idx" ON "partners_regions" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_regions_order_idx" ON "_partners_v_version_regions" USING btree ("order");
  CREATE INDEX "_partners_v_version_regions_parent_idx" ON "_partners_v_version_regions" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "regions_id";`)
}
