import { regionsMigrationSuite } from './regions.suite'

regionsMigrationSuite('postgres')
