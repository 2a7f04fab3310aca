import { colourOf, gradient } from '../../design/tokens'
import { layoutMindmap, type MapTheme, type PlacedNode } from './layout'

/** Splits a title into lines of about `width` characters, at spaces. */
const wrap = (text: string, width: number): string[] =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1]
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

const hrefOf = (node: PlacedNode, unfolded: string | null) => {
  if (node.kind === 'topic') return `/themas/${node.theme!.slug}/${node.topic!.slug}`
  if (node.kind === 'theme') return node.theme!.slug === unfolded ? `/themas/${node.theme!.slug}` : `/?thema=${node.theme!.slug}`
  return '/'
}

function Node({ node, unfolded }: { node: PlacedNode; unfolded: string | null }) {
  const isTheme = node.kind === 'theme'
  const colour = colourOf(node.theme?.colour)
  const lines = wrap(node.title, isTheme ? 16 : 20)
  const lineHeight = isTheme ? 20 : 16
  const width = Math.max(...lines.map((l) => l.length)) * (isTheme ? 10.5 : 8) + 24
  const height = lines.length * lineHeight + 16
  const fill = node.topic?.gradient ? 'url(#overgang)' : isTheme ? colour.strong : colour.tint
  const text = node.topic?.gradient ? gradient.onGradient : isTheme ? colour.onStrong : colour.onTint
  const label =
    node.kind === 'theme'
      ? node.theme!.slug === unfolded
        ? `${node.title}: open de themapagina`
        : `${node.title}: toon de onderwerpen`
      : `${node.title} (${node.theme!.title})`
  return (
    <a href={hrefOf(node, unfolded)} aria-label={label} className={`mindmap__node mindmap__node--${node.kind}`}>
      <g transform={`translate(${node.x} ${node.y})`}>
        <rect x={-width / 2} y={-height / 2} width={width} height={height} rx={isTheme ? 12 : 8} fill={fill} stroke={colour.strong} strokeWidth={isTheme ? 0 : 2} />
        <text textAnchor="middle" fill={text} fontSize={isTheme ? 17 : 13} fontWeight={isTheme ? 700 : 500}>
          {lines.map((line, i) => (
            <tspan key={i} x={0} y={(i - (lines.length - 1) / 2) * lineHeight + (isTheme ? 6 : 5)}>
              {/* The space keeps the accessible name equal to the visible words across line breaks. */}
              {i < lines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      </g>
    </a>
  )
}

/**
 * The mindmap as server-rendered SVG: every theme and topic is a real link, so it works without JavaScript.
 * The unfolded theme comes from the URL (`/?thema=<slug>`), so a shared link or the × on a topic page opens
 * the same view.
 */
export function Mindmap({ themes, unfolded }: { themes: MapTheme[]; unfolded: string | null }) {
  const nodes = layoutMindmap(themes, unfolded)
  return (
    <svg className="mindmap" viewBox="-620 -520 1240 1040" role="group" aria-label="Mindmap van de toolbox">
      <defs>
        <linearGradient id="overgang" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={gradient.from} />
          <stop offset="1" stopColor={gradient.to} />
        </linearGradient>
      </defs>
      <g aria-hidden="true">
        {nodes
          .filter((node) => node.depth > 0)
          .map((node) => (
            <line key={node.key} x1={node.parentX} y1={node.parentY} x2={node.x} y2={node.y} stroke={colourOf(node.theme?.colour).strong} strokeWidth={node.kind === 'theme' ? 4 : 2} />
          ))}
      </g>
      <g aria-hidden="true">
        <circle r={62} fill="#1b1b1f" />
        <text textAnchor="middle" fill="#ffffff" fontSize={15} fontWeight={700}>
          <tspan x={0} y={-4}>Samen tegen</tspan>
          <tspan x={0} y={18}>schooluitval</tspan>
        </text>
      </g>
      {nodes
        .filter((node) => node.kind !== 'root')
        .map((node) => (
          <Node key={node.key} node={node} unfolded={unfolded} />
        ))}
    </svg>
  )
}
