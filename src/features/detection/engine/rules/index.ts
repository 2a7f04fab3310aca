export * from './types'
export { OPERATORS, asNumber, asYesNo, formatThreshold, isOperatorName } from './operators'
export type { Operator, OperatorInfo } from './operators'
export {
  between,
  equals,
  greaterOrEqual,
  greaterThan,
  isValue,
  lessOrEqual,
  lessThan,
  notEquals,
  oneOf,
} from './operators'
export { fieldsUsed, parseRuleSet, validateRuleSet } from './validate'
export type { RuleValidation } from './validate'
export { checkRulesAgainstDataset } from './check'
export { describeCondition, fieldLabel, thresholdFor } from './describe'
export { DEFAULT_PRESET, RULE_PRESETS, getRulePreset } from './presets'
