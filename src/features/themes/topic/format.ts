/**
 * How a topic page describes and groups its materials and words its headings — pure functions, unit-tested. Dates,
 * sizes and file types follow the site's one rule in src/shared/format.ts.
 */
import { fileFormat, fileSize } from '@/shared/format'
import { sourceTypes, type SourceType } from '@/shared/vocabulary'

/** A material's file on its card: 'Word, 4 kB' (the format and size rules are the site's, in src/shared/format.ts). */
export const fileLine = (file: { mimeType: string | null; filesize: number | null }): string =>
  [fileFormat(file.mimeType), fileSize(file.filesize)].filter(Boolean).join(', ')

/** Materials by who made them, in the order of the vocabulary (seed 001); empty groups are left out. */
export const groupBySource = <T extends { sourceType: SourceType | string }>(items: T[]) =>
  sourceTypes
    .map((type) => ({ value: type.value, label: type.label, items: items.filter((item) => item.sourceType === type.value) }))
    .concat([
      // A source type an editor added to the data but not (yet) to the vocabulary still shows, under 'Andere'.
      {
        value: 'andere',
        label: 'Andere',
        items: items.filter((item) => !sourceTypes.some((type) => type.value === item.sourceType)),
      },
    ])
    .reduce<{ value: string; label: string; items: T[] }[]>((groups, group) => {
      const same = groups.find((g) => g.value === group.value)
      if (same) same.items.push(...group.items)
      else if (group.items.length > 0) groups.push({ ...group, items: [...group.items] })
      return groups
    }, [])

/** 'Afwezigheden' → 'afwezigheden', but 'NAFT-trajecten' stays: an acronym keeps its capitals. */
export const lowerFirst = (text: string): string =>
  text.length > 1 && text[1] === text[1]!.toUpperCase() && /[A-Z]/.test(text[1]!) ? text : text.charAt(0).toLowerCase() + text.slice(1)
