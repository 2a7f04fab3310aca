/**
 * Renders a seed material's text to a real PDF (pdfkit) or Word file (docx), so every seeded material
 * can be viewed and downloaded. Both libraries are pure JavaScript and well kept; pdfkit lays out and
 * wraps text, docx writes genuine .docx packages that open in Word and LibreOffice.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import PDFDocument from 'pdfkit'

import type { SeedMaterial } from './data/types'

export const mimeTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

/** The PDF standard fonts speak Windows-1252 only: spell out the few symbols outside it. */
const toWinAnsi = (text: string): string =>
  text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/[→⇒]/g, '->')
    .replace(/↔/g, '<->')
    .replace(/[✅✔☐]/g, '-')
    .replace(/\p{Extended_Pictographic}/gu, '')

const renderPdf = (material: SeedMaterial): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const { document } = material
    const pdf = new PDFDocument({
      size: 'A4',
      margin: 56,
      lang: 'nl-BE',
      displayTitle: true,
      info: { Title: document.title, Author: material.publisher, Subject: material.description, Keywords: 'schooluitval' },
    })
    const chunks: Buffer[] = []
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)

    pdf.font('Helvetica-Bold').fontSize(20).text(toWinAnsi(document.title))
    if (document.subtitle) pdf.moveDown(0.3).font('Helvetica').fontSize(13).fillColor('#444').text(toWinAnsi(document.subtitle))
    pdf.fillColor('#000').moveDown(0.3).font('Helvetica').fontSize(9).text(toWinAnsi(`${material.publisher} – ${material.publishedDate}`))

    for (const section of document.sections) {
      pdf.moveDown(1).font('Helvetica-Bold').fontSize(14).text(toWinAnsi(section.heading))
      pdf.font('Helvetica').fontSize(11)
      for (const paragraph of section.paragraphs ?? []) pdf.moveDown(0.5).text(toWinAnsi(paragraph))
      if (section.bullets?.length) pdf.moveDown(0.5).list(section.bullets.map(toWinAnsi), { bulletRadius: 2, textIndent: 12 })
      if (section.table?.length) {
        const [header, ...rows] = section.table
        pdf.moveDown(0.5).table({
          data: [header!.map(toWinAnsi), ...rows.map((row) => row.map(toWinAnsi))],
          rowStyles: (i: number) => (i === 0 ? { font: 'Helvetica-Bold', backgroundColor: '#eeeeee' } : {}),
        })
      }
    }
    pdf.end()
  })

const cellText = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })

const renderDocx = async (material: SeedMaterial): Promise<Buffer> => {
  const { document } = material
  const children: (Paragraph | Table)[] = [new Paragraph({ text: document.title, heading: HeadingLevel.TITLE })]
  if (document.subtitle) children.push(new Paragraph({ text: document.subtitle, heading: HeadingLevel.HEADING_2 }))
  children.push(
    new Paragraph({ children: [new TextRun({ text: `${material.publisher} – ${material.publishedDate}`, italics: true })] }),
  )
  for (const section of document.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }))
    for (const paragraph of section.paragraphs ?? []) children.push(new Paragraph({ text: paragraph }))
    for (const bullet of section.bullets ?? []) children.push(new Paragraph({ text: bullet, bullet: { level: 0 } }))
    if (section.table?.length) {
      const [header, ...rows] = section.table
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: header!.map((text) => cellText(text, true)) }),
            ...rows.map((row) => new TableRow({ children: row.map((text) => cellText(text)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      )
    }
  }
  const doc = new Document({
    creator: material.publisher,
    title: document.title,
    description: material.description,
    sections: [{ children }],
  })
  return Packer.toBuffer(doc)
}

/** The file for a seed material: its bytes, file name and MIME type. */
export const renderMaterialFile = async (material: SeedMaterial) => ({
  data: material.format === 'pdf' ? await renderPdf(material) : await renderDocx(material),
  name: `${material.fileName}.${material.format}`,
  mimetype: mimeTypes[material.format],
})
