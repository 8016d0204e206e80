/** The records this sample's hooks receive. */
export interface Order {
  readonly id: string
  readonly total: number
}
