import { colourOf } from '../../design/tokens'
import { getMindmap } from '../../queries/mindmap'

// Content changes in the admin must show at once; the page reads the database on each request.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const mindmap = await getMindmap()
  return (
    <>
      <h1>Toolbox Schooluitval</h1>
      <p className="lead">
        Zes invalshoeken om vroegtijdig schoolverlaten te begrijpen, vroeg te herkennen en samen aan te pakken.
      </p>
      <ul className="theme-list">
        {mindmap.map(({ theme, topics }) => {
          const colour = colourOf(theme.colour)
          return (
            <li key={theme.id} className="theme" style={{ background: colour.tint, color: colour.onTint, borderColor: colour.strong }}>
              <h2>
                <a href={`/themas/${theme.slug}`}>{theme.title}</a>
              </h2>
              <p>{theme.summary}</p>
              <ul>
                {topics.filter((topic) => !topic.parent).map((topic) => (
                  <li key={topic.id}>
                    <a href={`/themas/${theme.slug}/${topic.slug}`}>{topic.title}</a>
                    {topic.contentStatus === 'in-ontwikkeling' ? <span className="badge"> (in ontwikkeling)</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>
    </>
  )
}
