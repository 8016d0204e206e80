export * from './framework-errors.js'
