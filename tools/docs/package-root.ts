/**
 * `integrator-extension`: the package root as TypeDoc should show it, with the decorators and
 * contract helpers as the functions they are (at run time src/index.ts loads them when first
 * read, through getters TypeDoc cannot follow). The same names: test/lambda/cold-start-imports.test.ts
 * checks that lazy-framework.ts gives every value of decorators/ and contracts/.
 * @module integrator-extension
 */
export * from '../../src/root/root-exports.js'
export * from '../../src/decorators/index.js'
export * from '../../src/contracts/index.js'
export { inject, type InjectOptions } from '../../src/container/inject.js'
