/**
 * The shared vocabulary of the content model: option lists used by the collections, the seed data,
 * the filters and the public pages. One place, so a label changes everywhere at once.
 */

export const themeSlugs = [
  'risicofactoren',
  'beschermende-factoren',
  'specifieke-doelgroepen',
  'interactie-leerling-context',
  'netwerkgericht-werken',
  'warme-overdracht',
] as const
export type ThemeSlug = (typeof themeSlugs)[number]

export const sourceTypes = [
  { value: 'sts-netwerk', label: 'STS-netwerk' },
  { value: 'plg-ankerfiguren', label: "PLG's ankerfiguren" },
  { value: 'academici-onderzoek', label: 'Academici en onderzoek' },
  { value: 'overheid', label: 'Overheid' },
  { value: 'netwerkpartner', label: 'Netwerkpartner' },
  { value: 'onderwijspartner', label: 'Onderwijspartner' },
  { value: 'andere', label: 'Andere' },
] as const
export type SourceType = (typeof sourceTypes)[number]['value']

/** Zorgcontinuüm phases (vclb-koepel.be). */
export const carePhases = [
  { value: '0', label: 'Fase 0 – brede basiszorg' },
  { value: '1', label: 'Fase 1 – verhoogde zorg' },
  { value: '2', label: 'Fase 2 – uitbreiding van zorg' },
  { value: '3', label: 'Fase 3 – individueel aangepast curriculum' },
] as const
export type CarePhase = (typeof carePhases)[number]['value']

export const educationLevels = [
  { value: 'kleuteronderwijs', label: 'Kleuteronderwijs' },
  { value: 'lager-onderwijs', label: 'Lager onderwijs' },
  { value: 'secundair-onderwijs', label: 'Secundair onderwijs' },
  { value: 'buitengewoon-onderwijs', label: 'Buitengewoon onderwijs' },
  { value: 'volwassenenonderwijs', label: 'Volwassenenonderwijs' },
] as const
export type EducationLevel = (typeof educationLevels)[number]['value']

export const regions = [
  { value: 'vlaanderen', label: 'Heel Vlaanderen' },
  { value: 'antwerpen', label: 'Antwerpen' },
  { value: 'limburg', label: 'Limburg' },
  { value: 'oost-vlaanderen', label: 'Oost-Vlaanderen' },
  { value: 'west-vlaanderen', label: 'West-Vlaanderen' },
  { value: 'vlaams-brabant', label: 'Vlaams-Brabant' },
  { value: 'brussel', label: 'Brussel' },
] as const
export type Region = (typeof regions)[number]['value']

export const partnerTypes = [
  { value: 'clb', label: 'CLB' },
  { value: 'naft-aanbieder', label: 'NAFT-aanbieder' },
  { value: 'welzijn-jeugdhulp', label: 'Welzijn en jeugdhulp' },
  { value: 'werk', label: 'Werk en opleiding' },
  { value: 'lokaal-bestuur', label: 'Lokaal bestuur' },
  { value: 'onderwijs', label: 'Onderwijs' },
  { value: 'netwerk-overleg', label: 'Netwerk of overleg' },
  { value: 'overheid', label: 'Overheid' },
  { value: 'andere', label: 'Andere' },
] as const
export type PartnerType = (typeof partnerTypes)[number]['value']

/** Editorial state of a topic's content — separate from Payload's draft/published workflow. */
export const topicStatuses = [
  { value: 'gepubliceerd', label: 'Gepubliceerd' },
  { value: 'in-ontwikkeling', label: 'In ontwikkeling' },
] as const
export type TopicStatus = (typeof topicStatuses)[number]['value']

/** The question types of an instrument (src/features/instruments/model.ts, QuestionKind). */
export const questionKinds = [
  { value: 'open', label: 'Open antwoord' },
  { value: 'checklist', label: 'Checklist' },
  { value: 'scale', label: 'Score van 0 tot 10 (“Schaal je school in: __/10”)' },
  { value: 'actions', label: 'Actietabel: Wat / Wie / Wanneer / Check' },
] as const
export type QuestionKindValue = (typeof questionKinds)[number]['value']

/** What one step of an instrument is called on its page. */
export const instrumentSectionLabels = [
  { value: 'Fase', label: 'Fase' },
  { value: 'Domein', label: 'Domein' },
  { value: 'Moment', label: 'Moment' },
  { value: 'Onderdeel', label: 'Onderdeel' },
] as const
export type InstrumentSectionLabel = (typeof instrumentSectionLabels)[number]['value']

export const roles = [
  { value: 'beheerder', label: 'Beheerder' },
  { value: 'redacteur', label: 'Redacteur' },
  { value: 'auteur', label: 'Auteur' },
] as const
export type Role = (typeof roles)[number]['value']

/** Turns a readonly option list into the mutable shape Payload's `select` field wants. */
export const selectOptions = <T extends readonly { value: string; label: string }[]>(list: T) =>
  list.map(({ value, label }) => ({ value, label }))

export const labelOf = <T extends readonly { value: string; label: string }[]>(list: T, value: string) =>
  list.find((option) => option.value === value)?.label ?? value
