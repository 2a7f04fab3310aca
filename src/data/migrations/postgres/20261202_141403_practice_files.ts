import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Practices get attachments (`files`, an upload field with hasMany): one more column in their relationship tables,
 * with its foreign key and index; nothing dropped or rewritten.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_practices_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_rels_media_id_idx" ON "practices_rels" USING btree ("media_id");
  CREATE INDEX "_practices_v_rels_media_id_idx" ON "_practices_v_rels" USING btree ("media_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices_rels" DROP CONSTRAINT "practices_rels_media_fk";
  
  ALTER TABLE "_practices_v_rels" DROP CONSTRAINT "_practices_v_rels_media_fk";
  
  DROP INDEX "practices_rels_media_id_idx";
  DROP INDEX "_practices_v_rels_media_id_idx";
  ALTER TABLE "practices_rels" DROP COLUMN "media_id";
  ALTER TABLE "_practices_v_rels" DROP COLUMN "media_id";`)
}
