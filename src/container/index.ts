export { ModuleContainers } from './module-containers.js'
export { Lifecycle } from './lifecycle.js'
export type { OnInit, OnDestroy } from './lifecycle-hooks.js'
