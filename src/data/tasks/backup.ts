/**
 * `npm run backup [file or folder]`: the database, the uploaded files and the local secret in one dated archive
 * (default folder: ./backups). Safe while the site runs. See src/data/backup/backup.ts.
 */
import { createBackup } from '@/data/backup/backup'
import { dataLocations } from '@/data/backup/locations'
import { committedMigrations } from '@/data/migrations/committed'
import { taskLoaded } from './loaded'

taskLoaded()
try {
  const { file, manifest } = await createBackup(
    dataLocations(),
    process.argv[2] ?? 'backups',
    committedMigrations().map((m) => m.name),
  )
  console.log(`Backup written: ${file} (${manifest.database} database, ${manifest.files} files${manifest.secret ? ', secret' : ''})`)
  process.exit(0)
} catch (error) {
  console.error('Backup failed:', error instanceof Error ? error.message : error)
  process.exit(1)
}
