/**
 * The classes esbuild renamed in a bundle built with `keepNames`: where two of the bundle's
 * modules declare the same top-level name, esbuild renames one (`Foo2`), and only keepNames'
 * `static { __name(this, "Foo") }` still says what it was. Without keepNames such a class would
 * show its new name in `error.name` and in messages; with it, every function and every closure a
 * call creates pays a `__name()` call (~11% of a 1-record Lambda call). The builds (tools/bundle.js,
 * `package`) drop keepNames when this finds nothing.
 */
export function renamedClasses(code: string): Array<{ declared: string; named: string }> {
  // `class X ... {`, or `X = class ... {` (`var X = class`, or the assignment in a lazily run
  // module: a class named by its binding), then keepNames' static block.
  const classes = /(?:(?<![.\w$])([\w$]+)\s*=\s*class\b|\bclass (?!extends\b)([\w$]+))[^{]*\{\s*static\s*\{\s*__name\(this,\s*"([\w$]+)"\)/g
  const renamed: Array<{ declared: string; named: string }> = []
  for (const [, bound, own, named] of code.matchAll(classes)) {
    const declared = (own ?? bound) as string
    if (declared !== named) renamed.push({ declared, named: named as string })
  }
  return renamed
}
