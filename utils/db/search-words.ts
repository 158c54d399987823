/**
 * Words for full-text search: lower case, accents folded, split on anything that is not a letter
 * or digit. Stored per note in a multi-entry index, so a search is a few indexed prefix lookups,
 * fast even with tens of thousands of notes.
 */
const SPLIT = /[^\p{L}\p{N}]+/u;
const MAX_WORDS = 2_000;

/** Normalises one word or query the same way as stored words. */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct search words of some texts. */
export function searchWords(...texts: (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const raw of normaliseWord(text).split(SPLIT)) {
      if (raw.length >= 2 && raw.length <= 40) words.add(raw);
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

/** The words of a search query (what the reader typed). */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      normaliseWord(query)
        .split(SPLIT)
        .filter((w) => w.length >= 1),
    ),
  ];
}
