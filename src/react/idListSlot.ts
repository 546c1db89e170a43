import type { LedgerSlot } from "./writeLedger.js";

/** One list of tag ids somewhere in a cache: `get` reads it (`undefined` when absent), `set` replaces it. */
export interface IdList {
  /** Names the list among the slot's lists, so each remembers its own place for the id. */
  name: string;
  get: () => readonly string[] | undefined;
  set: (ids: string[]) => void;
}

/**
 * Whether one tag id is in some lists of ids that mean the same thing (one conversation's tags, cached
 * in several places): what the first list present says, `undefined` when none is (nothing is written
 * then). Taking the id out remembers its place in each list, so putting it back restores it there.
 */
export function idListSlot(key: string, tagId: string, lists: () => readonly IdList[]): LedgerSlot<boolean | undefined> {
  const places = new Map<string, number>();
  return {
    key,
    read: () => {
      for (const list of lists()) {
        const ids = list.get();
        if (ids) return ids.includes(tagId);
      }
      return undefined;
    },
    write: (present) => {
      if (present === undefined) return;
      for (const { name, get, set } of lists()) {
        const ids = get();
        if (!ids || ids.includes(tagId) === present) continue;
        if (present) {
          const next = [...ids];
          next.splice(Math.min(places.get(name) ?? ids.length, ids.length), 0, tagId);
          set(next);
        } else {
          places.set(name, ids.indexOf(tagId));
          set(ids.filter((id) => id !== tagId));
        }
      }
    },
  };
}
