import { sqlitePayload } from '@tests/support/payload'
import { linkServerPorts, linksSuite } from './links.suite'

linksSuite('SQLite', sqlitePayload, linkServerPorts.sqlite)
