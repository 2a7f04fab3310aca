import { describe, expect, it } from 'vitest'

import { decodeBytes, decodeWindows1252 } from './decode'

describe('decoding exports', () => {
  it('decodes Windows-1252, including the 0x80–0x9F range Node gets wrong', () => {
    expect(decodeWindows1252(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x85, 0x92]))).toBe('Café €…’')
  })

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    const decoded = decodeBytes(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9]))
    expect(decoded).toEqual({ text: 'José', encoding: 'windows-1252', bom: false })
  })

  it('keeps valid UTF-8 as UTF-8 and strips its BOM', () => {
    const bytes = new TextEncoder().encode('José')
    expect(decodeBytes(bytes)).toEqual({ text: 'José', encoding: 'utf-8', bom: false })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
    expect(decodeBytes(withBom)).toEqual({ text: 'José', encoding: 'utf-8', bom: true })
  })

  it('reads UTF-16 (Excel "Unicode text"), with and without BOM', () => {
    const text = 'leerling_id\tleerjaar\n1\t5'
    const le = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) le[2 * i] = text.charCodeAt(i)
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ text, encoding: 'utf-16le', bom: true })
    expect(decodeBytes(le)).toMatchObject({ text, encoding: 'utf-16le', bom: false })
  })
})
