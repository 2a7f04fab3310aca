import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillExtractedText } from '@/data/collections/Media/backfillExtractedText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`text_extraction\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`extracted_text\` text;`)
  // Files uploaded before this migration get their text now (those on this machine's MEDIA_DIR).
  await backfillExtractedText(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`text_extraction\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`extracted_text\`;`)
}
