'use client'
/**
 * The admin's publish and unpublish buttons, hidden for auteurs: they write drafts, and a redacteur or
 * beheerder publishes. (The server refuses it anyway; this keeps the panel from offering what will fail.)
 */
import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'

const mayPublish = (user: unknown) => (user as { role?: string } | null)?.role !== 'auteur'

export const EditorialPublishButton = () => (mayPublish(useAuth().user) ? <PublishButton /> : null)

export const EditorialUnpublishButton = () => (mayPublish(useAuth().user) ? <UnpublishButton /> : null)
