import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'

import { materials } from '@/data/seed/data/materials'
import { renderMaterialFile } from '@/data/seed/documents'
import { describeOutcome, extractFileText, MAX_EXTRACTED_CHARS, tidyText } from './fileText'

const blankPdf = () =>
  new Promise<Buffer>((resolve) => {
    const pdf = new PDFDocument()
    const chunks: Buffer[] = []
    pdf.on('data', (c: Buffer) => chunks.push(c))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.rect(50, 50, 100, 100).fill('#ccc') // a drawing, no text: like a scan
    pdf.end()
  })

describe('text from uploaded files', () => {
  it('reads the text of a PDF', async () => {
    const material = materials.find((m) => m.slug === 'leidraad-dialoogdocument-plg-bhg-vlaams-brabant')!
    const file = await renderMaterialFile(material)
    const outcome = await extractFileText(file.data, file.mimetype)
    expect(outcome.status).toBe('ok')
    const text = outcome.status === 'ok' ? outcome.text : ''
    expect(text).toContain('afsprakentabel')
    expect(text).toContain('Leidraad bij het dialoogdocument school')
  })

  it('reads the text of a Word document, accents and all', async () => {
    const material = materials.find((m) => m.format === 'docx')!
    const file = await renderMaterialFile(material)
    const outcome = await extractFileText(file.data, file.mimetype)
    expect(outcome.status).toBe('ok')
    const text = outcome.status === 'ok' ? outcome.text : ''
    expect(text).toContain(material.document.title)
    expect(text).toContain(material.document.sections[0]!.heading)
    expect(text).toMatch(/zorgcontinuüm/)
  })

  it('reads CSV as text and says which types it does not read', async () => {
    const csv = await extractFileText(new TextEncoder().encode('naam;regio\nArktos;Halle\n'), 'text/csv')
    expect(csv).toEqual({ status: 'ok', text: 'naam;regio\nArktos;Halle', truncated: false })
    expect(await extractFileText(new Uint8Array([1, 2, 3]), 'image/png')).toEqual({ status: 'unsupported' })
  })

  it('reports a file without text (a scan) and a damaged file, without throwing', async () => {
    expect((await extractFileText(await blankPdf(), 'application/pdf')).status).toBe('empty')
    const broken = await extractFileText(new TextEncoder().encode('%PDF-1.7 kapot'), 'application/pdf')
    expect(broken.status).toBe('failed')
    expect(describeOutcome(broken)).toMatch(/kon niet gelezen worden/)
    expect((await extractFileText(new Uint8Array([80, 75, 3, 4]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).status).toBe('failed')
  })

  it('caps very long texts', async () => {
    const long = await extractFileText(new TextEncoder().encode('woord '.repeat(MAX_EXTRACTED_CHARS)), 'text/plain')
    expect(long.status === 'ok' && long.text.length).toBe(MAX_EXTRACTED_CHARS)
    expect(long.status === 'ok' && long.truncated).toBe(true)
    expect(describeOutcome(long)).toMatch(/alleen de eerste/)
  })

  it('joins words hyphenated across lines and keeps paragraphs', () => {
    expect(tidyText('vroeg-\ntijdig  schoolverlaten\r\n\r\n\r\nNieuwe   alinea')).toBe('vroegtijdig schoolverlaten\n\nNieuwe alinea')
    expect(tidyText('CLB-\nTeam')).toBe('CLB-\nTeam')
  })
})
