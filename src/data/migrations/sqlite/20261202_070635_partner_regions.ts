import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

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
    await db.run(sql`INSERT OR IGNORE INTO \`regions\` (\`title\`, \`slug\`) VALUES (${title}, ${slug})`)
  }
  await db.run(sql`INSERT INTO \`regions_breadcrumbs\` (\`_order\`, \`_parent_id\`, \`id\`, \`doc_id\`, \`url\`, \`label\`)
    SELECT 1, r.\`id\`, lower(hex(randomblob(12))), r.\`id\`, '/' || r.\`slug\`, r.\`title\` FROM \`regions\` r;`)
  await db.run(sql`INSERT INTO \`partners_rels\` (\`order\`, \`parent_id\`, \`path\`, \`regions_id\`)
    SELECT o.\`order\`, o.\`parent_id\`, 'regions', r.\`id\` FROM \`partners_regions\` o JOIN \`regions\` r ON r.\`slug\` = o.\`value\`;`)
  await db.run(sql`INSERT INTO \`_partners_v_rels\` (\`order\`, \`parent_id\`, \`path\`, \`regions_id\`)
    SELECT o.\`order\`, o.\`parent_id\`, 'version.regions', r.\`id\` FROM \`_partners_v_version_regions\` o JOIN \`regions\` r ON r.\`slug\` = o.\`value\`;`)
}

const copyRegionsDown = async (db: MigrateDownArgs['db']) => {
  const old = sql.join(OLD_REGIONS.map(([slug]) => sql`${slug}`), sql`, `)
  await db.run(sql`INSERT INTO \`partners_regions\` (\`order\`, \`parent_id\`, \`value\`)
    SELECT l.\`order\`, l.\`parent_id\`, r.\`slug\` FROM \`partners_rels\` l JOIN \`regions\` r ON r.\`id\` = l.\`regions_id\`
    WHERE l.\`path\` = 'regions' AND r.\`slug\` IN (${old});`)
  await db.run(sql`INSERT INTO \`_partners_v_version_regions\` (\`order\`, \`parent_id\`, \`value\`)
    SELECT l.\`order\`, l.\`parent_id\`, r.\`slug\` FROM \`_partners_v_rels\` l JOIN \`regions\` r ON r.\`id\` = l.\`regions_id\`
    WHERE l.\`path\` = 'version.regions' AND r.\`slug\` IN (${old});`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partners_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_rels_order_idx\` ON \`partners_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_parent_idx\` ON \`partners_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_path_idx\` ON \`partners_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_regions_id_idx\` ON \`partners_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_order_idx\` ON \`_partners_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_parent_idx\` ON \`_partners_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_path_idx\` ON \`_partners_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_regions_id_idx\` ON \`_partners_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`regions_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_breadcrumbs_order_idx\` ON \`regions_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`regions_breadcrumbs_parent_id_idx\` ON \`regions_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_breadcrumbs_doc_idx\` ON \`regions_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_parent_idx\` ON \`regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await copyRegionsUp(db)
  await db.run(sql`DROP TABLE \`partners_regions\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_regions\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`regions_id\` integer REFERENCES regions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partners_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_regions_order_idx\` ON \`partners_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_regions_parent_idx\` ON \`partners_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_version_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_version_regions_order_idx\` ON \`_partners_v_version_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_regions_parent_idx\` ON \`_partners_v_version_regions\` (\`parent_id\`);`)
  await copyRegionsDown(db)
  await db.run(sql`DROP TABLE \`partners_rels\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_rels\`;`)
  await db.run(sql`DROP TABLE \`regions_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`topics_id\` integer,
  	\`materials_id\` integer,
  	\`practices_id\` integer,
  	\`partners_id\` integer,
  	\`instruments_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	\`submissions_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`instruments_id\`) REFERENCES \`instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "themes_id", "topics_id", "materials_id", "practices_id", "partners_id", "instruments_id", "categories_id", "media_id", "submissions_id", "users_id") SELECT "id", "order", "parent_id", "path", "themes_id", "topics_id", "materials_id", "practices_id", "partners_id", "instruments_id", "categories_id", "media_id", "submissions_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_instruments_id_idx\` ON \`payload_locked_documents_rels\` (\`instruments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
