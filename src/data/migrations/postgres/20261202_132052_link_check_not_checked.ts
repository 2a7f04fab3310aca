import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_link_checks_status" ADD VALUE 'niet-gecontroleerd';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The old type has no value for these links; the next check records them again.
  await db.execute(sql`
   DELETE FROM "link_checks" WHERE "status" = 'niet-gecontroleerd';
   ALTER TABLE "link_checks" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_link_checks_status";
  CREATE TYPE "public"."enum_link_checks_status" AS ENUM('ok', 'omgeleid', 'kapot', 'te-traag', 'onbereikbaar');
  ALTER TABLE "link_checks" ALTER COLUMN "status" SET DATA TYPE "public"."enum_link_checks_status" USING "status"::"public"."enum_link_checks_status";`)
}
