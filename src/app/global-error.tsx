'use client'

/**
 * The last resort when even a root layout fails. Deliberately tiny and self-contained (it replaces Next.js's
 * built-in error screen, which every public page would otherwise download): plain Dutch, a way back, no styles
 * beyond the browser's.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="nl">
      <body>
        <main>
          <h1>Er liep iets mis</h1>
          <p>De pagina kon niet getoond worden. Probeer het opnieuw, of ga naar de startpagina.</p>
          <p>
            <button type="button" onClick={() => reset()}>
              Opnieuw proberen
            </button>{' '}
            <a href="/">Naar de mindmap</a>
          </p>
        </main>
      </body>
    </html>
  )
}
