import { siteName } from '@/shared/site'
import { LogoMark } from './LogoMark'
import { MainNav } from './MainNav'
import { SearchForm } from './SearchForm'
import styles from './SiteHeader.module.css'

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.top}>
        <a className={styles.name} href="/">
          <LogoMark />
          <span>{siteName}</span>
        </a>
        <div className={styles.search}>
          <SearchForm id="zoek-site" />
        </div>
      </div>
      <MainNav />
    </header>
  )
}
