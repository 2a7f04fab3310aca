import styles from './Listing.module.css'

/** Numbered pages with previous/next, as plain links: `hrefFor(page)` gives each page's address. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null
  // First, last, and two either side of the current page; gaps shown as "…".
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b)
  return (
    <nav className={styles.pagination} aria-label="Paginering">
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              ‹ Vorige<span className={styles.visuallyHidden}> pagina</span>
            </a>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && p - shown[i - 1]! > 1 ? <span className={styles.gap} aria-hidden="true">…</span> : null}
            {p === page ? (
              <a href={hrefFor(p)} aria-current="page">
                <span className={styles.visuallyHidden}>Pagina </span>
                {p}
              </a>
            ) : (
              <a href={hrefFor(p)}>
                <span className={styles.visuallyHidden}>Pagina </span>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Volgende<span className={styles.visuallyHidden}> pagina</span> ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
