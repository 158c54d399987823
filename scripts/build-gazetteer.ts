/**
 * `npm run build:data`: regenerates public/gazetteer.json, the company gazetteer the
 * extension ships, from
 *   - data/companies.curated.json   the companies most in the news, with aliases and phrases
 *   - data/companies.world.json     large non-US companies the US lists lack
 *   - data/sources/sec_company_tickers_exchange.json   every Nasdaq and NYSE listing (SEC)
 *   - data/sources/sp500_constituents.csv              S&P 500 display names and headquarters
 *   - data/sources/english-words.txt                   common words (SCOWL), to spot names
 *                                                      that need company context
 *   - data/sources/proper-nouns.txt                    names of people and places (SCOWL), the
 *                                                      same for listed companies named after one
 * The output holds the matching tables already built, so a page only decodes them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileGazetteer, serialiseGazetteer, stringifyGazetteer } from '../utils/detect/gazetteer';
import type { CompanyEntry } from '../utils/detect/types';

const ROOT = resolve(import.meta.dirname, '..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

const COMMON = new Set(read('data/sources/english-words.txt').split('\n').filter(Boolean));
const isCommon = (word: string) => COMMON.has(word.toLowerCase());
/** Surnames, given names and places ("Cohen", "Dana", "Duluth", "Atlantic"), capitalised. */
const PROPER = new Set(read('data/sources/proper-nouns.txt').split('\n').filter(Boolean));
/**
 * Listed companies named like a person or a place whose name the news uses for the company
 * itself: they stay plain names.
 */
const PROPER_BUT_PLAIN = new Set(
  'Prudential Carlyle Roku Pearson Alcoa Dropbox Mattel Valvoline Whirlpool Playboy Dole Oshkosh Moog Hormel'.split(
    ' ',
  ),
);
/** The same, for companies whose name needs a company word nearby, not strong evidence. */
const PROPER_NOT_STRICT = new Set(
  'Lear Polaris Brunswick Crane Woodward Donaldson Parsons Olin Cabot Knowles Noble Rogers Sinclair Viking'.split(
    ' ',
  ),
);
/**
 * True when a one-word name of a listed company outside the curated lists is also a person's or
 * a place's name ("Cohen", "Duluth"): unless the company is in the S&P 500 ("Nike", "Hilton"), the
 * name needs company context, as everyday words do.
 */
const isPersonOrPlace = (word: string) => PROPER.has(word) && !PROPER_BUT_PLAIN.has(word);
const allCommon = (name: string) =>
  name.split(/[\s-]+/).every((w) => isCommon(w.replace(/[^\p{L}]/gu, '') || w));

interface CuratedFile {
  companies: CompanyEntry[];
}
const curated = (JSON.parse(read('data/companies.curated.json')) as CuratedFile).companies;
let world: CompanyEntry[] = [];
try {
  world = (JSON.parse(read('data/companies.world.json')) as CuratedFile).companies;
} catch {
  console.warn('data/companies.world.json missing: building without the non-US list');
}

// --- S&P 500: display names and headquarters by CIK ---------------------------------------
interface SpRow {
  symbol: string;
  name: string;
  city: string;
  cik: number;
}
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}
const spRows: SpRow[] = parseCsv(read('data/sources/sp500_constituents.csv'))
  .slice(1)
  .map((r) => ({
    symbol: r[0] ?? '',
    name: r[1] ?? '',
    city: (r[4] ?? '').split(',')[0]?.trim() ?? '',
    cik: Number(r[6]),
  }));
const spByCik = new Map(spRows.map((r) => [r.cik, r]));
/** The S&P file gives a headquarters city, not "none" (as for Block). */
const hasCity = (r: SpRow) => r.city !== '' && r.city.toLowerCase() !== 'none';

// --- SEC listings ---------------------------------------------------------------------------
const sec = JSON.parse(read('data/sources/sec_company_tickers_exchange.json')) as {
  data: [number, string, string, string | null][];
};
const NOT_A_COMPANY =
  /\b(ETF|ETN|Fund|Funds|Municipal|Muni|Bond|Income Trust|Royalty Trust|Opportunities|Acquisition Corp|Acquisition Co|Acquisition Company|Capital Investment Corp|SPAC|Portfolio|Bitcoin|Ethereum|Trust Units|Shares Trust|Closed[- ]End|Index|Strategy|Dividend|Premium Income|Yield|Series \d+|QQQ|SPDR|iShares|ProShares|Direxion)\b/i;

interface Listing {
  cik: number;
  name: string;
  tickers: string[];
}
const listings = new Map<number, Listing>();
for (const [cik, name, ticker, exchange] of sec.data) {
  if (exchange !== 'Nasdaq' && exchange !== 'NYSE') continue;
  if (NOT_A_COMPANY.test(name)) continue;
  let l = listings.get(cik);
  if (!l) {
    l = { cik, name, tickers: [] };
    listings.set(cik, l);
  }
  l.tickers.push(ticker);
}
// Drop preferred shares, units, warrants and rights when the common stock is listed.
for (const l of listings.values()) {
  const base = l.tickers[0] as string;
  l.tickers = l.tickers.filter(
    (t, i) =>
      i === 0 || !(t.includes('-P') || (t.startsWith(base) && /^[UWR]S?$/.test(t.slice(base.length)))),
  );
}

const SUFFIX =
  /(,?\s+(Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|plc|PLC|N\.V|NV|S\.A\.?B\.? de C\.V|SAB de CV|S\.A\. de C\.V|SA de CV|S\.A|SA|SE|AG|A\/S|ASA|AB|Oyj|S\.p\.A|SpA|Ltda|Tbk|Bhd|Berhad|KGaA|GmbH|Group Inc|Holdings Inc|A S)\.?)+$/i;
const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'de', 'du', 'la', 'do', 'da', 'dos']);

/** Three-letter words of SEC names that are words or names, not acronyms: "Zura Bio", "Bel Fuse". */
const WORD_NOT_ACRONYM = new Set(
  'bio tri del eos bel eco tau wah vee jin tek com joe olo utz vir vox vor bon sec ser sao dex'.split(' '),
);
/** Words of SEC names written in capitals that the companies write otherwise. */
const WORD_CASE = new Map(
  ['RenaissanceRe', 'MasTec', 'SoundHound', 'OneSpaWorld', 'OPKO', 'JOYY', 'DeFi', 'ABVC'].map((w) => [
    w.toLowerCase(),
    w,
  ]),
);

/** "MICROSOFT CORP" → "Microsoft"; "Alphabet Inc. (Class A)" → "Alphabet". */
export function displayName(raw: string): string {
  let name = raw
    .replace(/^(\p{L}+) \(([\p{L}. ]+)\)$/u, '$2 $1') // "Lilly (Eli)" → "Eli Lilly"
    // Where the SEC's name says the company is incorporated: "/DE", " / Delaware", "/Cayman Islands/",
    // "Inc.DE", "Inc. new".
    .replace(/\s*\/\s*(?:[A-Z]{2,3}|Delaware|Cayman(?: Islands)?|Marshall Islands|Bermuda)?\s*\/?\s*$/i, '')
    // ... also written with backslashes: "Rush Enterprises Inc \TX\", "Amarin Corp Plc\uk".
    .replace(/\s*\\\s*[A-Z]{2,3}\s*\\?\s*$/i, '')
    .replace(/(\b(?:Inc|Corp|Ltd)\.?)\s*(?:DE|new)$/i, '$1')
    .replace(/\s*\((Class|Series) [A-Z]\)\s*$/i, '')
    .replace(/\s*\(The\)\s*$/i, '')
    .replace(/^The\s+/i, '')
    // A bank's charter: "Zions Bancorporation, National Association", "Citibank N.A.".
    .replace(/,?\s+(?:National Association|N\.A\.)$/i, '')
    .trim();
  for (let k = 0; k < 3; k++) name = name.replace(SUFFIX, '').replace(/[,&\s]+$/, '');
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase()) {
    name = name
      .split(/\s+/)
      .map((w, i) => {
        const lower = w.toLowerCase();
        if (i > 0 && SMALL.has(lower)) return lower;
        // Acronyms stay upper case: short words, words with digits or "&", words without vowels,
        // and three letters that are no English word ("OGE Energy", "ACI Worldwide").
        if (/[0-9&]/.test(w) || w.length <= 2 || !/[AEIOUY]/.test(w)) return w;
        if (/^[A-Z]{3}$/.test(w) && !COMMON.has(lower) && !WORD_NOT_ACRONYM.has(lower)) return w;
        const cased = WORD_CASE.get(lower);
        if (cased) return cased;
        return lower.replace(/(^|[-./])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
      })
      .join(' ');
  }
  // A holding company registered for a listing: "Frontier Communications Parent" is Frontier
  // Communications.
  name = name.replace(/(?<!\bNew)\s+Parent(?:\s+Holdings)?$/i, '');
  return name;
}

/**
 * True when the SEC's name, cleaned, can stand as an alias: several words, not all of them
 * everyday ones, and not written surname first as the SEC lists some ("Smith A O", "Price T
 * Rowe": a word of one letter) or with marks the cleaning left ("US Bancorp \\de\\").
 */
export function isRegisteredAlias(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    !allCommon(name) &&
    words.every((w) => w.replace(/[^\p{L}\p{N}]/gu, '').length >= 2) &&
    /^[\p{L}\p{N} &.'’-]+$/u.test(name)
  );
}

/** Names left when a generic word is cut off that mostly name something else: a venue. */
/** Short forms that are everyday words written in lower case as the company writes itself ("indie"). */
const NOT_ALIAS = new Set(['Madison Square Garden', 'indie']);

const GENERIC_TAIL =
  /\s+(Technology|Technologies|Holdings|Holding|Group|Systems|Software|Platforms|Brands|Enterprises|Industries|International|Worldwide|Global|Networks|Therapeutics|Pharmaceuticals|Biosciences|Biotherapeutics|Communications|Entertainment|Semiconductor|Semiconductors|Labs|Laboratories)$/;

/**
 * Tails news drops once it is plain which company is meant: "Truist" of "Truist Financial", "Piper
 * Sandler" of "Piper Sandler Companies", "Hormel" of "Hormel Foods". What is left must be no
 * person's or place's name ("Williams", "Cincinnati"): those are short forms at most.
 */
const PLAIN_TAIL = /\s+(?:Financial|Bancorp|Bancorporation|Bancshares|Companies|Foods)$/;

/**
 * What the news calls some listed companies whose names come down to everyday words or people's
 * names, or by a brand of theirs; matched as written here.
 */
const NEWS_NAMES = new Map([
  ['Mercury General', 'Mercury Insurance'],
  ['Frontier Group Holdings', 'Frontier Airlines'],
  ['Fifth Third Bancorp', 'Fifth Third'],
  ['Western Alliance Bancorporation', 'Western Alliance'],
  ['First Citizens Bancshares', 'First Citizens'],
  ['Raymond James Financial', 'Raymond James'],
  ['Piper Sandler Companies', 'Piper Sandler'],
  ['Perella Weinberg Partners', 'Perella Weinberg'],
  ['Franklin Resources', 'Franklin Templeton'],
  ['Archer Daniels Midland', 'ADM'],
  ['Hyatt Hotels', 'Hyatt'],
  ['Alaska Air Group', 'Alaska Airlines'],
  ['Automatic Data Processing', 'ADP'],
  ['Par Pacific Holdings', 'Par Pacific'],
  ['SL Green Realty', 'SL Green'],
  ['Old Dominion', 'Old Dominion Freight Line'],
  ['Graphic Packaging Holding', 'Graphic Packaging'],
]);

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// --- Ids of the last build --------------------------------------------------------------------
// Deal facts and notes refer to companies by id, so an id must not change when a source renames a
// company or its name is cleaned up differently: a listed company keeps the id the last build gave
// the company with its ticker.
const previousIds = new Map<string, string>();
const previousIdSet = new Set<string>();
try {
  const last = JSON.parse(read('public/gazetteer.json')) as {
    companies: { id: string; tickers?: string[] }[];
  };
  for (const c of last.companies) {
    previousIdSet.add(c.id);
    for (const t of c.tickers ?? []) if (!previousIds.has(t)) previousIds.set(t, c.id);
  }
} catch {
  console.warn('no public/gazetteer.json from an earlier build: ids are made from names');
}

// --- Merge -----------------------------------------------------------------------------------
const entries: CompanyEntry[] = [];
const ids = new Set<string>();
const claimedTickers = new Map<string, CompanyEntry>();
const claimedNames = new Set<string>();
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function addEntry(e: CompanyEntry) {
  if (ids.has(e.id)) throw new Error(`duplicate id ${e.id}`);
  ids.add(e.id);
  entries.push(e);
  for (const t of e.tickers ?? []) if (!claimedTickers.has(t)) claimedTickers.set(t, e);
  for (const n of [e.name, ...(e.aliases ?? []), ...(e.caseSensitive ?? []), ...(e.exactCase ?? [])])
    claimedNames.add(fold(n));
}

const warnings: string[] = [];
for (const e of [...curated, ...world]) {
  const exact = [...(e.caseSensitive ?? []), ...(e.exactCase ?? [])];
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    if (!exact.includes(n) && !/\s/.test(n) && isCommon(n)) {
      warnings.push(`${e.id}: "${n}" is made of common words but not listed as caseSensitive`);
    }
  }
  // "Mitsubishi Corporation" is "Mitsubishi Corp." in the news, "Abu Dhabi National Oil Company"
  // "Abu Dhabi National Oil Co."; the matcher reads the "." itself. A name of everyday words keeps
  // its list ("Groupe Casino"), so its short form is as strict.
  const shortened = (list: readonly string[]) =>
    list.flatMap((n) => {
      const m = /^(.+) (Corporation|Company)$/.exec(n);
      const form = m ? `${m[1]} ${m[2] === 'Company' ? 'Co' : 'Corp'}` : '';
      return form && !list.includes(form) && ![e.name, ...(e.aliases ?? [])].includes(form) ? [form] : [];
    });
  const extra = {
    aliases: shortened([e.name, ...(e.aliases ?? [])]),
    caseSensitive: shortened(e.caseSensitive ?? []),
    exactCase: shortened(e.exactCase ?? []),
  };
  addEntry({
    ...e,
    ...(extra.aliases.length ? { aliases: [...(e.aliases ?? []), ...extra.aliases] } : {}),
    ...(extra.caseSensitive.length
      ? { caseSensitive: [...(e.caseSensitive ?? []), ...extra.caseSensitive] }
      : {}),
    ...(extra.exactCase.length ? { exactCase: [...(e.exactCase ?? []), ...extra.exactCase] } : {}),
  });
}

/**
 * First words of names that are not everyday words or names of people or places, yet in no
 * company's name: news uses them alone once it has named the company ("Altair" after "Altair
 * Engineering"), but they are too generic for that.
 */
const NOT_SHORT = new Set(
  (
    'Abu Amer America Banc Banco Banca Caixa Cementos Comisión Compañía Companhia Corporacion Corporación ' +
    'Crédit Empresas Gran Grupo Groupe Hongkong Industrias Maison Mega Norsk Palo Poste Roma Société ' +
    'Sociedad Telecom Coca Tokio Stora Assa Krispy Tootsie Estée Ermenegildo Giorgio Jerónimo Adlai ' +
    'Andreessen Thoma Schwarz Zurich Hannover Mainz Camden Bogota Maroc Andina Westport Clearwater ' +
    'Montauk Saratoga Middlesex Dorchester Brookline Kearny Chatham Riverview Northfield Middlefield ' +
    'Mayville Rhinebeck Plumas Peapack Brandywine Montrose Loma Tian Hua Jin Wah Vår Nouveau Khosla ' +
    'Kweichow Lixiang Mobile-health Neo-Concept High-Trend Ten-League Sol-Gel Perma Cryo Vita Sono ' +
    'América Aerolíneas Reinsurance Motorsport Hyperscale Scalable Turbo Stardust Tectonic Pathfinder ' +
    'Lakeshore Mid-America Southside Vail Wheaton Fairfax Carlisle Eldorado Presidio Pampa Oxbridge ' +
    'Murano Mackenzie Coeur Endeavour Kratos Korn Ryman Axel Rani Ashok Cass Laird Chemung Norwood ' +
    'Borealis Siebert Waterstone Lifeway'
  ).split(' '),
);

/**
 * Curated companies whose US listing the SEC names in words they share none of: "KOREA ELECTRIC
 * POWER CORP" is KEPCO, "MEXICAN ECONOMIC DEVELOPMENT INC" is FEMSA.
 */
const US_NAME_OF = new Set([
  'ab-inbev',
  'bbva',
  'dr-reddys',
  'umc',
  'mufg',
  'kepco',
  'telkom-indonesia',
  'td-bank',
  'scotiabank',
  'cibc',
  'bell-canada',
  'opentext',
  'itau-unibanco',
  'nubank',
  'femsa',
  'sqm',
  'bancolombia',
  'amd',
  'ibm',
  'tsmc',
  'maplebear',
  'estee-lauder-companies',
  'paramount-skydance',
  'telefonica',
  'pony-ai',
  'america-movil',
  'controladora-vuela-compania-de-aviacion-s-a-b-de-c-v',
  'mcdonald-s',
  'yum-brands',
  'hartford',
]);

/** Words any company's name may have: no sign that two names are one company's. */
const NAME_FILLER = new Set(
  'inc co corp ltd plc the and of group holdings holding company companies sa ag nv se de international'.split(
    ' ',
  ),
);

/** True when a curated company's names and an SEC name share a word that is no filler. */
function sharesAWord(e: CompanyEntry, secName: string): boolean {
  const words = (text: string) =>
    new Set(
      fold(text)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 2 && !NAME_FILLER.has(w)),
    );
  const sec = words(secName);
  return [e.name, ...(e.aliases ?? []), ...(e.caseSensitive ?? [])].some((n) =>
    [...words(n)].some((w) => sec.has(w)),
  );
}

let secAdded = 0;
let spMerged = 0;
for (const l of listings.values()) {
  const sp = spByCik.get(l.cik);
  // A curated company listed here (same ticker) takes the listing's tickers and HQ.
  const owner = l.tickers.map((t) => claimedTickers.get(t)).find(Boolean);
  // A home-market ticker of a company outside the US can be another company's US symbol
  // (Admiral Group's ADM is Archer-Daniels-Midland's): the listing goes to a curated company
  // only if their names share a word, or the listing is that company's ADR written otherwise.
  if (owner && !sharesAWord(owner, l.name) && !US_NAME_OF.has(owner.id)) {
    warnings.push(`${owner.id}: ticker ${l.tickers[0]} is ${l.name}'s in the SEC list; not merged`);
  } else if (owner) {
    owner.tickers = [...new Set([...(owner.tickers ?? []), ...l.tickers])];
    if (!owner.hq && sp && hasCity(sp)) owner.hq = sp.city;
    if (!owner.country && sp) owner.country = 'US';
    continue;
  }
  const name = displayName(sp?.name ?? l.name);
  if (!name || name.length < 2 || claimedNames.has(fold(name))) continue;
  const kept = l.tickers.map((t) => previousIds.get(t)).find((k) => k !== undefined && !ids.has(k));
  let id = kept ?? slug(name);
  if (!id) continue;
  if (ids.has(id)) id = `${id}-${slug(l.tickers[0] ?? String(l.cik))}`;
  if (ids.has(id)) continue;
  const entry: CompanyEntry = { id, name, tickers: l.tickers };
  if (sp) {
    spMerged++;
    entry.country = 'US';
    if (hasCity(sp)) entry.hq = sp.city;
  }
  // One everyday word ("Target", "Ball") needs exact case and company context; several
  // ("Home Depot", "Genuine Parts") need exact case only.
  // Listed companies outside the curated lists are mostly small: a one-word everyday name of
  // theirs counts only on strong evidence (a legal suffix, their ticker), see the matcher.
  if (
    !/\s/.test(name) &&
    !/\d/.test(name) &&
    (isCommon(name) || name.length <= 2 || (!sp && isPersonOrPlace(name)))
  ) {
    entry.caseSensitive = [name];
    entry.strict = !PROPER_NOT_STRICT.has(name);
  } else if (!sp && /^[A-Z]{3,4}$/.test(name)) {
    // An acronym of three or four capitals ("TIM", "NFT") is not a given name or a month, and
    // outside the S&P 500 it is more often an acronym of something else: strong evidence only.
    entry.caseSensitive = [name];
    entry.strict = true;
  } else if (allCommon(name) || name.length <= 2 || /^[A-Z]{3,4}$/.test(name)) {
    entry.exactCase = [name];
  }
  const aliases: string[] = [];
  // A short form in capitals ("MARA" of "MARA Holdings") matches only so: "Mara" is a given name.
  const addShort = (short: string) => {
    aliases.push(short);
    if (/^[\p{Lu}\d&.-]+$/u.test(short)) entry.exactCase = [...(entry.exactCase ?? []), short];
  };
  const tail = GENERIC_TAIL.exec(name);
  if (tail) {
    const short = name.slice(0, tail.index).trim();
    if (short.length >= 4 && !allCommon(short) && !claimedNames.has(fold(short)) && !NOT_ALIAS.has(short)) {
      // "Atlantic" of "Atlantic International", "Cumberland" of "Cumberland Pharmaceuticals":
      // a person's or a place's name needs company context.
      if (!sp && isPersonOrPlace(short)) {
        entry.caseSensitive = [...(entry.caseSensitive ?? []), short];
        entry.strict = !PROPER_NOT_STRICT.has(short);
      } else addShort(short);
    }
  }
  const plain = tail ? null : PLAIN_TAIL.exec(name);
  if (plain) {
    // One distinctive word; names of several words come down to everyday words, people or places
    // too often ("First American", "Glen Burnie"): only those in NEWS_NAMES.
    const short = name.slice(0, plain.index).trim();
    const usable =
      short.length >= 4 &&
      /^\p{Lu}[\p{L}\p{N}-]+$/u.test(short) &&
      !isCommon(short) &&
      !isPersonOrPlace(short) &&
      !NOT_SHORT.has(short) &&
      !NOT_ALIAS.has(short);
    if (usable && !claimedNames.has(fold(short))) addShort(short);
  }
  const news = NEWS_NAMES.get(name);
  if (news && !claimedNames.has(fold(news))) {
    aliases.push(news);
    entry.exactCase = [...(entry.exactCase ?? []), news];
  }
  // The S&P list's name is the one news uses most ("Supermicro", "BNY Mellon", "Wabtec"), but the
  // company's registered name is written too ("Super Micro Computer", "Bank of New York Mellon").
  const registered = sp ? displayName(l.name) : '';
  if (registered && fold(registered) !== fold(name) && isRegisteredAlias(registered)) {
    if (!claimedNames.has(fold(registered))) aliases.push(registered);
  }
  if (aliases.length) entry.aliases = aliases;
  addEntry(entry);
  secAdded++;
}

// --- Short forms -------------------------------------------------------------------------------
/**
 * Short forms news uses alone for the company although they are everyday words, names of people
 * or places, short or in capitals; each is still a mention only where the text names the company.
 */
const SHORT_ANYWAY = new Set(
  (
    'Altair Anglo Goodyear Gilead Daimler Hargreaves Ballard Boyd Avis Juniper Booking Lattice Plug ' +
    'Sprouts Canopy Colliers Matador Cipher Clover Marathon Pioneer Discover Spirit Frontier Warner ' +
    "Paramount Charter Colgate Edwards Intuitive Lam CVC Dick's Tyson Huntington Delta Lockheed " +
    'Northrop Andreessen Wells Circle Sands Applied'
  ).split(' '),
);

/**
 * Short forms that are another company's everyday-word name too: "Reliance" is Reliance Inc.'s
 * name, and what Indian news calls Reliance Industries once it has named it. Where the text names
 * Reliance Industries, "Reliance" is read as it (see the matcher).
 */
const SHARED_SHORT = new Set(['Reliance']);

/** Short forms that are not the name's first word: "Cliffs" of "Cleveland-Cliffs". */
const OTHER_SHORT = new Map([
  ['Cleveland-Cliffs', 'Cliffs'],
  ['JPMorgan Chase', 'Chase'],
]);

/**
 * The short form of a company's name, or undefined: its first word, when the name has more words
 * and the word is distinctive (see {@link NOT_SHORT}), at least four letters, not written in
 * capitals (acronyms mean too many other things: "FTC" of "FTC Solar"), and no company's name;
 * or one of {@link SHORT_ANYWAY}. It counts only where the text names the company in full (see
 * the matcher).
 */
function shortFormOf(e: CompanyEntry): string | undefined {
  const other = OTHER_SHORT.get(e.name);
  if (other) return other;
  const words = e.name.split(/\s+/);
  const first = words[0] as string;
  if (words.length > 1 && SHARED_SHORT.has(first)) return first;
  // Not a name of any company, this one's own included ("Goldman" of "Goldman Sachs").
  if (words.length < 2 || claimedNames.has(fold(first))) return undefined;
  if (SHORT_ANYWAY.has(first)) return first;
  if (!/^\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*$/u.test(first) || first.length < 4 || NOT_SHORT.has(first))
    return undefined;
  return isCommon(first) || PROPER.has(first) ? undefined : first;
}
let shortForms = 0;
for (const e of entries) {
  const form = shortFormOf(e);
  if (form) {
    e.short = [form];
    shortForms++;
  }
}

const gazetteer = compileGazetteer(entries);
const out = serialiseGazetteer(gazetteer);
const json = stringifyGazetteer(out);
writeFileSync(resolve(ROOT, 'public/gazetteer.json'), json);
const t = gazetteer.trie;
console.log(
  [
    `companies: ${entries.length} (curated ${curated.length}, world ${world.length}, from SEC ${secAdded}, with S&P data ${spMerged})`,
    `trie: ${t.edgeStart.length - 1} nodes, ${t.edgeChar.length} edges, ${t.termCompany.length} patterns, labels ${t.labels.length} chars`,
    `tickers: ${gazetteer.tickers.size}`,
    `short forms: ${shortForms}`,
    `file: public/gazetteer.json, ${(json.length / 1024).toFixed(0)} KiB`,
  ].join('\n'),
);
const gone = [...previousIdSet].filter((id) => !ids.has(id));
if (gone.length) {
  warnings.push(
    `${gone.length} company ids of the last build are gone (saved notes and deal facts about them lose their company): ${gone.join(', ')}`,
  );
}
if (warnings.length) console.warn(`\n${warnings.length} warnings:\n${warnings.join('\n')}`);
if (entries.length < 5000) {
  console.error(`only ${entries.length} companies: the gazetteer needs at least 5,000`);
  process.exitCode = 1;
}
