import { describe, expect, it } from 'vitest'

import { atLeast, connector, fit, focus, uprightConnector, view } from './geometry'

describe('mindmap geometry', () => {
  it('draws a curve from the outer edge of the parent to the inner edge of the child, on either side', () => {
    expect(connector({ x: 0, y: 0, halfWidth: 50 }, { x: 200, y: 40, halfWidth: 30 }, 1)).toBe('M50 0C110 0 110 40 170 40')
    expect(connector({ x: 0, y: 0, halfWidth: 50 }, { x: -200, y: 40, halfWidth: 30 }, -1)).toBe('M-50 0C-110 0 -110 40 -170 40')
  })

  it('draws the upright map\'s lines: down the middle into a theme\'s inner edge, down inside a theme\'s outer edge into a topic', () => {
    // The centre (half height 58) to a right-hand theme at (108, 100), 200 wide: trunk at x 0, turn right, end at 8.
    expect(uprightConnector({ x: 0, y: 0, halfWidth: 58, halfHeight: 58, centre: true }, { x: 108, y: 100, halfWidth: 100 }, 1)).toBe('M0 58V94Q0 100 6 100H8')
    // A left-hand theme (-108, 100) to its topic: trunk 14 inside the theme's left edge (-194), into the topic's left edge.
    expect(uprightConnector({ x: -108, y: 100, halfWidth: 100, halfHeight: 20, centre: false }, { x: -73, y: 160, halfWidth: 107 }, -1)).toBe(
      'M-194 120V154Q-194 160 -188 160H-180',
    )
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

  it('opens a narrow screen on part of the map at real size: the unfolded theme\'s topics, else the right-hand themes', () => {
    // Centre, two themes right (1, 2), one left (3); topics 4 and 5 under theme 1.
    const nodes: [number, number, number][] = [[-1, 0, 58], [0, 1, 100], [0, 1, 100], [0, -1, 100], [1, 1, 107], [1, 1, 107]]
    const at = [0, 0, 214, -60, 214, 60, -214, 0, 483, -40, 483, 40]
    expect(focus(at, nodes, 1)).toEqual([376, -76, 590, 76])
    expect(focus(at, nodes, null)).toEqual([114, -96, 314, 96])
    // A theme without topics: the theme itself.
    expect(focus(at, nodes, 2)).toEqual([114, 24, 314, 96])
    // No themes at all: the centre.
    expect(focus([0, 0], [[-1, 0, 58]], null)).toEqual([-58, -36, 58, 36])

    // A laptop reads the whole map; a phone gets the part at scale 1, centred.
    expect(view([-400, -200, 400, 200], [376, -76, 590, 76], 1200, 600).k).toBe(1.5)
    const phone = view([-400, -200, 400, 200], [376, -76, 590, 76], 358, 500)
    expect(phone.k).toBe(1)
    expect([376 + phone.x, 590 + phone.x]).toEqual([72, 286])
    expect([-76 + phone.y, 76 + phone.y]).toEqual([174, 326])
    // A part taller than the screen starts at its top; one wider than the screen is scaled down to fit across.
    expect(view([-400, -900, 400, 900], [0, -900, 200, 900], 358, 500).y).toBe(900)
    expect(view([-1400, -200, 1400, 200], [0, -10, 716, 10], 358, 500).k).toBe(0.5)
    // The upright map, readable whole, starts at the frame's top instead of its middle.
    const upright = view([-200, -70, 200, 300], [0, 0, 1, 1], 358, 480, true)
    expect(upright.k).toBeCloseTo(0.895, 3)
    expect(-70 * upright.k + upright.y).toBe(0)
  })
})
