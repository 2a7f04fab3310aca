/** `npm run restore <archive>`: a backup from `npm run backup` into an empty data folder (refuses anything else). */
import { dataLocations } from '@/data/backup/locations'
import { restoreBackup, RestoreRefused } from '@/data/backup/restore'
import { taskLoaded } from './loaded'

taskLoaded()
const archive = process.argv[2]
if (!archive) {
  console.error('Usage: npm run restore <backup.tar.gz>')
  process.exit(2)
}
try {
  const manifest = await restoreBackup(archive, dataLocations())
  console.log(`Restored the backup of ${manifest.created}: ${manifest.database} database, ${manifest.files} files.`)
  console.log('Start the site (npm start): it applies any migrations newer than the backup.')
  process.exit(0)
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `Restore failed: ${String(error)}`)
  process.exit(1)
}
