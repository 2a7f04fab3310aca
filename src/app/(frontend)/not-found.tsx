import { getThemes } from '../../queries/topics'

/** A helpful Dutch 404: search, and the way back in through the six themes. */
export default async function NotFound() {
  const themes = await getThemes().catch(() => [])
  return (
    <>
      <h1>Deze pagina bestaat niet (meer)</h1>
      <p className="lead">Misschien is ze verhuisd of is het adres niet helemaal juist. Zoek verder of kies een thema.</p>
      <form action="/zoeken" method="get" role="search" className="search-form">
        <label htmlFor="zoek-404">Zoeken in de toolbox</label>
        <input id="zoek-404" name="q" type="search" maxLength={200} />
        <button type="submit">Zoeken</button>
      </form>
      <h2>Thema&apos;s</h2>
      <ul>
        {themes.map((theme) => (
          <li key={theme.id}>
            <a href={`/themas/${theme.slug}`}>{theme.title}</a> — {theme.summary}
          </li>
        ))}
      </ul>
    </>
  )
}
