import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { siteName, siteUrl } from '../../site'
import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: siteName, template: `%s – ${siteName}` },
  description:
    'Kennis, materialen, goede praktijken en instrumenten om schooluitval te begrijpen, vroeg te herkennen en samen aan te pakken.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header className="site-header">
          <a className="site-name" href="/">
            {siteName}
          </a>
        </header>
        <main id="inhoud">{children}</main>
        <footer className="site-footer">
          <p>
            Toolbox Schooluitval – een project van Samen tegen Schooluitval. <a href="/admin">Aanmelden voor redacteurs</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
