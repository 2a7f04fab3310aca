import { themePath } from '@/shared/paths'
import { themeVars } from '@/shared/design/themeVars'

/** The themes as a list of links, each in its own colour: the way back in from a 404 or an empty search. */
export function ThemeLinks({ themes, className }: { themes: { slug: string; title: string; colour: string }[]; className?: string }) {
  return (
    <ul className={className}>
      {themes.map((theme) => (
        <li key={theme.slug} {...themeVars(theme.colour)}>
          <a href={themePath(theme.slug)}>{theme.title}</a>
        </li>
      ))}
    </ul>
  )
}
