/** A class name per part of a component, by the part's name; the root takes `className`. */
export type ClassNames<Slot extends string> = Partial<Record<Slot, string>>;
