import { describe, expect, it } from 'vitest';
import { defaultMatcher } from './dictionary';
import { foldText } from './fold';
import { companiesNamedIn, compileMatcher, countMentions } from './matcher';
import type { CompanyEntry } from './types';

const entries: CompanyEntry[] = [
  {
    id: 'microsoft',
    name: 'Microsoft',
    aliases: ['Microsoft Corp'],
    descriptive: ['the Redmond tech company', 'the Windows maker'],
  },
  { id: 'xiaomi', name: 'Xiaomi', aliases: ['小米'], descriptive: ['the Beijing-based smartphone maker'] },
  { id: 'apple', name: 'Apple', caseSensitive: ['Apple'] },
  { id: 'samsung', name: 'Samsung Electronics', aliases: ['Samsung'] },
  { id: 'ms-imposter', name: 'Microsoft' },
  { id: 'att', name: 'AT&T' },
  { id: 'mcd', name: "McDonald's" },
];
const matcher = compileMatcher(entries);

/** The matched substrings with their company, for readable assertions. */
function found(text: string): [string, string][] {
  return matcher.find(text).map((m) => [text.slice(m.start, m.end), m.companyId]);
}

describe('matcher', () => {
  it('finds names with their offsets', () => {
    const text = 'Xiaomi bought patents from Microsoft.';
    const mentions = matcher.find(text);
    expect(mentions).toEqual([
      { start: 0, end: 6, companyId: 'xiaomi', kind: 'name' },
      { start: 27, end: 36, companyId: 'microsoft', kind: 'name' },
    ]);
  });

  it('matches whole words only', () => {
    expect(found('Microsoftware and XiaomiPhone and preMicrosoft are not names')).toEqual([]);
    expect(found('Samsungs? No. Samsung-made? Yes.')).toEqual([['Samsung', 'samsung']]);
  });

  it('matches possessives with straight and typographic apostrophes', () => {
    expect(found("Microsoft's apps and Xiaomi’s phones")).toEqual([
      ['Microsoft', 'microsoft'],
      ['Xiaomi', 'xiaomi'],
    ]);
  });

  it('ignores case after the first letter, but a name must start as it is written', () => {
    // Walks start only where a name can begin as written (capital "M"): lower-case words are
    // skipped, which is most of a text and most of the matcher's speed.
    expect(found('MICROSOFT, Microsoft and microsoft')).toEqual([
      ['MICROSOFT', 'microsoft'],
      ['Microsoft', 'microsoft'],
    ]);
    expect(found('an apple a day, APPLE pie, Apple shares')).toEqual([['Apple', 'apple']]);
  });

  it('prefers the longest name at a position', () => {
    expect(found('Samsung Electronics and Microsoft Corp. reported')).toEqual([
      ['Samsung Electronics', 'samsung'],
      ['Microsoft Corp', 'microsoft'],
    ]);
  });

  it('lets the first listed company win a shared name, deterministically', () => {
    expect(found('Microsoft')).toEqual([['Microsoft', 'microsoft']]);
  });

  it('matches across runs of white space and non-breaking spaces', () => {
    expect(found('Samsung\n   Electronics and Samsung\u00a0Electronics')).toEqual([
      ['Samsung\n   Electronics', 'samsung'],
      ['Samsung\u00a0Electronics', 'samsung'],
    ]);
  });

  it('matches names with punctuation inside', () => {
    expect(found('AT&T and McDonald’s both')).toEqual([
      ['AT&T', 'att'],
      ['McDonald’s', 'mcd'],
    ]);
  });

  it('finds names in scripts written without spaces', () => {
    expect(found('据报道小米购买了专利')).toEqual([['小米', 'xiaomi']]);
  });

  it('counts descriptive phrases only when the company is named too', () => {
    expect(found('The Redmond tech company said nothing.')).toEqual([]);
    expect(found('Microsoft said so. The Redmond tech company declined further comment.')).toEqual([
      ['Microsoft', 'microsoft'],
      ['The Redmond tech company', 'microsoft'],
    ]);
    const kinds = matcher.find('Xiaomi, the Beijing-based smartphone maker').map((m) => m.kind);
    expect(kinds).toEqual(['name', 'descriptive']);
  });

  it('does not match a descriptive phrase inside a longer word', () => {
    expect(found('Microsoft: the Windows makers guild')).toEqual([['Microsoft', 'microsoft']]);
  });

  it('counts a short form only where the text names its company in full, and as a name', () => {
    const shorts = compileMatcher([
      { id: 'altair', name: 'Altair Engineering', short: ['Altair'] },
      { id: 'deutsche-bank', name: 'Deutsche Bank', short: ['Deutsche'] },
      { id: 'deutsche-telekom', name: 'Deutsche Telekom', short: ['Deutsche'] },
      { id: 'siemens', name: 'Siemens' },
    ]);
    const seen = (text: string) =>
      shorts.find(text).map((m) => [text.slice(m.start, m.end), m.companyId, m.kind]);
    expect(seen('Altair said the deal would close next year.')).toEqual([]);
    expect(seen('Siemens agreed to buy Altair Engineering. Altair said the deal would close.')).toEqual([
      ['Siemens', 'siemens', 'name'],
      ['Altair Engineering', 'altair', 'name'],
      ['Altair', 'altair', 'name'],
    ]);
    // The headline may use the short form before the article names the company.
    expect(seen('Altair agrees to sale\nSiemens will buy Altair Engineering.').map((m) => m[0])).toEqual([
      'Altair',
      'Siemens',
      'Altair Engineering',
    ]);
    // Written as the company writes it only; and still not a person's name.
    expect(seen('Altair Engineering grew. The ALTAIR star. Professor Altair said.').map((m) => m[0])).toEqual(
      ['Altair Engineering'],
    );
    // Shared by two named companies: the one named last before it.
    expect(
      seen('Deutsche Bank lent to Deutsche Telekom. Deutsche said the loan was repaid.').slice(-1),
    ).toEqual([['Deutsche', 'deutsche-telekom', 'name']]);
    expect(seen('Deutsche Bank said so. Deutsche shares rose.').slice(-1)).toEqual([
      ['Deutsche', 'deutsche-bank', 'name'],
    ]);
  });

  it('matches names with or without their accents, and only Latin accents', () => {
    const accented = compileMatcher([
      { id: 'nestle', name: 'Nestlé' },
      { id: 'socgen', name: 'Société Générale' },
      { id: 'orsted', name: 'Ørsted' },
      { id: 'pzu', name: 'Powszechny Zakład Ubezpieczeń' },
      { id: 'hermes', name: 'Hermès', exactCase: ['Hermès'] },
      { id: 'plain', name: 'Cafe Holdings' },
      { id: 'google-jp', name: 'グーグル' },
      { id: 'yandex-ru', name: 'Яндекс Такси' },
    ]);
    const ids = (text: string) =>
      accented.find(text).map((m) => `${text.slice(m.start, m.end)}/${m.companyId}`);
    expect(ids('Nestle, Nestlé, NESTLE and Societe Generale, Société Generale reported.')).toEqual([
      'Nestle/nestle',
      'Nestlé/nestle',
      'NESTLE/nestle',
      'Societe Generale/socgen',
      'Société Generale/socgen',
    ]);
    expect(ids('Orsted and Ørsted; Powszechny Zaklad Ubezpieczen; Café Holdings')).toEqual([
      'Orsted/orsted',
      'Ørsted/orsted',
      'Powszechny Zaklad Ubezpieczen/pzu',
      'Café Holdings/plain',
    ]);
    // An exact-case name keeps its case, not its accents.
    expect(ids('Hermes and Hermès, not HERMES or hermès')).toEqual(['Hermes/hermes', 'Hermès/hermes']);
    // A kana without its voicing mark, or "и" for "й", is another letter.
    expect(ids('クークル、グーグル、Яндекс Такси、Яндекс Таксн')).toEqual([
      'グーグル/google-jp',
      'Яндекс Такси/yandex-ru',
    ]);
  });

  it('keeps offsets aligned when lower-casing changes length', () => {
    // "İ" lower-cases to two code units; folding must keep the text's length.
    const text = 'İstanbul, Microsoft';
    expect(foldText(text)).toHaveLength(text.length);
    expect(found(text)).toEqual([['Microsoft', 'microsoft']]);
  });

  it('handles empty text and text without names', () => {
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('Nothing to see here.')).toEqual([]);
  });

  it('counts mentions per company, most mentioned first', () => {
    const mentions = matcher.find('Xiaomi, Microsoft, Xiaomi, Apple, Xiaomi, Microsoft');
    expect(countMentions(mentions)).toEqual([
      { companyId: 'xiaomi', count: 3 },
      { companyId: 'microsoft', count: 2 },
      { companyId: 'apple', count: 1 },
    ]);
  });
});

describe('shipped gazetteer', () => {
  const m = defaultMatcher();

  it('holds over 5,000 companies with unique ids', () => {
    expect(m.size).toBeGreaterThanOrEqual(5000);
  });

  it('finds the companies of the demo articles by name and alias', () => {
    const text =
      'Xiaomi Corp, Microsoft, the Redmond tech company, Google, Lenovo, Motorola Mobility, Arm, SoftBank, Qualcomm, Nvidia, TSMC, Samsung Electronics.';
    const ids = m.find(text).map((x) => x.companyId);
    expect(ids).toEqual([
      'xiaomi',
      'microsoft',
      'microsoft',
      'alphabet',
      'lenovo',
      'motorola-mobility',
      'arm',
      'softbank',
      'qualcomm',
      'nvidia',
      'tsmc',
      'samsung-electronics',
    ]);
  });
});

describe('ticker lookup', () => {
  // "AY0" and "B9O" have the same 31-multiplier string hash (961 × "A" + 31 × "Y" + "0" =
  // 961 × "B" + 31 × "9" + "O"): a lookup that trusted hashes would take one for the other.
  const tickers = compileMatcher([{ id: 'ay', name: 'Aylo Holdings', tickers: ['AY0', 'BRK.B'] }]);
  const symbols = (text: string) => tickers.find(text).map((m) => text.slice(m.start, m.end));

  it('takes the whole symbol, not one that hashes alike', () => {
    expect(symbols('NYSE: AY0 rose while NYSE: B9O fell.')).toEqual(['AY0']);
  });

  it('reads "." and "-" in a symbol alike', () => {
    expect(symbols('NYSE: BRK-B and $BRK.B, not NYSE: BRK-C.')).toEqual(['BRK-B', 'BRK.B']);
  });
});

describe('companiesNamedIn', () => {
  it("reads a note as its article reads: the article's short names count, the article's names do not", () => {
    const m = defaultMatcher();
    const note = 'Lattice raised its guidance again.';
    expect(companiesNamedIn(m, note)).toEqual([]);
    expect(companiesNamedIn(m, note, ['Lattice Semiconductor', 'Apple'])).toEqual(['lattice-semiconductor']);
    expect(companiesNamedIn(m, 'Check the margins.', ['Lattice Semiconductor'])).toEqual([]);
  });
});
