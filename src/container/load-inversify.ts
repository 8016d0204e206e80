import type * as Inversify from 'inversify'

let inversify: typeof Inversify | undefined

/**
 * inversify costs ~170 ms to load (hundreds of ESM files, measured on Node 20): only decorated
 * applications pay it, when bootstrap() runs; importing the package never loads it.
 */
export function loadInversify(): typeof Inversify {
  return (inversify ??= require('inversify') as typeof Inversify)
}
