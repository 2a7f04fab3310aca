import styles from './SearchForm.module.css'

/**
 * The site search as a plain GET form to /zoeken (works without JavaScript). `id` keeps label and field paired
 * when a page shows the form twice (the header and the 404 page).
 */
export function SearchForm({ id, label = 'Zoeken', visibleLabel = false, defaultValue }: {
  id: string
  label?: string
  visibleLabel?: boolean
  defaultValue?: string
}) {
  return (
    <form action="/zoeken" method="get" role="search" className={styles.form}>
      <label htmlFor={id} className={visibleLabel ? styles.label : 'visually-hidden'}>
        {label}
      </label>
      <span className={styles.field}>
        <input
          id={id}
          name="q"
          type="search"
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          placeholder="Zoek in de toolbox"
          defaultValue={defaultValue}
          className={styles.input}
        />
        <button type="submit" className={styles.button}>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18">
            <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2.2" />
            <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
          <span className="visually-hidden">Zoek</span>
        </button>
      </span>
    </form>
  )
}
