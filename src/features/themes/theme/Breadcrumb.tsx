import styles from './Breadcrumb.module.css'

export interface Crumb {
  label: string
  /** Without href: the current page. */
  href?: string
}

/** "Mindmap › Thema › Onderwerp": where the visitor is in the tree; the last crumb is the current page. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Kruimelpad" className={styles.breadcrumb}>
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={`${i}-${crumb.label}`}>
            {crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}
