/**
 * Renders the site's Open Graph image (1200×630, shown when a page is shared) from the logo mark and the site's
 * colours: `npx tsx scripts/make-og-image.ts`. The PNG is committed (public/opengraph.png, named by pageMetadata), so
 * building needs no fonts and no network; run this again after changing the colours or the name.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { logoCircles } from '@/shared/layout/LogoMark'
import { neutral } from '@/shared/design/tokens'
import { siteName } from '@/shared/site'

const scale = 9
const circles = logoCircles
  .map(({ colour, cx, cy }) => `<circle cx="${300 + cx * scale}" cy="${315 + cy * scale}" r="${3.6 * scale}" fill="${colour}"/>`)
  .join('')
const font = 'font-family="DejaVu Sans, Liberation Sans, sans-serif"'
// The name on two lines ("Toolbox" / "Schooluitval"), beside the mark.
const nameLines = siteName.split(' ').map((word, i) => `<text x="470" y="${300 + i * 80}" ${font} font-weight="700" font-size="64" fill="${neutral.text}">${word}</text>`)
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${neutral.background}"/>
  ${circles}<circle cx="300" cy="315" r="${4.2 * scale}" fill="${neutral.text}"/>
  ${nameLines.join('')}
  <text x="470" y="450" ${font} font-size="30" fill="${neutral.muted}">Samen vroegtijdig schoolverlaten voorkomen</text>
</svg>`

const out = path.resolve(import.meta.dirname, '../public/opengraph.png')
writeFileSync(out, await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer())
console.log(`Wrote ${out}`)
