import { labelOf } from '@/shared/vocabulary'

/** The labels of a multiple choice from a vocabulary, as one fact ('Limburg, Antwerpen'); null when none was chosen. */
export const labelsOf = (values: readonly string[] | null | undefined, options: readonly { value: string; label: string }[]) =>
  values?.length ? values.map((v) => labelOf(options, v)).join(', ') : null

/** A website as a fact: a link that reads as the address without its scheme. */
export const websiteLink = (url: string | null | undefined) => (url ? <a href={url}>{url.replace(/^https?:\/\//, '')}</a> : null)
