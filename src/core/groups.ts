/**
 * protocol.md §1, written once: the groups of functions an extension module holds. One word per idea:
 * - a group's **type** is the request `type` that reaches it (`'hook'`); it also names the group;
 * - its **property** is where a module holds it (`hooks`); flat functions sit on the module itself
 *   and are called without a `type` (the group `'flat'`);
 * - its **kinds** are the documented contract kinds (protocol.md §5); utilities have none.
 * The hosts (find-function), the decorators, the scanner, `list` and the contracts derive from this table.
 */
export const GROUPS = {
  hook: { property: 'hooks', kinds: ['preSavePage', 'preMap', 'postMap', 'postSubmit', 'postResponseMap', 'postAggregate'] },
  wrapper: { property: 'wrappers', kinds: ['ping', 'export', 'import'] },
  installer: { property: 'installer', kinds: ['connectorInstaller', 'integrationInstaller', 'update'] },
  uninstaller: { property: 'uninstaller', kinds: ['preUninstall', 'integrationUninstaller', 'connectorUninstaller'] },
  setting: { property: 'settings', kinds: ['persistSettings', 'refreshMetadata', 'changeEdition', 'getMappingMetadata'] },
  utility: { property: 'utilities', kinds: undefined },
  flat: { property: undefined, kinds: ['formInit', 'preSave', 'step', 'initChild', 'update', 'changeEdition'] },
} as const

/** A group: `'hook' | 'wrapper' | 'installer' | 'uninstaller' | 'setting' | 'utility' | 'flat'`. */
export type GroupName = keyof typeof GROUPS
/** A request `type` the protocol names: every group but flat. */
export type GroupType = Exclude<GroupName, 'flat'>
/** The module property holding a group: `'hooks' | 'wrappers' | ... | 'utilities'`. */
export type GroupProperty = (typeof GROUPS)[GroupType]['property']
/** Where a module holds a group's functions: its property, or `'flat'` for the module itself. */
export type GroupPlace = GroupProperty | 'flat'
/** A group with documented kinds. */
export type KindedGroup = { [G in GroupName]: (typeof GROUPS)[G]['kinds'] extends undefined ? never : G }[GroupName]

const TYPES = (Object.keys(GROUPS) as GroupName[]).filter((name): name is GroupType => name !== 'flat')
const PROPERTY_OF_TYPE = new Map<string, GroupProperty>(TYPES.map((type) => [type, GROUPS[type].property]))
const TYPE_OF_PROPERTY = new Map<string, GroupType>(TYPES.map((type) => [GROUPS[type].property, type]))

/** The module properties the core reads as groups (a flat function must not take one). */
export const GROUP_PROPERTIES: ReadonlySet<string> = new Set(PROPERTY_OF_TYPE.values())

/** The property a request `type` reads, or undefined for a type the protocol does not name. */
export function propertyOfType(type: string): GroupProperty | undefined {
  return PROPERTY_OF_TYPE.get(type)
}

/** The request `type` that reaches a module property, or undefined for a property that holds no group. */
export function typeOfProperty(property: string): GroupType | undefined {
  return TYPE_OF_PROPERTY.get(property)
}

/** The group a place holds: `'hooks'` → `'hook'`, `'flat'` → `'flat'`. */
export function groupAt(place: GroupPlace): GroupName {
  return place === 'flat' ? 'flat' : (TYPE_OF_PROPERTY.get(place) as GroupType)
}

/** Whether `kind` is a documented kind of `group`. */
export function isKindOf(group: GroupName, kind: unknown): boolean {
  const kinds: readonly string[] | undefined = GROUPS[group].kinds
  return kinds?.includes(kind as string) === true
}
