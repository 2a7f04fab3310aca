import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`submissions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	\`practices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_rels_order_idx\` ON \`submissions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_parent_idx\` ON \`submissions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_path_idx\` ON \`submissions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_materials_id_idx\` ON \`submissions_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_practices_id_idx\` ON \`submissions_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE TABLE \`submission_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`submission_files_updated_at_idx\` ON \`submission_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_created_at_idx\` ON \`submission_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submission_files_filename_idx\` ON \`submission_files\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`materials\` ADD \`submission_id\` integer REFERENCES submissions(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`materials_submission_idx\` ON \`materials\` (\`submission_id\`);`)
  await db.run(sql`ALTER TABLE \`_materials_v\` ADD \`version_submission_id\` integer REFERENCES submissions(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_submission_idx\` ON \`_materials_v\` (\`version_submission_id\`);`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_id\` integer REFERENCES submissions(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`practices_submission_idx\` ON \`practices\` (\`submission_id\`);`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_submission_id\` integer REFERENCES submissions(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_submission_idx\` ON \`_practices_v\` (\`version_submission_id\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`file_id\` integer REFERENCES submission_files(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`rejection_mailed_at\` text;`)
  await db.run(sql`CREATE INDEX \`submissions_file_idx\` ON \`submissions\` (\`file_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submission_files_id\` integer REFERENCES submission_files(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_files_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`submissions_rels\`;`)
  await db.run(sql`DROP TABLE \`submission_files\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`file_id\` integer,
  	\`external_url\` text,
  	\`source_type\` text,
  	\`publisher\` text,
  	\`published_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_materials\`("id", "title", "slug", "description", "file_id", "external_url", "source_type", "publisher", "published_date", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "description", "file_id", "external_url", "source_type", "publisher", "published_date", "updated_at", "created_at", "_status" FROM \`materials\`;`)
  await db.run(sql`DROP TABLE \`materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_materials\` RENAME TO \`materials\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_slug_idx\` ON \`materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`materials_file_idx\` ON \`materials\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`materials__status_idx\` ON \`materials\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__materials_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_file_id\` integer,
  	\`version_external_url\` text,
  	\`version_source_type\` text,
  	\`version_publisher\` text,
  	\`version_published_date\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__materials_v\`("id", "parent_id", "version_title", "version_slug", "version_description", "version_file_id", "version_external_url", "version_source_type", "version_publisher", "version_published_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_description", "version_file_id", "version_external_url", "version_source_type", "version_publisher", "version_published_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_materials_v\`;`)
  await db.run(sql`DROP TABLE \`_materials_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__materials_v\` RENAME TO \`_materials_v\`;`)
  await db.run(sql`CREATE INDEX \`_materials_v_parent_idx\` ON \`_materials_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_slug_idx\` ON \`_materials_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_file_idx\` ON \`_materials_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_updated_at_idx\` ON \`_materials_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_created_at_idx\` ON \`_materials_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version__status_idx\` ON \`_materials_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_created_at_idx\` ON \`_materials_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_updated_at_idx\` ON \`_materials_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_latest_idx\` ON \`_materials_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_practices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`organiser\` text,
  	\`locality\` text,
  	\`website\` text,
  	\`year\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_practices\`("id", "title", "slug", "summary", "description", "organiser", "locality", "website", "year", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "description", "organiser", "locality", "website", "year", "updated_at", "created_at", "_status" FROM \`practices\`;`)
  await db.run(sql`DROP TABLE \`practices\`;`)
  await db.run(sql`ALTER TABLE \`__new_practices\` RENAME TO \`practices\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`practices_slug_idx\` ON \`practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`practices_updated_at_idx\` ON \`practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_created_at_idx\` ON \`practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`practices__status_idx\` ON \`practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__practices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_organiser\` text,
  	\`version_locality\` text,
  	\`version_website\` text,
  	\`version_year\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__practices_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_description", "version_organiser", "version_locality", "version_website", "version_year", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_description", "version_organiser", "version_locality", "version_website", "version_year", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_practices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__practices_v\` RENAME TO \`_practices_v\`;`)
  await db.run(sql`CREATE INDEX \`_practices_v_parent_idx\` ON \`_practices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_slug_idx\` ON \`_practices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_updated_at_idx\` ON \`_practices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_created_at_idx\` ON \`_practices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version__status_idx\` ON \`_practices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_created_at_idx\` ON \`_practices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_updated_at_idx\` ON \`_practices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_latest_idx\` ON \`_practices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`topic_id\` integer,
  	\`url\` text,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text,
  	\`status\` text DEFAULT 'nieuw' NOT NULL,
  	\`editor_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_submissions\`("id", "kind", "title", "description", "topic_id", "url", "name", "email", "organisation", "status", "editor_note", "updated_at", "created_at") SELECT "id", "kind", "title", "description", "topic_id", "url", "name", "email", "organisation", "status", "editor_note", "updated_at", "created_at" FROM \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_submissions\` RENAME TO \`submissions\`;`)
  await db.run(sql`CREATE INDEX \`submissions_topic_idx\` ON \`submissions\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
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
