import type {
  Callback,
  GetMappingMetadataOptions,
  GetMappingMetadataResult,
  PersistSettingsOptions,
  PersistSettingsResult,
  PingOptions,
  RefreshMetadataOptions,
  RefreshMetadataResult,
  SettingsChangeEditionOptions,
} from 'integrator-extension'
import { Setting } from 'integrator-extension'

interface ShopSettings {
  currency: string
}

/** Every settings kind, in both styles: compiles. */
export class GoodSettings {
  @Setting('persistSettings') async persistSettings(options: PersistSettingsOptions<ShopSettings>): Promise<PersistSettingsResult<ShopSettings>> {
    return { success: true, pending: { currency: options.pending.currency.toUpperCase() } }
  }
  @Setting('persistSettings') persistSettingsCb(_options: PersistSettingsOptions, callback: Callback<PersistSettingsResult>): void {
    callback(null, { success: true })
  }
  @Setting('refreshMetadata') refreshMetadata(options: RefreshMetadataOptions): RefreshMetadataResult {
    return { ...options, options: [['EUR', 'Euro']] }
  }
  @Setting('changeEdition') async changeEdition(options: SettingsChangeEditionOptions): Promise<void> {
    console.log(options.opts)
  }
  @Setting('getMappingMetadata') getMappingMetadata(_options: GetMappingMetadataOptions, callback: Callback<GetMappingMetadataResult>): void {
    callback(null, { requiredMappings: ['sku'] })
  }
}

/** Each method breaks its kind's contract once. */
export class BadSettings {
  // @ts-expect-error: persistSettings options carry pending, and an integration
  @Setting('persistSettings') persistSettingsParam(options: PingOptions): PersistSettingsResult {
    return { success: options.connection !== undefined }
  }
  // @ts-expect-error: success is required
  @Setting('persistSettings') async persistSettingsReturn(options: PersistSettingsOptions) {
    return { pending: options.pending }
  }
  // @ts-expect-error: the callback must take a PersistSettingsResult
  @Setting('persistSettings') persistSettingsReturnCb(_options: PersistSettingsOptions, callback: Callback<boolean>): void {
    callback(null, true)
  }
  // @ts-expect-error: refreshMetadata returns an object
  @Setting('refreshMetadata') async refreshMetadataReturn(_options: RefreshMetadataOptions) {
    return 'refreshed'
  }
  // @ts-expect-error: a string is not settings options
  @Setting('changeEdition') changeEditionParamCb(options: string, callback: Callback<void>): void {
    callback(options)
  }
  // @ts-expect-error: the settings changeEdition returns nothing
  @Setting('changeEdition') async changeEditionReturn(_options: SettingsChangeEditionOptions) {
    return 1
  }
  // @ts-expect-error: getMappingMetadata returns an object
  @Setting('getMappingMetadata') getMappingMetadataReturnCb(_options: GetMappingMetadataOptions, callback: Callback<number>): void {
    callback(null, 1)
  }
}
