/**
 * Splits `props` into the keys listed in `keys` and the rest. The list is a runtime object typed
 * `satisfies Record<keyof Options, true>` by its owner, so an option that is not listed fails to
 * compile instead of falling into the rest (and onto an element as an unknown attribute).
 */
export function splitProps<P extends object, K extends keyof P>(
  props: P,
  keys: Record<K, true>,
): [picked: Pick<P, K>, rest: Omit<P, K>] {
  const picked: Partial<P> = {};
  const rest: Partial<P> = {};
  for (const key of Object.keys(props) as (keyof P)[]) {
    if (Object.hasOwn(keys, key)) picked[key] = props[key];
    else rest[key] = props[key];
  }
  return [picked as Pick<P, K>, rest as Omit<P, K>];
}
