import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Practices get attachments (`files`, an upload field with hasMany): one more column in their relationship tables,
 * nothing dropped or rewritten. The foreign keys say ON DELETE cascade, as in the tables Payload creates (and the
 * snapshot beside this file): drizzle-kit leaves that clause out of ALTER TABLE … ADD, and without it deleting a
 * file a practice uses would fail instead of taking it off the practice.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices_rels\` ADD \`media_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`practices_rels_media_id_idx\` ON \`practices_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_practices_v_rels\` ADD \`media_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_practices_v_rels_media_id_idx\` ON \`_practices_v_rels\` (\`media_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_practices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_practices_rels\`("id", "order", "parent_id", "path", "partners_id", "topics_id") SELECT "id", "order", "parent_id", "path", "partners_id", "topics_id" FROM \`practices_rels\`;`)
  await db.run(sql`DROP TABLE \`practices_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_practices_rels\` RENAME TO \`practices_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`practices_rels_order_idx\` ON \`practices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`practices_rels_parent_idx\` ON \`practices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_rels_path_idx\` ON \`practices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`practices_rels_partners_id_idx\` ON \`practices_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_rels_topics_id_idx\` ON \`practices_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__practices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__practices_v_rels\`("id", "order", "parent_id", "path", "partners_id", "topics_id") SELECT "id", "order", "parent_id", "path", "partners_id", "topics_id" FROM \`_practices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__practices_v_rels\` RENAME TO \`_practices_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_practices_v_rels_order_idx\` ON \`_practices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_rels_parent_idx\` ON \`_practices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_rels_path_idx\` ON \`_practices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_rels_partners_id_idx\` ON \`_practices_v_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_rels_topics_id_idx\` ON \`_practices_v_rels\` (\`topics_id\`);`)
}
