import { warnConnectorIds } from '../connector-warnings.js'
import { loadEntry, type FunctionManifestEntry } from '../../entry/index.js'

export async function listCommand(entry: string, flags: { json?: boolean }): Promise<void> {
  const manifest = (await loadEntry(entry)).describe()
  warnConnectorIds(manifest)
  // null, not a missing key, for what is unknown (decorated entries also give group, className and methodName)
  const json = () => JSON.stringify(manifest, (_key, value: unknown) => (value === undefined ? null : value), 2)
  process.stdout.write(flags.json ? `${json()}\n` : formatTable(manifest))
}

const COLUMNS: Array<[string, (e: FunctionManifestEntry) => string]> = [
  ['CONNECTOR', (e) => e.connector],
  ['TYPE', (e) => e.type ?? '(flat)'],
  ['NAME', (e) => e.name],
  ['KIND', (e) => e.kind ?? '-'],
  ['SOURCE', (e) => e.source ?? '-'],
]

function formatTable(manifest: FunctionManifestEntry[]): string {
  const rows = [COLUMNS.map(([title]) => title), ...manifest.map((entry) => COLUMNS.map(([, cell]) => cell(entry)))]
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)))
  return (
    rows
      .map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  )
}
