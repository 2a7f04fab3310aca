import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { FileLinks } from './FileLinks'

const render = (file: Parameters<typeof FileLinks>[0]['file'], name?: string) => renderToStaticMarkup(createElement(FileLinks, { file, name }))
const pdf = { url: '/api/media/file/draaiboek.pdf', filename: 'draaiboek.pdf', mimeType: 'application/pdf', filesize: 48_200 }

describe('a file’s buttons on a detail page', () => {
  it('opens a PDF in the browser and downloads it, with its type and size, at its relative address', () => {
    const html = render(pdf)
    expect(html).toContain('href="/api/media/file/draaiboek.pdf">Bekijken in de browser</a>')
    expect(html).toContain('href="/api/media/file/draaiboek.pdf" download="draaiboek.pdf">Downloaden (PDF, 48 kB)</a>')
  })

  it('only downloads other types', () => {
    const html = render({ url: '/api/media/file/plan.docx', filename: 'plan.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filesize: 1_200_000 })
    expect(html).not.toContain('Bekijken')
    expect(html).toContain('Downloaden (Word, 1,2 MB)')
  })

  it('names the file for screen readers when a page lists several', () => {
    const html = render(pdf, 'Draaiboek')
    // One string each (aria-label): a hidden span would be read as "Downloaden : Draaiboek".
    expect(html).toContain('aria-label="Bekijken in de browser: Draaiboek">Bekijken in de browser</a>')
    expect(html).toContain('aria-label="Downloaden: Draaiboek (PDF, 48 kB)">Downloaden (PDF, 48 kB)</a>')
    expect(html).not.toContain('visually-hidden')
  })

  it('shows nothing for a file without an address', () => {
    expect(render({ ...pdf, url: null })).toBe('')
  })
})
