/** The JSON values a CloudFormation template holds. */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue }

/** YAML 1.1 reads these plain words as booleans or null: they are quoted. */
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i
const PLAIN = /^[A-Za-z][A-Za-z0-9_.:/-]*(?<!:)$/
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_:-]*$/

/**
 * A block-style YAML document for a JSON value. Strings are plain where no YAML reader could take
 * them for anything else, double-quoted JSON strings (valid YAML) otherwise; intrinsic functions
 * stay in their long form (`Fn::GetAtt:`), so the output needs no CloudFormation tags.
 */
export function toYaml(value: YamlValue): string {
  return `${lines(value, 0).join('\n')}\n`
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return JSON.stringify(value)
  return PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value)
}

function key(name: string): string {
  return PLAIN_KEY.test(name) && !RESERVED.test(name) ? name : JSON.stringify(name)
}

function isBlock(value: YamlValue): value is readonly YamlValue[] | { readonly [key: string]: YamlValue } {
  if (value === null || typeof value !== 'object') return false
  return Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0
}

function lines(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent)
  if (!isBlock(value)) return [pad + inline(value)]
  if (Array.isArray(value)) {
    return (value as readonly YamlValue[]).flatMap((item) => {
      if (!isBlock(item)) return [`${pad}- ${inline(item)}`]
      const [first, ...rest] = lines(item, indent + 2)
      return [`${pad}- ${(first as string).slice(indent + 2)}`, ...rest]
    })
  }
  return Object.entries(value).flatMap(([name, item]) =>
    isBlock(item) ? [`${pad}${key(name)}:`, ...lines(item, indent + 2)] : [`${pad}${key(name)}: ${inline(item)}`],
  )
}

function inline(value: YamlValue): string {
  if (Array.isArray(value)) return '[]'
  if (value !== null && typeof value === 'object') return '{}'
  return scalar(value as string | number | boolean | null)
}
