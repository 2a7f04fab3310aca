import { neutral, themeColours } from '../../design/tokens'

const colours = Object.values(themeColours).map((colour) => colour.strong)

/** Six coloured themes around a centre: the mindmap in 28 pixels. Decorative; the site name is the link text. */
export function LogoMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="-14 -14 28 28" width="28" height="28">
      {colours.map((colour, i) => {
        const angle = (i / colours.length) * 2 * Math.PI - Math.PI / 3
        return <circle key={colour} cx={Math.round(Math.cos(angle) * 100) / 10} cy={Math.round(Math.sin(angle) * 100) / 10} r="3.6" fill={colour} />
      })}
      <circle r="4.2" fill="currentColor" />
    </svg>
  )
}

/** The same mark as an SVG file for the favicon (a data: URL, so the browser makes no extra request). */
export const logoMarkSvg = (): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-14 -14 28 28">${colours
    .map((colour, i) => {
      const angle = (i / colours.length) * 2 * Math.PI - Math.PI / 3
      return `<circle cx="${Math.round(Math.cos(angle) * 100) / 10}" cy="${Math.round(Math.sin(angle) * 100) / 10}" r="3.6" fill="${colour}"/>`
    })
    .join('')}<circle r="4.2" fill="${neutral.text}"/></svg>`
