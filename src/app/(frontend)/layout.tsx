import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { inPreview } from '@/data/preview'
import { logoMarkSvg } from '@/shared/layout/LogoMark'
import { feedAlternate, shareImage } from '@/shared/layout/metadata'
import { PreviewBanner } from '@/shared/layout/PreviewBanner'
import { SiteFooter } from '@/shared/layout/SiteFooter'
import { SiteHeader } from '@/shared/layout/SiteHeader'
import { tokenCss } from '@/shared/layout/tokenCss'
import { neutral } from '@/shared/design/tokens'
import { siteName, siteUrl } from '@/shared/site'
import './styles.css'

const description =
  'Kennis, materialen, goede praktijken en instrumenten om schooluitval te begrijpen, vroeg te herkennen en samen aan te pakken.'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: siteName, template: `%s – ${siteName}` },
  description,
  openGraph: { siteName, locale: 'nl_BE', type: 'website', title: siteName, description, images: [shareImage] },
  alternates: { types: feedAlternate },
  icons: { icon: `data:image/svg+xml,${encodeURIComponent(logoMarkSvg())}` },
}

export const viewport: Viewport = { themeColor: neutral.background, colorScheme: 'light' }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  // Draft mode does not make a page dynamic for visitors: Next.js renders per request only when its cookie is set.
  const preview = await inPreview()
  return (
    // --site-url lets the print stylesheet write out links as full addresses.
    <html lang="nl" style={{ ['--site-url' as string]: JSON.stringify(siteUrl) }}>
      <head>
        <style dangerouslySetInnerHTML={{ __html: tokenCss() }} />
      </head>
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        {preview ? <PreviewBanner /> : null}
        <SiteHeader />
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
