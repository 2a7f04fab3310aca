import type { Field } from 'payload'

import { carePhases, educationLevels, regions, selectOptions } from '@/shared/vocabulary'

/** Target groups are the topics of the theme 'Specifieke doelgroepen'. */
export const targetGroupsField: Field = {
  name: 'targetGroups',
  label: 'Doelgroepen',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  filterOptions: { 'theme.slug': { equals: 'specifieke-doelgroepen' } },
}

export const topicsField: Field = {
  name: 'topics',
  label: "Onderwerpen (thema's)",
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
}

export const carePhasesField: Field = {
  name: 'phases',
  label: 'Fase in het zorgcontinuüm',
  type: 'select',
  hasMany: true,
  options: selectOptions(carePhases),
}

export const educationLevelsField: Field = {
  name: 'educationLevels',
  label: 'Onderwijsniveau',
  type: 'select',
  hasMany: true,
  options: selectOptions(educationLevels),
}

export const regionsField: Field = {
  name: 'regions',
  label: "Regio's",
  type: 'select',
  hasMany: true,
  options: selectOptions(regions),
}

export const localityField: Field = {
  name: 'locality',
  label: 'Gemeente of streek',
  type: 'text',
}
