import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillExtractedText } from '@/data/collections/Media/backfillExtractedText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "text_extraction" varchar;
  ALTER TABLE "media" ADD COLUMN "extracted_text" varchar;`)
  // Files uploaded before this migration get their text now (those on this machine's MEDIA_DIR).
  await backfillExtractedText(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "text_extraction";
  ALTER TABLE "media" DROP COLUMN "extracted_text";`)
}
