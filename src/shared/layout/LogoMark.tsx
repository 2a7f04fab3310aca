import { neutral, themeColours } from '@/shared/design/tokens'

/** Six coloured themes around a centre, on a 28-unit grid centred on 0: the mindmap in one mark. */
export const logoCircles = Object.values(themeColours).map((colour, i, all) => {
  const angle = (i / all.length) * 2 * Math.PI - Math.PI / 3
  return { colour: colour.strong, cx: Math.round(Math.cos(angle) * 100) / 10, cy: Math.round(Math.sin(angle) * 100) / 10 }
})

/** The mark in 28 pixels. Decorative; the site name is the link text. */
export function LogoMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="-14 -14 28 28" width="28" height="28">
      {logoCircles.map(({ colour, cx, cy }) => (
        <circle key={colour} cx={cx} cy={cy} r="3.6" fill={colour} />
      ))}
      <circle r="4.2" fill="currentColor" />
    </svg>
  )
}

/** The same mark as an SVG file for the favicon (a data: URL, so the browser makes no extra request). */
export const logoMarkSvg = (): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-14 -14 28 28">${logoCircles
    .map(({ colour, cx, cy }) => `<circle cx="${cx}" cy="${cy}" r="3.6" fill="${colour}"/>`)
    .join('')}<circle r="4.2" fill="${neutral.text}"/></svg>`
