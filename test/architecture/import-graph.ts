import fs from 'node:fs'
import path from 'node:path'

/** Every relative import of every .ts file under `root` (static imports, `import type`, `require()`, `import()`), as paths relative to `root`. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of tsFiles(root)) {
    const text = fs.readFileSync(path.join(root, file), 'utf8')
    const targets = new Set<string>()
    for (const match of text.matchAll(/(?:\bfrom|\brequire\(|\bimport\(|^import)\s*'(\.{1,2}\/[^']+)'/gm)) {
      const target = path.relative(root, path.resolve(path.dirname(path.join(root, file)), (match[1] as string).replace(/\.js$/, '.ts')))
      if (fs.existsSync(path.join(root, target))) targets.add(target.split(path.sep).join('/'))
    }
    graph.set(file, [...targets])
  }
  return graph
}

function tsFiles(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) return tsFiles(root, file)
    return entry.name.endsWith('.ts') ? [file] : []
  })
}

/** The room (top-level folder) of a file; files directly in src/ are in the room '.'. */
export function roomOf(file: string): string {
  const slash = file.indexOf('/')
  return slash === -1 ? '.' : file.slice(0, slash)
}

/** Each import loop, as the files on it (Tarjan's strongly connected components of two or more files, or a file importing itself). */
export function importLoops(graph: Map<string, string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const loops: string[][] = []
  const visit = (file: string): void => {
    index.set(file, next)
    low.set(file, next++)
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(file, Math.min(low.get(file) as number, low.get(target) as number))
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file) as number, index.get(target) as number))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop() as string
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) loops.push(component.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return loops
}
