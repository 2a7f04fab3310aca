import { describe, expect, it } from 'vitest'

import {
  OPERATORS,
  asNumber,
  asYesNo,
  between,
  equals,
  formatThreshold,
  greaterOrEqual,
  greaterThan,
  isOperatorName,
  isValue,
  lessOrEqual,
  lessThan,
  notEquals,
  oneOf,
} from './operators'

describe('operators', () => {
  it('gt: strictly more than', () => {
    expect(greaterThan(11, 10)).toBe(true)
    expect(greaterThan(10, 10)).toBe(false)
    expect(greaterThan('12', 10)).toBe(true) // text from an extra column
    expect(greaterThan(null, 10)).toBeNull()
    expect(greaterThan('veel', 10)).toBeNull()
    expect(greaterThan(11, 'tien')).toBeNull()
  })

  it('gte: at least', () => {
    expect(greaterOrEqual(5, 5)).toBe(true)
    expect(greaterOrEqual(4.9, 5)).toBe(false)
    expect(greaterOrEqual(true, 1)).toBe(true) // yes counts as 1
  })

  it('lt: strictly less than', () => {
    expect(lessThan(59.5, 60)).toBe(true)
    expect(lessThan(60, 60)).toBe(false)
    expect(lessThan(null, 60)).toBeNull()
  })

  it('lte: at most', () => {
    expect(lessOrEqual(80, 80)).toBe(true)
    expect(lessOrEqual(80.1, 80)).toBe(false)
  })

  it('eq: numbers, yes/no and text (without case)', () => {
    expect(equals(2, 2)).toBe(true)
    expect(equals('2,0', 2)).toBe(true)
    expect(equals(true, true)).toBe(true)
    expect(equals('ja', true)).toBe(true)
    expect(equals(' Ja ', 'ja')).toBe(true)
    expect(equals('5A', '5B')).toBe(false)
    expect(equals(null, 2)).toBeNull()
    expect(equals('', 'x')).toBeNull()
  })

  it('neq: the opposite of eq, unknown stays unknown', () => {
    expect(notEquals(3, 2)).toBe(true)
    expect(notEquals(2, 2)).toBe(false)
    expect(notEquals(null, 2)).toBeNull()
  })

  it('between: inclusive range', () => {
    expect(between(5, [5, 10])).toBe(true)
    expect(between(10, [5, 10])).toBe(true)
    expect(between(10.5, [5, 10])).toBe(false)
    expect(between(5, 5)).toBeNull()
    expect(between(null, [5, 10])).toBeNull()
  })

  it('in: one of a list', () => {
    expect(oneOf('5A', ['5a', '5b'])).toBe(true)
    expect(oneOf('5C', ['5a', '5b'])).toBe(false)
    expect(oneOf(3, [1, 3])).toBe(true)
    expect(oneOf('3', [1, 3])).toBe(true)
    expect(oneOf(null, ['x'])).toBeNull()
    expect(oneOf('x', 'x')).toBeNull()
  })

  it('is: yes/no', () => {
    expect(isValue(true, true)).toBe(true)
    expect(isValue(false, true)).toBe(false)
    expect(isValue(false, false)).toBe(true)
    expect(isValue('ja', true)).toBe(true)
    expect(isValue('x', true)).toBe(true)
    expect(isValue(2, true)).toBe(true)
    expect(isValue(null, true)).toBeNull()
    expect(isValue('misschien', true)).toBeNull()
    expect(isValue(true, 1)).toBeNull()
  })

  it('has a Dutch label and a threshold kind for every operator', () => {
    expect(Object.keys(OPERATORS).sort()).toEqual(['between', 'eq', 'gt', 'gte', 'in', 'is', 'lt', 'lte', 'neq'])
    expect(OPERATORS.gt.label).toBe('meer dan')
    expect(isOperatorName('gte')).toBe(true)
    expect(isOperatorName('toString')).toBe(false)
  })

  it('coerces values and formats thresholds', () => {
    expect(asNumber('1.234,5')).toBe(1234.5)
    expect(asNumber(false)).toBe(0)
    expect(asYesNo(0)).toBe(false)
    expect(formatThreshold(2.5)).toBe('2,5')
    expect(formatThreshold(true)).toBe('ja')
    expect(formatThreshold([5, 10])).toBe('5 tot 10')
    expect(formatThreshold(['A', 'B'])).toBe('A, B')
  })
})
