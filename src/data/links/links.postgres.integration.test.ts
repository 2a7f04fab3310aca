import { postgresPayload } from '@tests/support/payload'
import { linkServerPorts, linksSuite } from './links.suite'

linksSuite('PostgreSQL', postgresPayload, linkServerPorts.postgres)
