import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`instr_guiding_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`instruments_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instr_guiding_questions_order_idx\` ON \`instr_guiding_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`instr_guiding_questions_parent_id_idx\` ON \`instr_guiding_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`instr_list_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`instruments_sections_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instr_list_items_order_idx\` ON \`instr_list_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`instr_list_items_parent_id_idx\` ON \`instr_list_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`instruments_sections_lists\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`instruments_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instruments_sections_lists_order_idx\` ON \`instruments_sections_lists\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`instruments_sections_lists_parent_id_idx\` ON \`instruments_sections_lists\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`instr_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`instr_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instr_options_order_idx\` ON \`instr_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`instr_options_parent_id_idx\` ON \`instr_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`instr_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'open',
  	\`prompt\` text,
  	\`help\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`instruments_sections_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instr_questions_order_idx\` ON \`instr_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`instr_questions_parent_id_idx\` ON \`instr_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`instruments_sections_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`instruments_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instruments_sections_parts_order_idx\` ON \`instruments_sections_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`instruments_sections_parts_parent_id_idx\` ON \`instruments_sections_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`instruments_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`intro\` text,
  	\`goal\` text,
  	\`clb_role\` text,
  	\`result\` text,
  	\`preconditions\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instruments_sections_order_idx\` ON \`instruments_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`instruments_sections_parent_id_idx\` ON \`instruments_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`instruments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`made_by\` text,
  	\`section_label\` text DEFAULT 'Fase',
  	\`follow_up\` integer DEFAULT false,
  	\`route_map\` integer DEFAULT false,
  	\`material_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`instruments_slug_idx\` ON \`instruments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`instruments_material_idx\` ON \`instruments\` (\`material_id\`);`)
  await db.run(sql`CREATE INDEX \`instruments_updated_at_idx\` ON \`instruments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`instruments_created_at_idx\` ON \`instruments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`instruments__status_idx\` ON \`instruments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`instruments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`instruments_rels_order_idx\` ON \`instruments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`instruments_rels_parent_idx\` ON \`instruments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`instruments_rels_path_idx\` ON \`instruments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`instruments_rels_topics_id_idx\` ON \`instruments_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`instruments_rels_materials_id_idx\` ON \`instruments_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE TABLE \`_instr_guiding_questions_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_instruments_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instr_guiding_questions_v_order_idx\` ON \`_instr_guiding_questions_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_instr_guiding_questions_v_parent_id_idx\` ON \`_instr_guiding_questions_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_instr_list_items_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_instruments_v_version_sections_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instr_list_items_v_order_idx\` ON \`_instr_list_items_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_instr_list_items_v_parent_id_idx\` ON \`_instr_list_items_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_instruments_v_version_sections_lists\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_instruments_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_sections_lists_order_idx\` ON \`_instruments_v_version_sections_lists\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_sections_lists_parent_id_idx\` ON \`_instruments_v_version_sections_lists\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_instr_options_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_instr_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instr_options_v_order_idx\` ON \`_instr_options_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_instr_options_v_parent_id_idx\` ON \`_instr_options_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_instr_questions_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'open',
  	\`prompt\` text,
  	\`help\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_instruments_v_version_sections_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instr_questions_v_order_idx\` ON \`_instr_questions_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_instr_questions_v_parent_id_idx\` ON \`_instr_questions_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_instruments_v_version_sections_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_instruments_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_sections_parts_order_idx\` ON \`_instruments_v_version_sections_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_sections_parts_parent_id_idx\` ON \`_instruments_v_version_sections_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_instruments_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`intro\` text,
  	\`goal\` text,
  	\`clb_role\` text,
  	\`result\` text,
  	\`preconditions\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_instruments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_sections_order_idx\` ON \`_instruments_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_sections_parent_id_idx\` ON \`_instruments_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_instruments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_made_by\` text,
  	\`version_section_label\` text DEFAULT 'Fase',
  	\`version_follow_up\` integer DEFAULT false,
  	\`version_route_map\` integer DEFAULT false,
  	\`version_material_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`instruments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_instruments_v_parent_idx\` ON \`_instruments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_version_slug_idx\` ON \`_instruments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_version_material_idx\` ON \`_instruments_v\` (\`version_material_id\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_version_updated_at_idx\` ON \`_instruments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_version_created_at_idx\` ON \`_instruments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_version_version__status_idx\` ON \`_instruments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_created_at_idx\` ON \`_instruments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_updated_at_idx\` ON \`_instruments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_latest_idx\` ON \`_instruments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_instruments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_instruments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_instruments_v_rels_order_idx\` ON \`_instruments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_rels_parent_idx\` ON \`_instruments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_rels_path_idx\` ON \`_instruments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_rels_topics_id_idx\` ON \`_instruments_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_instruments_v_rels_materials_id_idx\` ON \`_instruments_v_rels\` (\`materials_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`instruments_id\` integer REFERENCES instruments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_instruments_id_idx\` ON \`payload_locked_documents_rels\` (\`instruments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`instr_guiding_questions\`;`)
  await db.run(sql`DROP TABLE \`instr_list_items\`;`)
  await db.run(sql`DROP TABLE \`instruments_sections_lists\`;`)
  await db.run(sql`DROP TABLE \`instr_options\`;`)
  await db.run(sql`DROP TABLE \`instr_questions\`;`)
  await db.run(sql`DROP TABLE \`instruments_sections_parts\`;`)
  await db.run(sql`DROP TABLE \`instruments_sections\`;`)
  await db.run(sql`DROP TABLE \`instruments\`;`)
  await db.run(sql`DROP TABLE \`instruments_rels\`;`)
  await db.run(sql`DROP TABLE \`_instr_guiding_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_instr_list_items_v\`;`)
  await db.run(sql`DROP TABLE \`_instruments_v_version_sections_lists\`;`)
  await db.run(sql`DROP TABLE \`_instr_options_v\`;`)
  await db.run(sql`DROP TABLE \`_instr_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_instruments_v_version_sections_parts\`;`)
  await db.run(sql`DROP TABLE \`_instruments_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_instruments_v\`;`)
  await db.run(sql`DROP TABLE \`_instruments_v_rels\`;`)
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
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "themes_id", "topics_id", "materials_id", "practices_id", "partners_id", "categories_id", "media_id", "submissions_id", "users_id") SELECT "id", "order", "parent_id", "path", "themes_id", "topics_id", "materials_id", "practices_id", "partners_id", "categories_id", "media_id", "submissions_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
