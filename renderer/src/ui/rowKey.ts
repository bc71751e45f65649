let seed = 0;

/** A key for a row typed on this screen, before (or without) an id from the app: stable across renders, never reused. */
export const newKey = (prefix = 'r') => `${prefix}${Date.now().toString(36)}${(seed++).toString(36)}`;
