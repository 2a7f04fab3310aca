import { usesPostgres } from '@/data/database'
import { migrations as postgresMigrations } from './postgres'
import { migrations as sqliteMigrations } from './sqlite'

/** The committed migrations of the configured adapter: what `migrate` applies and `/readyz` expects applied. */
export const committedMigrations = () => (usesPostgres() ? postgresMigrations : sqliteMigrations)
