import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileGazetteer,
  loadGazetteer,
  loadGazetteerInSteps,
  parseGazetteerInSteps,
  serialiseGazetteer,
  stringifyGazetteer,
} from './gazetteer';
import { createMatcher } from './matcher';
import { deriveFirstWords } from './trie';

const shippedText = readFileSync(resolve(import.meta.dirname, '../../public/gazetteer.json'), 'utf8');

/** A pause that counts how often it was called. */
function counting() {
  const pause = async () => {
    pause.calls++;
  };
  pause.calls = 0;
  return pause;
}

describe('loading the gazetteer in steps', () => {
  it('parses the shipped file as JSON.parse does, the companies a slice per step', async () => {
    const pause = counting();
    const data = await parseGazetteerInSteps(shippedText, pause);
    const whole = JSON.parse(shippedText);
    expect(data).toEqual(whole);
    expect(whole.companies.length).toBeGreaterThan(6000);
    expect(pause.calls).toBe(Math.ceil(whole.companies.length / 1500));
  });

  it('keeps line breaks and commas inside names, and takes other JSON whole', async () => {
    const g = compileGazetteer([
      { id: 'a', name: 'Alpha,\nBeta', aliases: ['A,\n B'] },
      { id: 'b', name: 'Gamma "Co"' },
    ]);
    const serialised = serialiseGazetteer(g);
    const pause = counting();
    expect(await parseGazetteerInSteps(stringifyGazetteer(serialised), pause)).toEqual(
      JSON.parse(JSON.stringify(serialised)),
    );
    expect(pause.calls).toBe(1);
    const other = counting();
    expect(await parseGazetteerInSteps(JSON.stringify(serialised), other)).toEqual(
      JSON.parse(JSON.stringify(serialised)),
    );
    expect(other.calls).toBe(0);
  });

  it('parses a slice per 1,500 companies, however many there are', async () => {
    for (const [size, steps] of [
      [0, 0],
      [1, 1],
      [1500, 1],
      [1501, 2],
      [3001, 3],
    ] as const) {
      const entries = Array.from({ length: size }, (_, i) => ({
        id: `c${i}`,
        name: `Company, Number\n${i}`,
      }));
      const serialised = serialiseGazetteer(compileGazetteer(entries));
      const pause = counting();
      const data = await parseGazetteerInSteps(stringifyGazetteer(serialised), pause);
      expect(data).toEqual(JSON.parse(JSON.stringify(serialised)));
      expect(data.companies.length).toBe(size);
      expect(pause.calls).toBe(steps);
    }
  });

  it('decodes to a gazetteer that finds what the one-step decode finds', async () => {
    const data = JSON.parse(shippedText);
    const pause = counting();
    const stepped = createMatcher(await loadGazetteerInSteps(data, pause));
    const once = createMatcher(loadGazetteer(data));
    const text =
      'Xiaomi bought patents from Microsoft (MSFT). The Redmond tech company and Target, Chewy and Walmart.';
    expect(stepped.find(text)).toEqual(once.find(text));
    expect(stepped.find(text).length).toBeGreaterThan(4);
    expect(pause.calls).toBe(3);
  });
});

describe('the shipped tables', () => {
  it('load as they were built', () => {
    const g = compileGazetteer([
      { id: 'msft', name: 'Microsoft', tickers: ['msft'], descriptive: ['the Redmond company'] },
      { id: 'apple', name: 'Apple Inc.', caseSensitive: ['Apple'], tickers: ['AAPL'] },
      { id: 'brk', name: 'Berkshire Hathaway', tickers: ['BRK.B'] },
      { id: 'xiaomi', name: 'Xiaomi', aliases: ['小米', 'Xiaomi Corp'] },
    ]);
    const loaded = loadGazetteer(JSON.parse(JSON.stringify(serialiseGazetteer(g))));
    expect(loaded.trie).toEqual(g.trie);
    expect(loaded.tickers).toEqual(
      new Map([
        ['MSFT', 0],
        ['AAPL', 1],
        ['BRK-B', 2],
      ]),
    );
  });

  it('hold the first-word table that the trie in the same file gives', () => {
    // Fails when the hashing or the table's layout changed without `npm run build:data`.
    const { trie } = loadGazetteer(JSON.parse(shippedText));
    expect(trie.firstWords.slots.length).toBeGreaterThan(8000);
    expect(trie.firstWords).toEqual(deriveFirstWords(trie));
  });
});
