import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/corpus';
import { shippedGazetteer } from './dictionary';
import { isUnspacedCode } from './fold';
import type { Gazetteer } from './gazetteer';
import { findCandidates } from './matcher';
import { AFTER_THE, createScratch, DESCRIPTIVE, EXACT, isWordAt, longestMatch, sameSpelling } from './trie';

/**
 * The fast scan (start RegExp, first-word table, walks resumed after the first word, direct
 * child tables) must find exactly what a plain walk from every eligible word start finds. The
 * reference below is the slow, obvious version of the same rules.
 */
const g = shippedGazetteer();

function eligible(gz: Gazetteer, text: string, i: number): boolean {
  const c0 = text.charCodeAt(i);
  if (c0 >= 128) return true;
  const pairOk =
    gz.startAllowed[c0 * 128] === 1 || gz.startAllowed[c0 * 128 + (text.charCodeAt(i + 1) & 127)] === 1;
  if (!pairOk) return false;
  let end = i;
  while (end < text.length && isWordAt(text, end)) end++;
  const word = text.slice(i, end);
  if (/[^\p{ASCII}]/u.test(word)) return true;
  // Capitals: as written, the start table decides. Also a capital inside ("eBay").
  if (/[A-Z]/.test(word)) return true;
  // A word of digits, with at most two lower-case letters after them, counts when, through more
  // such words, each after a space or hyphen, a capitalised word follows: "3i Group", "180 Degree
  // Capital", "7-Eleven", "1 800 Flowers"; not "$1.2 billion", "14%" or "4,000 jobs".
  if (
    /^[0-9]+[a-z]{0,2}$/.test(word) &&
    /^(?:[ -][0-9]+[a-z]{0,2})*[ -](?:[A-Z]|[^\p{ASCII}\P{L}])/u.test(text.slice(end))
  )
    return true;
  // Otherwise a lower-case word the gazetteer lists as written in lower case ("trivago", "e" of
  // "e.l.f."), or a descriptive phrase's first word right after "the".
  // A name, or "the" and a phrase word, at the start of the text or after a space, a tab, a line
  // break, a paragraph separator, a no-break space, an opening bracket or quote, or a dash.
  const next = text.charAt(end);
  const after = (at: number) => at === 0 || ' \t\n\u2029\u00a0("“‘–—'.includes(text.charAt(at - 1));
  if (after(i) && (gz.lowerNames.includes(word) || gz.lowerNames.includes(word + next))) return true;
  const the = /(?<![\p{L}\p{N}\p{M}])the\s+$/iu.exec(text.slice(0, i));
  return gz.theWords.includes(word) && the !== null && after(the.index);
}

function reference(gz: Gazetteer, text: string): string[] {
  // A walk with a binary search at every node: no direct child tables, no first-word table.
  const t = { ...gz.trie, childSlot: new Int32Array(gz.trie.childSlot.length).fill(-1) };
  const scratch = createScratch();
  const out: string[] = [];
  let prevWord = false;
  let i = 0;
  while (i < text.length) {
    if (!isWordAt(text, i)) {
      prevWord = false;
      i++;
      continue;
    }
    if ((!prevWord || isUnspacedCode(text.charCodeAt(i))) && eligible(gz, text, i)) {
      longestMatch(t, text, i, scratch);
      // A phrase stored without its "the" counts only after one, and then starts there.
      const the = /(?<![\p{L}\p{N}\p{M}])the\s+$/iu.exec(text.slice(0, i));
      let end = -1;
      let from = i;
      for (let k = scratch.count - 1; k >= 0 && end < 0; k--) {
        const node = scratch.nodes[k] as number;
        const e = scratch.ends[k] as number;
        const flags: number[] = [];
        for (let term = t.termStart[node] as number; term < (t.termStart[node + 1] as number); term++) {
          const f = t.termFlags[term] as number;
          if (f & EXACT && !sameSpelling(text, i, e, t.termExact[term] as string)) continue;
          if (f & AFTER_THE && !the) continue;
          flags.push(f);
        }
        if (!flags.length) continue;
        end = e;
        const names = flags.some((f) => !(f & DESCRIPTIVE));
        if (!names && flags.some((f) => f & AFTER_THE)) from = the?.index ?? i;
      }
      if (end > i) {
        out.push(`${from}-${end}`);
        i = end;
        prevWord = isWordAt(text, i - 1);
        continue;
      }
    }
    prevWord = true;
    i++;
  }
  return out;
}

/** The spans the fast scan reports, in the reference's format. */
function fast(gz: Gazetteer, text: string): string[] {
  const h = findCandidates(gz, text);
  return Array.from({ length: h.count }, (_, k) => `${h.start[k]}-${h.end[k]}`);
}

/** Random text made of names (as written, lower case, capitals), lower-case first words and prose. */
function randomText(seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = [
    'the',
    'said',
    'Shares',
    'of',
    'rose',
    '3.5%',
    '$1.2 billion',
    'Inc.',
    'in',
    'The',
    'eBay',
    'iPhone',
  ];
  const extra = [
    '小米',
    '腾讯控股',
    'Nestlé',
    'Société Générale',
    'Ørsted',
    'abrdn',
    'trivago',
    'the Redmond company',
    '3M',
    '3m',
    '3i Group',
    '10x Genomics',
    '10x faster',
    '180 Degree Capital',
    'the 7-Eleven owner',
    '1 800 Flowers Com',
    '2026 Apple',
    'NASDAQ: MSFT',
    '$TSLA',
    '(MSFT)',
  ];
  const parts: string[] = [];
  for (let k = 0; k < 400; k++) {
    const r = random();
    if (r < 0.35) {
      const c = pick(g.companies);
      const name = random() < 0.7 ? c.name : random() < 0.5 ? c.name.toLowerCase() : c.name.toUpperCase();
      parts.push(random() < 0.2 ? `${name}'s` : name);
    } else if (r < 0.45) parts.push(pick(extra));
    else if (r < 0.5)
      parts.push(pick([...g.lowerNames, ...g.theWords.map((w) => `the ${w}`), ...g.theWords]));
    else parts.push(pick(words));
    parts.push(pick([' ', ' ', ' ', ', ', '. ', ' (', ') ', '\u2029', '-', '', '—', '\n', '“']));
  }
  return parts.join('');
}

describe('the fast scan finds what a plain walk from every eligible start finds', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random text %i', (seed) => {
    const text = randomText(seed);
    expect(fast(g, text)).toEqual(reference(g, text));
  });

  it('finds lower-case first words, capitals inside words and unspaced names', () => {
    const text =
      'Analysts at abrdn Life Sciences Investors said eBay and the Redmond company met 小米 staff; trivago fell.';
    const spans = findCandidates(g, text);
    const found = Array.from({ length: spans.count }, (_, k) => text.slice(spans.start[k], spans.end[k]));
    expect(found).toEqual(
      expect.arrayContaining([
        'abrdn Life Sciences Investors',
        'eBay',
        'the Redmond company',
        '小米',
        'trivago',
      ]),
    );
  });
});
