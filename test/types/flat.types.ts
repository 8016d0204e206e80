import type {
  Callback,
  FlatChangeEditionOptions,
  FlatUpdateOptions,
  FormInitOptions,
  FormInitResult,
  InitChildOptions,
  InitChildResult,
  PreSaveOptions,
  StepOptions,
} from 'integrator-extension'
import { ExtensionFunction } from 'integrator-extension'

interface Integration {
  _id: string
  name: string
}

/** Every flat kind, in both styles: compiles. */
export class GoodFlat {
  @ExtensionFunction('formInit') formInit(options: FormInitOptions<Integration>): FormInitResult {
    return { fieldMap: { name: { id: 'name', defaultValue: options.resource?.name } }, layout: { fields: ['name'] } }
  }
  @ExtensionFunction('preSave') async preSave(options: PreSaveOptions<Integration>): Promise<Integration> {
    return { ...(options.newResource as Integration), name: options.newResource?.name.trim() ?? '' }
  }
  @ExtensionFunction('step') step(_options: StepOptions, callback: Callback<void>): void {
    callback()
  }
  @ExtensionFunction('initChild') async initChild(options: InitChildOptions): Promise<InitChildResult> {
    return { name: 'Child', _parentId: options.resource?._id }
  }
  @ExtensionFunction('update') async update(options: FlatUpdateOptions): Promise<void> {
    console.log(options.license)
  }
  @ExtensionFunction('changeEdition') changeEdition(_options: FlatChangeEditionOptions, callback: Callback<void>): void {
    callback()
  }
}

/** Each method breaks its kind's contract once. */
export class BadFlat {
  // @ts-expect-error: formInit returns a form object
  @ExtensionFunction('formInit') async formInitReturn(_options: FormInitOptions) {
    return 'form'
  }
  // @ts-expect-error: resource is an object
  @ExtensionFunction('formInit') formInitParam(options: { resource: number }): FormInitResult {
    return { fieldMap: {}, layout: { value: options.resource } }
  }
  // @ts-expect-error: the callback must take a resource
  @ExtensionFunction('preSave') preSaveReturnCb(_options: PreSaveOptions, callback: Callback<boolean>): void {
    callback(null, true)
  }
  // @ts-expect-error: a string is not step options
  @ExtensionFunction('step') stepParam(options: string): void {
    console.log(options)
  }
  // @ts-expect-error: initChild returns the child integration
  @ExtensionFunction('initChild') async initChildReturn(_options: InitChildOptions) {
    return 42
  }
  // @ts-expect-error: the flat update returns nothing
  @ExtensionFunction('update') updateReturnCb(_options: FlatUpdateOptions, callback: Callback<number>): void {
    callback(null, 1)
  }
  // @ts-expect-error: a number is not changeEdition options
  @ExtensionFunction('changeEdition') async changeEditionParam(options: number): Promise<void> {
    console.log(options)
  }
}
