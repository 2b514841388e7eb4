/**
 * The keys of the plain-language hints a user chose to ignore (PlainHint.key: row, sentence, occurrence), as a
 * document's settings keep them. Small and apart from the matching, since settings are read in the first view.
 */
/** The most ignore keys a document keeps: an old key whose sentence has gone is dropped first. */
export const IGNORED_KEYS_LIMIT = 2000;

/** Ignore keys as stored in a document's settings, made safe: strings of the keys' shape, at most the limit, newest last. */
export function cleanIgnoredKeys(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const keys = value.filter((k): k is string => typeof k === "string" && k.length <= 80 && /^[a-z0-9-]+:[a-z0-9]+:\d+$/.test(k));
  return [...new Set(keys)].slice(-IGNORED_KEYS_LIMIT);
}
