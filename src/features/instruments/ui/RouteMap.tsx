import type { InstrumentDefinition } from '@/features/instruments/model'
import { instrumentSectionId } from '@/shared/paths'
import styles from './Instruments.module.css'

/**
 * The route map (the PLG's "routekaart"): the instrument's sections as an ordered path of links to their place on
 * the page, drawn from the content, so it follows whatever phases an editor builds. Plain links: it works without
 * JavaScript, by keyboard, and a screen reader hears an ordered list in a named navigation region.
 */
export function RouteMap({ definition }: { definition: InstrumentDefinition }) {
  const label = definition.sectionLabel.toLowerCase()
  return (
    <nav aria-labelledby="routekaart-titel" className={styles.routeMap}>
      <h2 id="routekaart-titel">Routekaart</h2>
      <p className={styles.routeHint}>
        {definition.sections.length} stappen, in volgorde. Kies een {label} om ernaartoe te gaan.
      </p>
      <ol>
        {definition.sections.map((section) => (
          <li key={section.id}>
            <a href={`#${instrumentSectionId(section.id)}`}>
              <span className={styles.stepTitle}>{section.title}</span>
              {section.summary ? <span className={styles.stepSummary}>{section.summary}</span> : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
