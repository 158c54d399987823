/**
 * Words for full-text search: lower case, accents folded, split on anything that is not a letter
 * or digit. Stored per note in a multi-entry index, so a search is a few indexed prefix lookups,
 * fast even with tens of thousands of notes.
 */
const SPLIT = /[^\p{L}\p{N}]+/u;
const MAX_WORDS = 2_000;

/**
 * Normalises one word or query the same way as stored words. A number keeps its digits together
 * across the separators inside it: "7.2" is one word, "72", and "1,500" is "1500".
 */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[.,](?=\d)/g, '$1');
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

/**
 * The words of a search query (what the reader typed). Single letters and digits are not stored:
 * next to longer words they are left out ("10-K" looks for "10"); alone, they are a prefix ("k").
 */
export function queryWords(query: string): string[] {
  const words = normaliseWord(query)
    .split(SPLIT)
    .filter((w) => w.length >= 1);
  const long = words.filter((w) => w.length >= 2);
  return [...new Set(long.length ? long : words)];
}
