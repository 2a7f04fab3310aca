import type { Ref } from 'react'

import styles from './ContributionForm.module.css'

/**
 * What a sender reads once the contribution is stored: thanks, what the editors do next, and that a confirmation
 * e-mail is on its way. Shown in place of the form (with JavaScript, which moves the focus to the heading) and as the
 * page /bijdragen/bedankt (without JavaScript, after the redirect), so both read the same.
 */
export function Confirmation({ title = '', ref, asPage = false }: { title?: string; ref?: Ref<HTMLHeadingElement>; asPage?: boolean }) {
  const Heading = asPage ? 'h1' : 'h2'
  return (
    <div className={styles.thanks} role={asPage ? undefined : 'status'}>
      <Heading ref={ref} tabIndex={-1}>
        Bedankt, uw bijdrage is verstuurd
      </Heading>
      <p>
        De redactie bekijkt {title ? <>&ldquo;{title}&rdquo;</> : 'uw bijdrage'} en neemt contact met u op als er vragen zijn. Een goede praktijk of een
        materiaal verschijnt op de website zodra de redactie het heeft verwerkt.
      </p>
      <p>U krijgt een bevestiging per e-mail op het adres dat u opgaf. Een meegestuurd bestand ziet alleen de redactie, tot het op de website komt.</p>
      <p>
        <a href="/bijdragen">Nog iets insturen</a> · <a href="/">Terug naar de mindmap</a>
      </p>
    </div>
  )
}
