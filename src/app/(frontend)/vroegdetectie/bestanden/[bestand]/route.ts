/**
 * GET /vroegdetectie/bestanden/<name>: the template and sample CSVs (files.ts), built once at build time. Unknown
 * names are a 404 with a short Dutch text.
 */
import { DOWNLOADS } from '@/app/(frontend)/vroegdetectie/bestanden/files'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return DOWNLOADS.map((d) => ({ bestand: d.name }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ bestand: string }> }) {
  const { bestand } = await params
  const download = DOWNLOADS.find((d) => d.name === bestand)
  if (!download) {
    return new Response('Dit bestand bestaat niet. Zie /vroegdetectie voor het sjabloon en de voorbeeldbestanden.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(download.make(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${download.name}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
