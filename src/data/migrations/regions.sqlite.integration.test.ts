import { regionsMigrationSuite } from './regions.suite'

regionsMigrationSuite('sqlite')
