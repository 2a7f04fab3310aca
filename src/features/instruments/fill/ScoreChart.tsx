'use client'
/**
 * One objective's scores over time, drawn by Observable Plot. Why Plot: it writes plain SVG (no canvas, so the chart
 * scales on a projector and prints sharply), takes an accessible name and description for the chart and a title per
 * point, runs entirely in the browser (no fonts, images or scripts from anywhere else: the page's CSP forbids them),
 * and is a small layer over d3, which the site already uses for the mind map. It is loaded only when a chart is shown.
 * The follow-up table beside the charts holds the same figures as text.
 */
import { useEffect, useRef } from 'react'

import { formatDateTime, type ObjectiveSeries } from './engine/followUp'
import styles from './workspace.module.css'

export const describeSeries = (series: ObjectiveSeries): string =>
  series.points.length === 0
    ? `${series.objective}: nog geen score in een momentopname.`
    : `${series.objective}: ${series.points.map((p) => `${p.value}/10 op ${formatDateTime(p.takenAt)}`).join(', ')}.`

export function ScoreChart({ series, colour }: { series: ObjectiveSeries; colour: string }) {
  const box = useRef<HTMLDivElement>(null)
  // Drawn again only when its figures change, not on every keystroke elsewhere in the instrument.
  const drawn = JSON.stringify([series.objective, series.points, colour])
  useEffect(() => {
    const { points } = series
    let cancelled = false
    const target = box.current
    void import('@observablehq/plot').then((Plot) => {
      if (cancelled || !target) return
      const data = points.map((p) => ({ date: new Date(p.takenAt), value: p.value }))
      const svg = Plot.plot({
        width: 320,
        height: 170,
        marginLeft: 36,
        marginRight: 16,
        style: { fontSize: '13px', color: 'var(--colour-text)', background: 'transparent' },
        ariaLabel: `Scores door de tijd: ${series.objective}`,
        ariaDescription: describeSeries(series),
        x: { type: 'utc', label: null, ticks: 3, nice: false, inset: 18 },
        y: { domain: [0, 10], label: 'Score /10', grid: true, ticks: 5 },
        marks: [
          Plot.lineY(data, { x: 'date', y: 'value', stroke: colour, strokeWidth: 2.5 }),
          Plot.dot(data, { x: 'date', y: 'value', fill: colour, r: 4.5, title: (d: { date: Date; value: number }) => `${d.value}/10 op ${formatDateTime(d.date.toISOString())}` }),
          Plot.text(data.slice(-1), { x: 'date', y: 'value', text: (d: { value: number }) => `${d.value}`, dy: -12, fontWeight: 700, fill: 'currentColor' }),
        ],
      })
      // One image to assistive technology, named and described by Plot (ariaLabel, ariaDescription): Plot labels its
      // inner groups with mark types ("line", "dot"), which tell a listener nothing and are not allowed on plain
      // groups. The figures themselves are in the table below the charts.
      svg.setAttribute('role', 'img')
      svg.querySelectorAll('[aria-label]').forEach((el) => {
        if (el !== svg) el.removeAttribute('aria-label')
      })
      target.replaceChildren(svg)
    })
    return () => {
      cancelled = true
    }
  }, [drawn])
  return <div ref={box} className={styles.chart} />
}
