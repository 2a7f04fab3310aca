import { describe, expect, it } from 'vitest'

import { atLeast, connector, fit } from './geometry'

describe('mindmap geometry', () => {
  it('draws a curve from the outer edge of the parent to the inner edge of the child, on either side', () => {
    expect(connector({ x: 0, y: 0, halfWidth: 50 }, { x: 200, y: 40, halfWidth: 30 }, 1)).toBe('M50 0C110 0 110 40 170 40')
    expect(connector({ x: 0, y: 0, halfWidth: 50 }, { x: -200, y: 40, halfWidth: 30 }, -1)).toBe('M-50 0C-110 0 -110 40 -170 40')
  })

  it('grows a small box around its centre and leaves a big one alone', () => {
    expect(atLeast([0, 0, 100, 50], 200, 100)).toEqual([-50, -25, 150, 75])
    expect(atLeast([0, 0, 300, 200], 200, 100)).toEqual([0, 0, 300, 200])
  })

  it('fits a box centred in a viewport, like preserveAspectRatio meet', () => {
    const t = fit([-100, -50, 100, 50], 400, 400)
    expect(t.k).toBe(2)
    expect([t.k * -100 + t.x, t.k * 100 + t.x]).toEqual([0, 400])
    expect(t.k * 0 + t.y).toBe(200)
  })
})
