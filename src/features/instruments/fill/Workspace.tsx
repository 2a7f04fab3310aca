import type { InstrumentDefinition } from '@/features/instruments/model'
import { instrumentSectionId } from '@/shared/paths'

/**
 * PLACEHOLDER, replaced by the fill-in workspace of branch instruments-fill (same path, same export, same props).
 * Until then it shows the instrument read-only, keeping the contract the page frame relies on: one element per
 * section with the id `sectie-<section id>` and an h2.
 */
export function InstrumentWorkspace({ definition }: { definition: InstrumentDefinition }) {
  return (
    <div>
      {definition.sections.map((section) => (
        <section key={section.id} id={instrumentSectionId(section.id)} aria-labelledby={`${instrumentSectionId(section.id)}-titel`}>
          <h2 id={`${instrumentSectionId(section.id)}-titel`}>{section.title}</h2>
          {section.intro?.map((paragraph, i) => <p key={i}>{paragraph}</p>)}
          {section.parts.map((part) => (
            <div key={part.id}>
              <h3>{part.title}</h3>
              <ul>
                {part.questions.map((question) => (
                  <li key={question.id}>{question.prompt}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  )
}
