import { gradient } from '@/shared/design/tokens'
import { themeVars } from '@/shared/design/themeVars'
import { connector } from './geometry'
import type { MapLayout } from './layout'
import styles from './Mindmap.module.css'
import { edgeHalfWidth, type MapNode } from './model'
import { homeHref, rootFoldLabel, themeLink, type HomeState } from './state'
import { topicPath } from '@/shared/paths'

/**
 * The mindmap as server-rendered SVG. Every theme and topic is a real link, so the map works without
 * JavaScript (a folded theme links to `/?thema=<slug>`, which this component draws unfolded); the browser
 * enhancement (MindmapEnhancer → controller.ts) only adds zoom, pan and unfolding in place.
 *
 * For screen readers the map is nested lists (themes → topics → deeper topics), the tree's structure; folded
 * branches are hidden (visibility), so they are neither read nor reached with Tab. The links come in reading
 * order: a theme, then its branch, then the next theme.
 */
export function Mindmap({ nodes, layout, state, labelledBy }: { nodes: MapNode[]; layout: MapLayout; state: HomeState; labelledBy: string }) {
  const s = Math.max(0, layout.states.indexOf(state.unfolded ?? ''))
  const at = layout.at[s]!
  const [x0, y0, x1, y1] = layout.box[s]!
  const pos = (node: MapNode) => ({
    x: at[node.index * 2]!,
    y: at[node.index * 2 + 1]!,
    halfWidth: edgeHalfWidth(node),
  })
  const childrenOf = (node: MapNode) => nodes.filter((child) => child.parent === node.index)
  const themes = childrenOf(nodes[0]!)
  const folded = (theme: MapNode) => (theme.theme!.slug === state.unfolded ? undefined : '')

  const edge = (node: MapNode) => (
    <path
      key={node.index}
      data-edge={node.index}
      d={connector(pos(nodes[node.parent]!), pos(node), node.side)}
      {...(node.depth === 1 ? themeVars(node.theme?.colour) : {})}
    />
  )
  const branchEdges = (node: MapNode): MapNode[] => childrenOf(node).flatMap((child) => [child, ...branchEdges(child)])

  const branch = (parent: MapNode, label: string) => {
    const children = childrenOf(parent)
    if (children.length === 0) return null
    return (
      <g role="list" aria-label={label}>
        {children.map((child) => (
          <g role="listitem" key={child.index}>
            <Node node={child} at={pos(child)} state={state} />
            {branch(child, `Dieper in ${child.title}`)}
          </g>
        ))}
      </g>
    )
  }

  const root = nodes[0]!
  const centre = (
    <>
      <circle r={root.width / 2} />
      <text fontSize={root.fontSize}>
        <Lines node={root} />
      </text>
    </>
  )
  return (
    <svg
      className={styles.map}
      viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
      aria-labelledby={labelledBy}
      // The map's own proportions: on a phone the frame takes them (Mindmap.module.css), so the map fills its width
      // instead of sitting small in a tall, empty frame.
      style={{ ['--map-aspect' as string]: `${Math.round(x1 - x0)} / ${Math.round(y1 - y0)}` }}
      data-mindmap=""
      data-state={state.unfolded ?? ''}
    >
      <defs>
        <linearGradient id="mm-overgang" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={gradient.from} />
          <stop offset="1" stopColor={gradient.to} />
        </linearGradient>
      </defs>
      <g data-viewport="">
        <g aria-hidden="true">
          {themes.map(edge)}
          {themes.map((theme) => (
            <g key={theme.index} data-branch={theme.theme!.slug} data-folded={folded(theme)} {...themeVars(theme.theme!.colour)}>
              {branchEdges(theme).map(edge)}
            </g>
          ))}
        </g>
        <g data-node={0} transform="translate(0 0)">
          {/* The centre is a link only when it has somewhere to go (fold everything back); otherwise a plain group, as
              a link without href is one that crawlers and audits flag as not followable. controller.ts swaps the two. */}
          {state.unfolded ? (
            <a data-root="" href={homeHref({ ...state, unfolded: null })} aria-label={rootFoldLabel}>
              {centre}
            </a>
          ) : (
            <g data-root="">{centre}</g>
          )}
        </g>
        <g role="list" aria-label="Thema's">
          {themes.map((theme) => (
            <g role="listitem" key={theme.index} {...themeVars(theme.theme!.colour)}>
              <Node node={theme} at={pos(theme)} state={state} />
              <g data-branch={theme.theme!.slug} data-folded={folded(theme)}>
                {branch(theme, `Onderwerpen van ${theme.title}`)}
              </g>
            </g>
          ))}
        </g>
      </g>
    </svg>
  )
}

/**
 * Title lines, centred on the node (x resets per line). Every line but the last ends in a space, so the text
 * reads as words ("Taalachterstand binnen de …") for assistive technology and copy-paste.
 */
function Lines({ node }: { node: MapNode }) {
  return node.lines.map((line, i) => (
    <tspan key={i} x={0} y={Math.round(((i - (node.lines.length - 1) / 2) * node.lineHeight + node.fontSize * 0.35) * 10) / 10}>
      {i < node.lines.length - 1 ? `${line} ` : line}
    </tspan>
  ))
}

function Node({ node, at, state }: { node: MapNode; at: { x: number; y: number }; state: HomeState }) {
  const isTheme = node.kind === 'theme'
  const topic = node.topic
  const [w, h] = [node.width, node.height]
  const link = isTheme ? themeLink({ slug: node.theme!.slug, title: node.title, count: node.descendants }, state) : null
  // Attributes only where needed: this markup is a large part of the home page's weight (bench/README.md).
  // Colours come from the theme's custom properties (data-colour on the branch) in Mindmap.module.css.
  const linkAttributes = link
    ? {
        href: link.href,
        'aria-label': link.label,
        ...(link.expanded === undefined ? {} : { 'aria-expanded': link.expanded }),
        'data-theme-link': node.theme!.slug,
      }
    : {
        href: topicPath(node.theme!.slug, topic!.slug),
        'aria-label': `${node.title}${topic?.inProgress ? ' (in ontwikkeling)' : ''}${topic?.gradient ? ' (van risico naar bescherming)' : ''}`,
        ...(node.depth > 2 ? { 'data-deep': '' } : {}),
        ...(topic?.gradient ? { 'data-gradient': '' } : {}),
        ...(topic?.inProgress ? { 'data-progress': '' } : {}),
      }
  return (
    <g data-node={node.index} transform={`translate(${at.x} ${at.y})`}>
      <a {...linkAttributes}>
        {node.lines.join(' ') !== node.title ? <title>{node.title}</title> : null}
        <rect x={-w / 2} y={-h / 2} width={w} height={h} rx={isTheme ? 12 : 8} />
        <text fontSize={node.fontSize}>
          <Lines node={node} />
        </text>
        {isTheme && node.descendants > 0 ? (
          <>
            {/* A space between the name and the badge: the link's visible text reads "Risicofactoren 8", as its name starts (WCAG 2.5.3). */}{' '}
            <g transform={`translate(${(node.side * w) / 2} 0)`} aria-hidden="true">
              <circle r={12} />
              <text data-badge="" y={4.5}>
                {node.theme!.slug === state.unfolded ? '−' : node.descendants}
              </text>
            </g>
          </>
        ) : null}
      </a>
    </g>
  )
}
