import {
  foldCode,
  isAsciiLetter,
  isUnspacedCode,
  isUpperAscii,
  isWordCode,
  SPACE,
  withoutAccents,
} from './fold';
import {
  compileGazetteer,
  escapeRegExp,
  type Gazetteer,
  isAccentedLatin,
  latinStartKey,
  lowerStartAt,
  tickerKey,
} from './gazetteer';
import {
  endsSitePreposition,
  isProperNounBefore,
  otherDescribedAfter,
  placeNounBefore,
  properNounAfter,
  regionAfter,
  siteNounBefore,
} from './places';
import {
  AFTER_THE,
  AMBIGUOUS,
  ASCII_FOLD,
  ASCII_WORD,
  createScratch,
  DESCRIPTIVE,
  EXACT,
  firstWordAt,
  hashStep,
  isWordAt,
  longestMatch,
  longestMatchAfter,
  plainTerminal,
  SHORT,
  STRICT,
  sameSpelling,
  wholeOf,
  wholeReading,
} from './trie';
import type { CompanyEntry, CompanyInfo, Mention } from './types';

/**
 * The pure matcher: text in, mentions out. It knows nothing about the DOM, so it is tested and
 * benchmarked on plain strings and runs on any text (page, note body, quote). The rules:
 * whole words only; longest match wins, then earlier; names that are common words need company
 * context; descriptive phrases count only for companies the text names; tickers only in ticker
 * context; legal suffixes ("Xiaomi Corp.") extend a name.
 */

/** A compiled matcher. */
export interface Matcher {
  /** Every mention in `text`, in order, without overlaps. */
  find(text: string): Mention[];
  /** The company with this id. */
  company(id: string): CompanyInfo | undefined;
  /**
   * The company a reader means by a name typed on its own ("Apple", "apple inc", "TSMC"): its
   * display name or id first, then anything the matcher finds in the name, context rules aside.
   */
  lookup(name: string): CompanyInfo | undefined;
  /** Number of companies. */
  readonly size: number;
}

/** Builds a matcher from a gazetteer (shipped) or from entries (tests, small dictionaries). */
export function createMatcher(g: Gazetteer): Matcher {
  let byName: Map<string, number> | undefined;
  // Built on first use: a page that only highlights never needs it.
  let byId: Map<string, number> | undefined;
  return {
    lookup(name) {
      const wanted = name.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!wanted) return undefined;
      byName ??= new Map(
        g.companies.flatMap((c, i) => [
          [c.name.toLowerCase(), i] as [string, number],
          [c.id, i] as [string, number],
        ]),
      );
      const direct = byName.get(wanted) ?? g.tickers.get(wanted.toUpperCase());
      if (direct !== undefined) return g.companies[direct];
      // Typed alone, a common-word name has no context: give it the company reading.
      // Typed names may be lower case; names are matched from their written first letter.
      const capitalised = name
        .trim()
        .replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
      for (const form of [name.trim(), capitalised]) {
        const h = findCandidates(g, form);
        for (let k = 0; k < h.count; k++) {
          if (!((h.flags[k] as number) & DESCRIPTIVE)) return g.companies[firstCompany(h, k)];
        }
      }
      return undefined;
    },
    find: (text) => findMentions(g, text),
    company: (id) => {
      byId ??= new Map(g.ids.map((companyId, i) => [companyId, i]));
      const i = byId.get(id);
      return i === undefined ? undefined : g.companies[i];
    },
    size: g.companies.length,
  };
}

/** Shorthand for tests and small dictionaries: compile entries and make a matcher. */
export function compileMatcher(entries: readonly CompanyEntry[]): Matcher {
  return createMatcher(compileGazetteer(entries));
}

/**
 * Raw hits before the context rules, in text order, as parallel typed arrays: a dense page has
 * thousands, and an object (plus an array of companies) per hit made the garbage collector a
 * large share of the matcher's time. Hit k spans start[k]..end[k] and may mean the companies
 * companies[from[k]] .. companies[from[k] + size[k] - 1], in priority order. Matching is
 * synchronous, so one set of arrays serves every call; it is valid until the next scan.
 */
interface Hits {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** What the context rules found: {@link IN_LABEL}, {@link SUFFIXED}, {@link ACCEPTED}. */
  mark: Uint8Array;
  from: Int32Array;
  size: Int32Array;
  companies: Int32Array;
  companyCount: number;
}

function createHits(capacity: number): Hits {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    mark: new Uint8Array(capacity),
    from: new Int32Array(capacity),
    size: new Int32Array(capacity),
    companies: new Int32Array(capacity),
    companyCount: 0,
  };
}

let hits = createHits(1024);

/** Room for one more hit with up to `companies` companies. */
function reserve(companies: number): void {
  if (hits.count < hits.start.length && hits.companyCount + companies <= hits.companies.length) return;
  const bigger = createHits(Math.max(hits.start.length, hits.companies.length, companies) * 2);
  for (const key of ['start', 'end', 'flags', 'mark', 'from', 'size', 'companies'] as const) {
    (bigger[key] as Int32Array).set(hits[key] as Int32Array);
  }
  bigger.count = hits.count;
  bigger.companyCount = hits.companyCount;
  hits = bigger;
}

/** First company a hit may mean. */
function firstCompany(h: Hits, k: number): number {
  return h.companies[h.from[k] as number] as number;
}

/** True when one of the hit's companies is marked in `named`. */
function anyNamed(h: Hits, k: number, named: Uint8Array): boolean {
  const from = h.from[k] as number;
  for (let c = from; c < from + (h.size[k] as number); c++) if (named[h.companies[c] as number]) return true;
  return false;
}

/**
 * Not a mention: inside an exchange label ("Nasdaq" in "Nasdaq: MSFT"), or not the company at all
 * (a place, a person, an acronym of something else or part of a longer proper noun, see
 * {@link notTheCompany}).
 */
const IN_LABEL = 1;
/** Extended by a legal suffix ("Xiaomi Corp."): a strong company signal. */
const SUFFIXED = 2;
/** A common-word name the context accepts as the company. */
const ACCEPTED = 4;

const SUFFIX_WORD =
  '(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\\.L\\.C|plc|Plc|PLC|AG|SA|S\\.A|SE|NV|N\\.V|Oyj|ASA|AB|GmbH|KGaA|S\\.p\\.A|SpA|Holdings|Holding|Group)(?![\\p{L}\\p{N}])';
/** One legal suffix or a chain of them: "Corp.", "Co Ltd", "Group Holding Ltd". */
const LEGAL_SUFFIX = new RegExp(`,? +${SUFFIX_WORD}(?:\\.? +${SUFFIX_WORD})*`, 'uy');

/**
 * Words around a common-word name that make the company reading likely: one of these as a whole
 * word (letters, digits, apostrophes and hyphens), in any case, possibly with a possessive.
 */
const COMPANY_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${(
    'shares share stock stocks ceo cfo chief executive executives company companies firm firms inc corp ' +
    'revenue revenues earnings profit profits quarter quarterly ' +
    'acquired acquire acquires acquisition merge merged stake stakes plant plants factory factories bought buys deal deals investors investor analysts launched launches ' +
    'unveiled unveils rival rivals competitor competitors valuation brand spokesperson spokesman spokeswoman ' +
    'headquarters founder cofounder co-founder subsidiary unit division shareholders ipo listed nasdaq nyse ' +
    'employees staff customers users sued lawsuit regulators antitrust billion million market cap startup ' +
    'partnership partner partnered agreement merger layoffs hired app apps platform devices device chips ' +
    'software cloud store stores retailer maker giant owner owned parent billions millions spending invest ' +
    'invests invested investment investing sales chatbot model models ai data centre center centres centers ' +
    'patent patents royalties chipmaker shoppers guidance subscribers pc pcs laptops smartphones ' +
    'printers cameras processors suvs evs purchase takeover hedge ' +
    // The same in French and German news: "le constructeur Renault", "der Chemiekonzern Bayer".
    'constructeur groupe société entreprise filiale konzern unternehmen aktie aktien autobauer hersteller chemiekonzern pharmakonzern'
  )
    .split(' ')
    .join('|')})(?:['’]s)?(?![\\p{L}\\p{N}'’-])`,
  'u',
);

/** True when text[from, to) has a company cue ({@link COMPANY_CUE}). */
function hasCueIn(text: string, from: number, to: number): boolean {
  return COMPANY_CUE.test(text.slice(Math.max(0, from), Math.min(text.length, to)).toLowerCase());
}

/**
 * True when the word right after `end`, skipping a possessive and a hyphen, is one of `words`
 * (lower case) in any case. Compared in place: most common-word mentions are not vetoed.
 */
function nextWordIn(text: string, end: number, words: readonly string[]): boolean {
  const limit = Math.min(text.length, end + 40);
  let i = end;
  const c = text.charCodeAt(i);
  if ((c === 39 || c === 0x2019) && text.charCodeAt(i + 1) === 115) i += 2;
  // Spaces, and hyphens, which fold to a space ("Amazon-river").
  while (i < limit && foldCode(text.charCodeAt(i)) === SPACE) i++;
  const from = i;
  let ascii = true;
  while (i < limit && isWordAt(text, i)) if (text.charCodeAt(i++) >= 128) ascii = false;
  if (!ascii) return words.includes(text.slice(from, i).toLowerCase());
  const length = i - from;
  for (const w of words) {
    if (w.length !== length) continue;
    let k = 0;
    while (k < length && ASCII_LOWER[text.charCodeAt(from + k)] === w.charCodeAt(k)) k++;
    if (k === length) return true;
  }
  return false;
}

/**
 * The word right before `start`, as written: ASCII letters, across spaces and the "." of an
 * abbreviation ("Mr. Shell"); "" when the text has none there.
 */
function previousWord(text: string, start: number): string {
  let i = start - 1;
  const stop = Math.max(0, start - 40);
  while (i >= stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i === start - 1) return '';
  const abbreviation = text.charCodeAt(i) === 46;
  if (abbreviation) i--;
  const end = i + 1;
  while (i >= stop && isAsciiLetter(text.charCodeAt(i))) i--;
  if (i >= 0 && isWordAt(text, i)) return '';
  // A "." ends a sentence unless it ends a short capitalised abbreviation.
  if (abbreviation && (end - i - 1 > 4 || text.charCodeAt(i + 1) > 90)) return '';
  return text.slice(i + 1, end);
}

/**
 * Words that, capitalised right before a common-word name, make it a person's name or title:
 * "Harrison Ford", "Premier Doug Ford", "Mr. Shell", "Fiona Apple". Given names that are also
 * places or everyday words ("Austin", "Will", "May", "Chase") are left out.
 */
const PERSON_BEFORE = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady president premier senator sen governor gov rep ' +
    'congressman congresswoman judge justice mayor minister chancellor prince princess pope coach pc ' +
    'professor prof colonel captain sergeant detective reverend rev ' +
    'james john robert michael william david richard joseph thomas charles christopher daniel ' +
    'matthew anthony donald steven paul andrew joshua kenneth kevin brian george edward ronald ' +
    'timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott ' +
    'brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron ' +
    'henry douglas doug peter adam mark pat leonard art marcus kirby regis nathan zachary walter kyle harold carl jeremy keith roger ' +
    'gerald ethan arthur terry sean noah jesse albert bryan billy bruce willie dylan alan ralph ' +
    'gabriel roy juan wayne logan randy louis russell vincent philip bobby johnny bradley harrison ' +
    'tom tim jim bob rob mike dave dan steve chris nick matt tony ben sam ed ted fred greg jeff ' +
    'ken pete ron andy rick jon colin neil ian simon graham nigel gordon hugh edsel bill ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty ' +
    'harriet paris margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah ' +
    'stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma ' +
    'nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather ' +
    'diane ruth julie olivia joyce kelly lauren christina joan evelyn judith megan andrea cheryl ' +
    'hannah jacqueline martha gloria teresa ann sara frances kathryn janice jean abigail alice ' +
    'julia judy sophia denise amber doris marilyn danielle beverly isabella theresa diana natalie ' +
    'brittany marie kayla alexis lori fiona lucille jane kate liz beth jenny evangeline ' +
    'anne sophie lucy claire hans klaus pierre marc carlos jose luis rahul amit priya hiroshi ' +
    'takeshi kenji mohammed mohamed ahmed omar fatima olga sergei dmitry vladimir mukesh gautam ' +
    'ratan rajiv anand sunil vijay ravi arjun elon jensen satya sundar warren carsten suresh ' +
    'ramesh rakesh sanjay ajay deepak anil mahesh nandan aliko femi tunde chinedu ngozi ' +
    'hieronymus guccio florian katrin martin milton soichiro ferdinand enzo ettore ferruccio rudolf gottlieb wilhelm konosuke sakichi kiichiro masaru ingvar amancio johann wolfgang jurgen jürgen dieter helmut matthias stefan francois françois ' +
    'jacques philippe giuseppe giovanni marco luca alessandro francesco antonio javier miguel pablo ' +
    'fernando jorge rafael diego akio masayoshi tadashi hiroki yuki naoki kazuo ' +
    'sonny nikola herbie ' +
    'jerome derek travis shawn dustin troy marvin curtis victor calvin mario leon oscar clarence earl ' +
    'jimmy melvin eugene lloyd francis glenn gene lance mitchell maurice darren dwayne tyrone darius ' +
    'jamal andre jalen malik trevor corey cody devin blake brett bryce caleb chad clint cole connor ' +
    'dale devon dominic duane dwight elliott evan garrett hunter ivan jared jermaine joel julian kurt ' +
    'levi marlon micah neal quentin reggie rodney rudy shane terrell terrence trent vernon wesley zach ' +
    'brad darryl kareem tiffany monica erica tamara vanessa veronica yvonne alicia brianna carla ' +
    'cassandra cindy claudia colleen courtney eileen ellen erin felicia gina gwen irene jill kara ' +
    'katie kristen leah lillian lydia marcia maureen meredith miranda molly nina nora paula ' +
    'peggy phyllis renee sabrina sally sheila stacy sylvia tara tina tracy valerie vivian yolanda ' +
    'elena representative rosa elaine grace lucia henri giulia chiara francesca valentina sofia ' +
    'martina alessia federica elisa paola silvia beatriz carmen pilar dolores ines isabel mariana ' +
    'camila daniela valeria gabriela fernanda juliana luciana jean luc andré andre rené rene yves ' +
    'alain thierry olivier nicolas laurent sébastien sebastien mathieu julien guillaume antoine ' +
    'heinz karl fritz günter gunter werner manfred horst uwe jörg jorg rainer bernd markus sven ' +
    'tobias lukas jonas maximilian matteo lorenzo davide riccardo roberto stefano paolo massimo ' +
    'fabio enrico alberto alejandro manuel pedro ricardo eduardo andrés andres sergio joão joao ' +
    'paulo tiago rodrigo gustavo haruki yoshiko keiko yumi akira shinji takashi satoshi ingrid ' +
    'astrid greta heidi petra sabine ursula monika anja katrin birgit marta agnieszka katarzyna ' +
    'svetlana natalia tatiana irina yasmin leila amira aisha zainab priyanka anjali kavita sunita ' +
    'meera lakshmi neha pooja ayesha chioma hassan hussein khalid tariq rashid yusuf ibrahim ' +
    'mustafa emre mehmet jordan kenta ploy haruto yuto sota riku hina yui aoi sakura taro ichiro ' +
    'shota daiki kaito takumi hiroto yusuke ryota kenichi junko naomi emiko somchai nattapong ' +
    'siriporn anong thanh minh linh duc huong rohan vikram karan aditya ananya divya sneha kiran ' +
    'wei jun ming hao xin ling lei tao jia yong hui lena jamie ella'
  ).split(' '),
);

/** Given names that are also names of listed companies: "Mira Murati" is no Mira Pharmaceuticals. */
const GIVEN_NAMES = new Set([...PERSON_BEFORE, 'mira', 'mara', 'ross', 'carter', 'wayne', 'dillard']);

/**
 * True when the word right before a mention of `company` at `start` shows it is not the company:
 * a capitalised given name or title ("Doug Ford"), or one of the company's own words for this
 * ("Big Apple").
 */
function vetoedByWordBefore(g: Gazetteer, text: string, start: number, company: number): boolean {
  const own = g.notAfter[company];
  // Most names follow a lower-case word and have no words of their own: no string is made then.
  const before = text.charCodeAt(start - 1);
  const capital = (before === 32 || before === 0xa0) && previousCapital(text, start);
  if (!own && !capital) return false;
  const word = previousWord(text, start);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (word.charCodeAt(0) <= 90 && PERSON_BEFORE.has(lower)) return true;
  return own?.includes(lower) ?? false;
}

/**
 * True when a word of the company's own lists next to a name that is no common word shows it is
 * not the company: "high BP", "a DBS check", "the goddess Nike". (Common-word names are vetoed
 * with the context rules, see findMentions.)
 */
function vetoedByOwnWords(g: Gazetteer, text: string, h: Hits, k: number): boolean {
  const company = firstCompany(h, k);
  // The words of a company with an everyday-word name are about that name: "Affirm that" is no
  // company, "Affirm Holdings and Klarna" is.
  if (g.everyday[company] && hasSpace(text, h.start[k] as number, h.end[k] as number)) return false;
  const after = g.notBefore[company];
  if (!after && !g.notAfter[company]) return false;
  if (after && nextWordIn(text, h.end[k] as number, after)) return true;
  // "+" in the list: not before a signed change, as an index in a markets strip ("Dow +0.3%").
  if (after?.includes('+') && signedChangeAt(text, h.end[k] as number)) return true;
  return vetoedByWordBefore(g, text, h.start[k] as number, company);
}

/** True when a space and a signed number follow `end`: "+0.3%", "-12.5", "−0.4%", "▲ 0.2%". */
function signedChangeAt(text: string, end: number): boolean {
  // (Reads stay inside the text: one read past its end slows V8's code at that site for good.)
  if (end + 2 >= text.length || text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  const sign = text.charCodeAt(i);
  if (sign !== 43 && sign !== 45 && sign !== 0x2212 && sign !== 0x25b2 && sign !== 0x25bc) return false;
  if (text.charCodeAt(i + 1) === 32) i++;
  return isDigit(text.charCodeAt(i + 1));
}

/**
 * True when a name is part of a person's name: a given name or title before it (`wordBefore`,
 * capitalised: "Mark Bristow", "Michael Dell"), or it is a given name itself with a capitalised
 * word after it ("Mira Murati").
 */
function partOfPersonName(text: string, start: number, end: number, wordBefore: string): boolean {
  if (wordBefore && PERSON_BEFORE.has(wordBefore.toLowerCase())) return true;
  // A middle name between: "Lucia Mercedes Ferrari", "Senator Mary Anne Marriott".
  const middle = start - 1 - wordBefore.length;
  if (wordBefore && text.startsWith(wordBefore, middle) && text.charCodeAt(middle - 1) === 32) {
    const first = previousCapital(text, middle) ? previousWord(text, middle) : '';
    if (first && PERSON_BEFORE.has(first.toLowerCase())) return true;
  }
  if (end - start > 10 || text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1);
  const d = text.charCodeAt(end + 2);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122 && GIVEN_NAMES.has(text.slice(start, end).toLowerCase());
}

/**
 * True when hit `k` is an acronym in brackets right after the words it stands for, which are not
 * a name of the same company: "the Environmental Defense Fund (EDF)", "toxic shock syndrome (TSS)".
 */
function acronymDefinedBefore(text: string, h: Hits, k: number): boolean {
  const s = h.start[k] as number;
  const e = h.end[k] as number;
  const length = e - s;
  if (length < 2 || length > 6 || text.charCodeAt(s - 1) !== 40 || text.charCodeAt(e) !== 41) return false;
  if (text.charCodeAt(s - 2) !== 32) return false;
  // The company's own name before its acronym: "Electricite de France (EDF)".
  if (k > 0 && (h.end[k - 1] as number) === s - 2 && firstCompany(h, k - 1) === firstCompany(h, k))
    return false;
  // The initials of the words before the bracket, last word first.
  let i = s - 3;
  for (let letter = e - 1; letter >= s; letter--) {
    const want = text.charCodeAt(letter);
    if (want < 65 || want > 90) return false;
    while (i >= 0 && isWordAt(text, i)) i--;
    // The word starts at i + 1: its initial must be the letter.
    if ((text.charCodeAt(i + 1) & ~32) !== want) return false;
    if (letter > s && text.charCodeAt(i) !== 32) return false;
    i--;
  }
  return true;
}

/**
 * True when the line around hit `k` (between line or paragraph breaks) is a short one written in
 * title case: most of its words of four letters or more that are no company names begin with a
 * capital ("Target Met: Council Says Recycling Rate Hit 60%"), and there are three such words at
 * least ("Sequoia Capital and Fidelity invested in Stripe" is no headline).
 */
function inTitleCaseLine(text: string, h: Hits, k: number): boolean {
  // Most names stand in prose: the next word of four letters or more is in lower case.
  const word = nextLongWord(text, h.end[k] as number);
  if (word >= 0 && !isUpperAscii(text.charCodeAt(word))) return false;
  const at = h.start[k] as number;
  let from = at;
  while (from > 0 && at - from < 160 && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && to - from < 160 && !isLineBreak(text.charCodeAt(to))) to++;
  if (to - from >= 160) return false;
  let words = 0;
  let capitalised = 0;
  let next = firstAtOrAfter(h, from);
  for (let i = from; i < to; ) {
    while (i < to && !isAsciiLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    // Names are capitalised wherever they stand: they do not count.
    while (next < h.count && (h.end[next] as number) <= start) next++;
    if (next < h.count && (h.start[next] as number) <= start) continue;
    if (i - start < 4) continue;
    words++;
    if (isUpperAscii(text.charCodeAt(start))) capitalised++;
  }
  return words >= 3 && capitalised >= words * 0.8;
}

/**
 * Start of the first word of four letters or more after `from` on the same line, within 60
 * characters; -1 when there is none.
 */
function nextLongWord(text: string, from: number): number {
  const limit = Math.min(text.length, from + 60);
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) return -1;
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < limit && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i - start >= 4) return start;
  }
  return -1;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2029;
}

/** " family", " dynasty": people of that name ("the Hilton family band"), not "family of apps". */
const FAMILY_AFTER = /^ (?:family|families|dynasty|clan|brothers|sisters|twins)(?![\p{L}\p{N}'’-])(?! of\b)/u;

/** A word for a stretch of land or water right after a name: "region" in "the Amazon region". */
const AREA_AFTER =
  /^ (?:region|regions|province|basin|desert|rainforest|delta|valley|coast|peninsula|plateau|river)(?![\p{L}\p{N}])/u;

/** True when `c` may begin one of {@link FAMILY_AFTER}'s words: the quick test before it. */
function familyWordAt(c: number): boolean {
  return c === 102 || c === 100 || c === 99 || c === 98 || c === 115 || c === 116; // f, d, c, b, s, t
}

/** What {@link notTheCompany} found: a place (or an acronym of something else, or a thing), a person. */
const PERSON_OR_PLACE = 1;
const IN_PROPER_NOUN = 2;
const PERSON = 3;

/**
 * Whether hit `k` is not the company but a person, a place or an acronym of something else
 * ({@link PERSON_OR_PLACE}: "Mark Bristow", "Hershey, Pennsylvania", "toxic shock syndrome
 * (TSS)"), or part of a longer proper noun ({@link IN_PROPER_NOUN}: "Citi Field"); 0 when neither.
 * Most mentions follow a space and a lower-case word and are followed by punctuation or a
 * lower-case word: the characters around the mention are looked at first.
 */
function notTheCompany(text: string, h: Hits, k: number): number {
  const s = h.start[k] as number;
  const e = h.end[k] as number;
  // Read in bounds (-1 past either end, which no test below takes for a character): one read
  // past the end, such as a name at the very start of a text, and the optimised code calls a
  // generic charCodeAt here for good (about 3% of the matcher's time on the bench text).
  const before = s > 0 ? text.charCodeAt(s - 1) : -1;
  const after = e < text.length ? text.charCodeAt(e) : -1;
  const spaceBefore = before === 32 || before === 0xa0;
  if ((after === 44 || after === 32) && regionAfter(text, e)) return PERSON_OR_PLACE;
  if (after === 44 && otherDescribedAfter(text, e, s)) return PERSON_OR_PLACE;
  if (
    after === 32 &&
    e + 1 < text.length &&
    familyWordAt(text.charCodeAt(e + 1)) &&
    FAMILY_AFTER.test(text.slice(e, e + 24))
  )
    return PERSON_OR_PLACE;
  // "the Antofagasta region", "the Amazon basin": a place named after (or as) the company. Not
  // taken for the name from then on ("the Amazon region ... Amazon said").
  if (after === 32 && spaceBefore && theBefore(text, s) >= 0 && AREA_AFTER.test(text.slice(e, e + 12)))
    return IN_PROPER_NOUN;
  // A streaming service named after its company: "Disney+", "Paramount+".
  if (after === 43 && (e + 1 >= text.length || (!isWordAt(text, e + 1) && text.charCodeAt(e + 1) !== 43)))
    return IN_PROPER_NOUN;
  if (spaceBefore && text.charCodeAt(s - 2) === 102 && placeNounBefore(text, s)) return PERSON_OR_PLACE;
  // Not before a possessive: "offices near Google's campus" is the company's.
  if (
    spaceBefore &&
    endsSitePreposition(text.charCodeAt(s - 2)) &&
    after !== 39 &&
    after !== 0x2019 &&
    siteNounBefore(text, s)
  )
    return PERSON_OR_PLACE;
  if (before === 40 && after === 41 && acronymDefinedBefore(text, h, k)) return PERSON_OR_PLACE;
  // The capitalised word before the name, read once for the person and the proper-noun rules.
  const wordBefore = spaceBefore && previousCapital(text, s) ? previousWord(text, s) : '';
  if (!wordBefore && !(after === 32 && isUpperAscii(text.charCodeAt(e + 1)))) return 0;
  if (partOfPersonName(text, s, e, wordBefore)) return PERSON;
  return properNounAfter(text, e) || (wordBefore !== '' && isProperNounBefore(wordBefore))
    ? IN_PROPER_NOUN
    : 0;
}

/** How far either side of a name its company's {@link Gazetteer.notNear} words are looked for. */
const NEAR_REACH = 200;

/** True when one of the company's "not near" words is near the hit: "Zeus" near "Hermes". */
function nearOwnVeto(g: Gazetteer, text: string, h: Hits, k: number): boolean {
  const near = g.notNear[firstCompany(h, k)];
  if (!near) return false;
  const from = Math.max(0, (h.start[k] as number) - NEAR_REACH);
  // One window on both sides: the name itself is none of its own "not near" words.
  const window = text.slice(from, (h.end[k] as number) + NEAR_REACH);
  near.lastIndex = 0;
  for (let m = near.exec(window); m; m = near.exec(window)) {
    // A whole word: not the end of a longer one ("Cohera" is not "Hera", nor "anti-myth" a myth).
    const before = m.index > 0 ? window.charCodeAt(m.index - 1) : 32;
    if (before !== 45 && !(before < 128 ? ASCII_WORD[before] : isWordCode(before))) return true;
    near.lastIndex = m.index + 1;
  }
  return false;
}

/** True when a space and a word written with a capital and then lower case start at `at`. */
function capitalisedWordAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const c = text.charCodeAt(at + 1);
  const d = text.charCodeAt(at + 2);
  return isUpperAscii(c) && d >= 97 && d <= 122;
}

/** True when text[from, to) has a space in it. */
function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 32) return true;
  return false;
}

/** True when the word before the space before `start` begins with a capital (a quick test). */
function previousCapital(text: string, start: number): boolean {
  let i = start - 2;
  if (text.charCodeAt(i) === 46) i--;
  const stop = Math.max(0, start - 20);
  while (i > stop && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/**
 * True when a capitalised word that does not begin its sentence comes right before `start`, after
 * one space: "Arab" in "the United Arab Emirates", not "The" in "The Delta pilots".
 */
function capitalisedWordWithinSentenceBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  let i = start - 1;
  const stop = Math.max(0, start - 25);
  while (i > stop && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  if (i === start - 1 || !isUpperAscii(text.charCodeAt(i))) return false;
  // What comes before that word: a sentence goes on after a word, a comma or a bracket.
  let j = i - 1;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  if (j < 0 || j === i - 1) return false;
  const c = text.charCodeAt(j);
  return isWordAt(text, j) || c === 44 || c === 40;
}

/** ASCII codes in lower case. */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** What the scan needs to know of a UTF-16 unit at first sight. */
const OTHER = 0;
const LOWER = 1;
/** Upper-case letters and digits. */
const UPPER = 2;
const NON_ASCII = 4;
const CHAR_KIND = new Uint8Array(65536).fill(NON_ASCII);
/** ASCII letters and digits, folded; 0 for every other unit. One lookup per character of a word. */
const WORD_FOLD = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  CHAR_KIND[c] = c >= 97 && c <= 122 ? LOWER : ASCII_WORD[c] ? UPPER : OTHER;
  if (ASCII_WORD[c]) WORD_FOLD[c] = ASCII_FOLD[c] as number;
}

/**
 * Raw hits, in text order. Most of a page's words cannot begin a name as written (lower-case
 * prose), so the scan does not visit them one by one: the gazetteer's `starts` RegExp (native
 * code) finds the few places that can: capitals, non-ASCII letters, the names written in lower
 * case and the phrases after "the" (see {@link Gazetteer.starts}); words of digits and ticker
 * markers are looked for next to the capitalised words. From there the word is read, its hash
 * must be in the first-word table, and only then is the trie walked, from after that word.
 * Words with other characters take the careful path, which also walks from inside runs of
 * Chinese or Japanese, where words are not separated by spaces.
 */
export function findCandidates(g: Gazetteer, text: string): Hits {
  hits.count = 0;
  hits.companyCount = 0;
  tickers = [];
  const starts = g.starts;
  const n = text.length;
  // Where the scan stands: text before it has been looked at.
  let scanned = 0;
  let lower = lowerStartAt(g, text, 0);
  if (lower >= 0) scanned = lowerStart(g, text, lower);
  starts.lastIndex = scanned;
  while (starts.test(text)) {
    // The hit is the last character matched; a capital inside a word ("eBay") means its start.
    let start = starts.lastIndex - 1;
    const c = text.charCodeAt(start);
    if (!isWordAt(text, start)) {
      // After a curly quote, a dash, a paragraph separator or a no-break space: a lower-case start
      // may follow, or a capital (a new paragraph), looked at here without going back to the
      // RegExp.
      lower = lowerStartAt(g, text, start + 1);
      const d = text.charCodeAt(start + 1);
      if (lower >= 0) scanned = lowerStart(g, text, lower);
      else scanned = d >= 65 && d <= 90 ? atCapital(g, text, start + 1, start + 1) : start + 1;
    } else {
      while (start > 0 && isWordAt(text, start - 1)) start--;
      scanned = c >= 97 && c <= 122 ? lowerStart(g, text, start) : atCapital(g, text, start, scanned);
    }
    // A capitalised word right after a space or line break ("Goldman Sachs", a new paragraph), or
    // after a comma, full stop, colon or semicolon and a space ("Apple, Microsoft", "... rose.
    // Shares"), is looked at without going back to the RegExp.
    for (;;) {
      let next = scanned + 1;
      const c = text.charCodeAt(scanned);
      // In bounds: see notTheCompany.
      if ((c === 44 || c === 46 || c === 58 || c === 59) && next < n && text.charCodeAt(next) === 32) next++;
      else if (!isSeparator(c)) break;
      if (next >= n) break;
      const d = text.charCodeAt(next);
      if (d < 65 || d > 90) break;
      lower = lowerStartAt(g, text, next); // "The search giant"
      scanned = lower >= 0 ? lowerStart(g, text, lower) : atCapital(g, text, next, scanned);
    }
    starts.lastIndex = scanned;
  }
  return hits;
}

/** A unit the walk reads as a space (it matches a space in a pattern). */
function isSpaceUnit(c: number): boolean {
  return (c < 128 ? (ASCII_FOLD[c] as number) : foldCode(c)) === SPACE;
}

/** A space, line break or paragraph separator: what a capitalised word may follow at once. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 0x2029 || c === 10;
}

/**
 * Looks at the word starting at `start`, which begins with a capital or another letter that is
 * not a lower-case ASCII one, and at what may go with it: a ticker marker before it, words of
 * digits before it, an exchange label's colon after it. Returns where the scan goes on.
 */
function atCapital(g: Gazetteer, text: string, start: number, scanned: number): number {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before === 36 || before === 40 || before === 60)
    tickerAt(g, text, start - 1, before); // "$TSLA", "(MSFT)", "<ORCL.N>"
  else if (before === 46) instrumentCodeBefore(g, text, start); // "(0700.HK)"
  let end = -1;
  if ((before === 32 || before === 45) && digitsEndAt(text, start - 2)) {
    // Words of digits before a capitalised word may begin a name with it: "3i Group",
    // "180 Degree Capital", "7-Eleven", "1 800 Flowers".
    for (
      let from = digitWordsBefore(text, start, scanned);
      from < start && end <= start;
      from = wordStartFrom(text, end)
    ) {
      end = scanWord(g, text, from);
    }
  }
  if (end <= start) end = scanWord(g, text, start);
  // An exchange label before a colon: "Nasdaq: MSFT", "HKEX: 0700".
  if (text.charCodeAt(end) === 58) tickerAt(g, text, end, 58);
  else if (
    isUpperAscii(text.charCodeAt(start + 1)) &&
    (before === 32 || start === 0 || !isWordAt(text, start - 1))
  ) {
    if (signedChangeAt(text, end)) stripTickerAt(g, text, start, end);
    else if (before === 32 && text.charCodeAt(start - 2) === 124 && text.charCodeAt(start - 3) === 32)
      cellTickerAt(g, text, start, end, 3); // "Palantir | PLTR |"
    else if (before === 32) phraseTickerAt(g, text, start);
    else if (before === 0x2029 || before === 9) cellTickerAt(g, text, start, end, 1);
  }
  return end;
}

/** Symbols of indices that a markets strip lists beside shares: not tickers of companies. */
const INDEX_SYMBOLS = new Set(
  'DOW DJI DJIA SPX NDX VIX FTSE DAX CAC IBEX MIB AEX SMI NIKKEI TOPIX HSI KOSPI SENSEX NIFTY STOXX TSX ASX RUT'.split(
    ' ',
  ),
);

/**
 * A ticker in a markets strip, a symbol and its signed change, beside another such pair: "AAPL
 * +1.2% MSFT -0.5%". Alone ("GDP +0.3%") a symbol with a change is not read as one.
 */
function stripTickerAt(g: Gazetteer, text: string, start: number, end: number): void {
  if (end - start > 5 || INDEX_SYMBOLS.has(text.slice(start, end))) return;
  for (let i = start; i < end; i++) if (!isUpperAscii(text.charCodeAt(i))) return;
  const company = tickerCompany(g, text.slice(start, end));
  if (company === undefined) return;
  STRIP_PAIR_AFTER.lastIndex = end;
  if (!STRIP_PAIR_AFTER.test(text) && !STRIP_PAIR_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
    return;
  tickers.push({ start, end, company, labelStart: undefined, bare: false });
}
/**
 * A ticker in a table cell right after the cell that names its company ("Apple | AAPL", a block,
 * a tab or a written " | " apart, `gap` characters): evidence for both, as "Apple (AAPL)" is.
 */
function cellTickerAt(g: Gazetteer, text: string, start: number, end: number, gap: number): void {
  if (end - start > 5) return;
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if (gap === 1 ? c !== 0x2029 && c !== 9 : c !== 32 || text.charCodeAt(end + 1) !== 124) return;
  }
  for (let i = start; i < end; i++) if (!isUpperAscii(text.charCodeAt(i))) return;
  const k = hits.count - 1;
  if (k < 0 || (hits.end[k] as number) !== start - gap) return;
  const company = tickerCompany(g, text.slice(start, end));
  if (company === undefined) return;
  const from = hits.from[k] as number;
  for (let x = from; x < from + (hits.size[k] as number); x++) {
    if (hits.companies[x] === company) {
      tickers.push({ start, end, company, labelStart: undefined, bare: false });
      return;
    }
  }
}

/** The change after a symbol, then another symbol and its change. */
const STRIP_PAIR_AFTER = /\s[+\-−▲▼]\s?\d[\d.,]*%?[,;|]?\s+[A-Z][A-Z.]{0,5}\s[+\-−▲▼]\s?\d/y;
/** Another symbol and its change right before a symbol. */
const STRIP_PAIR_BEFORE = /[A-Z][A-Z.]{0,5}\s[+\-−▲▼]\s?\d[\d.,]*%?[,;|]?\s+$/;

/**
 * What may come before a ticker written bare in prose: "shares of XOM", "trades as CCJ",
 * "trades on the New York Stock Exchange as MELI", "under the ticker TGT".
 */
const TICKER_PHRASE =
  /(?:\bshares (?:of|in)|\bstock of|\bticker(?: symbol)?|\bsymbol|\b(?:trade|trades|traded|trading|list|lists|listed)(?: on the [a-z]+(?: [a-z]+){0,3})? (?:as|under))\s+$/i;

/**
 * A ticker of two to five capitals after one of the {@link TICKER_PHRASE}s, at `start` (after a
 * space). Like a bare "(MSFT)", it counts only for a company the text names: "Shares of XOM were
 * little changed" after "Exxon Mobil".
 */
function phraseTickerAt(g: Gazetteer, text: string, start: number): void {
  // The phrases end in "of", "in", "as", "under", "symbol" or "ticker".
  const last = text.charCodeAt(start - 2);
  if (last !== 102 && last !== 110 && last !== 115 && last !== 114 && last !== 108) return;
  let end = start;
  while (end < start + 6 && isUpperAscii(text.charCodeAt(end))) end++;
  if (end - start < 2 || end - start > 5 || isWordAt(text, end)) return;
  if (!TICKER_PHRASE.test(text.slice(Math.max(0, start - 60), start))) return;
  const company = tickerCompany(g, text.slice(start, end));
  if (company !== undefined) tickers.push({ start, end, company, labelStart: undefined, bare: true });
}

/**
 * Start of the run of words of digits, each with at most two lower-case letters after them
 * ("3i", "10x", "22nd", "180"), that comes right before `start`, each followed by a space or
 * hyphen, and not before `scanned`; `start` if there is none.
 */
function digitWordsBefore(text: string, start: number, scanned: number): number {
  let from = start;
  for (;;) {
    const sep = text.charCodeAt(from - 1);
    if (sep !== 32 && sep !== 45) return from;
    let w = from - 2;
    if (CHAR_KIND[text.charCodeAt(w)] === LOWER) w--;
    if (CHAR_KIND[text.charCodeAt(w)] === LOWER) w--;
    if (!isDigit(text.charCodeAt(w))) return from;
    while (w > scanned && isDigit(text.charCodeAt(w - 1))) w--;
    if (w < scanned || (w > 0 && isWordAt(text, w - 1))) return from;
    from = w;
  }
}

/**
 * True when the word ending at `at` may be a word of digits with at most two lower-case letters
 * after them ("3", "3i", "22nd"): the quick test before {@link digitWordsBefore}.
 */
function digitsEndAt(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  if (a >= 48 && a <= 57) return true;
  if (a < 97 || a > 122) return false;
  const b = text.charCodeAt(at - 1);
  if (b >= 48 && b <= 57) return true;
  if (b < 97 || b > 122) return false;
  const c = text.charCodeAt(at - 2);
  return c >= 48 && c <= 57;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Start of the next word at or after `i`. */
function wordStartFrom(text: string, i: number): number {
  while (i < text.length && !isWordAt(text, i)) i++;
  return i;
}

/**
 * Looks at a word written in lower case that may start a name or, after "the", a phrase ("the
 * search giant"). A capitalised "The" before it has not been looked at yet: it may begin a name
 * of its own. Returns where the scan goes on.
 */
function lowerStart(g: Gazetteer, text: string, start: number): number {
  const the = theBefore(text, start);
  if (the >= 0 && text.charCodeAt(the) === 84) {
    const end = scanWord(g, text, the);
    if (end > start) return end;
  }
  return scanWord(g, text, start);
}

/** Looks at the word starting at `start`; returns where the scan goes on. */
function scanWord(g: Gazetteer, text: string, start: number): number {
  const n = text.length;
  const c0 = text.charCodeAt(start);
  if (CHAR_KIND[c0] === NON_ASCII) return careful(g, text, start, false);
  const allowed = g.startAllowed;
  if (!allowed[c0 * 128] && !allowed[c0 * 128 + (text.charCodeAt(start + 1) & 127)]) {
    return careful(g, text, start, true);
  }
  // Read the word, hashing it folded.
  let i = start;
  let folded = ASCII_FOLD[c0] as number;
  let hash = 0;
  do {
    hash = hashStep(hash, folded);
    if (++i >= n) break;
    folded = WORD_FOLD[text.charCodeAt(i)] as number;
  } while (folded !== 0);
  if (i < n && text.charCodeAt(i) >= 128 && isWordAt(text, i)) return careful(g, text, start, false);
  const entry = firstWordAt(g.trie, text, start, i, hash);
  if (entry < 0) return i;
  const whole = wholeOf(g.trie, entry);
  if (whole >= 0 && (!(whole & 1) || i >= n || !isSpaceUnit(text.charCodeAt(i)))) {
    // A one-word name that nothing longer goes on from here: no walk.
    const reading = wholeReading(g.trie, entry);
    addSingleHit(start, i, reading >>> 24, reading & 0xffffff);
    return i;
  }
  const end = matchAt(g, text, start, i, entry);
  if (end < 0) return i;
  // Only a pattern ending in an unspaced script can end inside a word.
  if (end < n && isWordAt(text, end) && isWordAt(text, end - 1)) return careful(g, text, end, true);
  return end;
}

/** Scratch space of the walks; matching is synchronous, so one set serves every call. */
const scratch = createScratch();
/** Terminals accepted at one node: terms[0 .. termCount). */
const terms = new Int32Array(4096);
let termCount = 0;

/**
 * Walks the trie from `start` and records the longest acceptable hit: the deepest
 * terminal whose exact-case patterns match the text's capitalisation. Returns its end, or -1.
 * With a first-word `entry`, the walk resumes after the word ending at `wordEnd`.
 */
function matchAt(g: Gazetteer, text: string, start: number, wordEnd: number, entry: number): number {
  const t = g.trie;
  if (entry >= 0) longestMatchAfter(t, text, wordEnd, entry, scratch);
  else longestMatch(t, text, start, scratch);
  for (let k = scratch.count - 1; k >= 0; k--) {
    const node = scratch.nodes[k] as number;
    const end = scratch.ends[k] as number;
    const plain = plainTerminal(t, node);
    if (plain >= 0) {
      // The common case, one plain reading: recorded without the general loops.
      addSingleHit(start, end, t.termFlags[plain] as number, t.termCompany[plain] as number);
      return end;
    }
    termCount = 0;
    let theAt = -2; // where "the" starts before `start`: -2 not looked yet, -1 none
    for (let term = t.termStart[node] as number; term < (t.termStart[node + 1] as number); term++) {
      const f = t.termFlags[term] as number;
      if (f & EXACT && !sameSpelling(text, start, end, t.termExact[term] as string)) continue;
      if (f & AFTER_THE) {
        if (theAt === -2) theAt = theBefore(text, start);
        if (theAt < 0) continue;
      }
      if (termCount < terms.length) terms[termCount++] = term;
    }
    if (termCount) {
      addHit(g, start, end, theAt, !capitalisedWordAt(text, end));
      return end;
    }
  }
  return -1;
}

/**
 * Scans the word run at `from` position by position: a walk from its start (unless `inWord`)
 * and from every character of an unspaced script. Returns where the run (or the last hit
 * reaching past it) ends.
 */
function careful(g: Gazetteer, text: string, from: number, inWord: boolean): number {
  const n = text.length;
  const allowed = g.startAllowed;
  let prevWord = inWord;
  let i = from;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordAt(text, i)) return i;
    if (
      (!prevWord || (code >= 0x0e00 && isUnspacedCode(code))) &&
      (code >= 128
        ? !isAccentedLatin(code) || accentedStartAt(g, code, text.charCodeAt(i + 1))
        : allowed[code * 128] || allowed[code * 128 + (text.charCodeAt(i + 1) & 127)])
    ) {
      const end = matchAt(g, text, i, -1, -1);
      if (end > i) {
        i = end;
        prevWord = isWordAt(text, i - 1);
        continue;
      }
    }
    prevWord = true;
    i++;
  }
  return i;
}

/** True when a name begins with the accented letter `c0` followed by `c1` (see {@link Gazetteer.accentedStarts}). */
function accentedStartAt(g: Gazetteer, c0: number, c1: number): boolean {
  return g.accentedStarts.has(latinStartKey(c0, c1)) || g.accentedStarts.has(latinStartKey(c0, 0));
}

/** Start of a "the" (any case) followed by white space that ends at `start`, or -1. */
function theBefore(text: string, start: number): number {
  let i = start;
  while (i > 0 && foldCode(text.charCodeAt(i - 1)) === SPACE) i--;
  if (i === start || i < 3) return -1;
  const at = i - 3;
  if (
    (text.charCodeAt(at) | 32) !== 116 ||
    (text.charCodeAt(at + 1) | 32) !== 104 ||
    (text.charCodeAt(at + 2) | 32) !== 101
  )
    return -1;
  return at > 0 && isWordAt(text, at - 1) ? -1 : at;
}

/**
 * Records the terminals reached at one (start, end) as a hit. Names beat phrases and short forms;
 * a phrase stored without its "the" starts at `theAt`.
 */
function addHit(g: Gazetteer, start: number, end: number, theAt: number, shortsToo: boolean): void {
  const t = g.trie;
  let names = false;
  // Every name here is an everyday word ("Reliance"): a short form of the same spelling stays a
  // reading, after the names, for a text that names its company in full (Reliance Industries);
  // not before another capitalised word (`shortsToo`), as in "Reliance Capital".
  let everyday = true;
  for (let x = 0; x < termCount; x++) {
    const f = t.termFlags[terms[x] as number] as number;
    if (!(f & (DESCRIPTIVE | SHORT))) {
      names = true;
      if (!(f & AMBIGUOUS)) everyday = false;
    }
  }
  reserve(termCount);
  const h = hits;
  const k = h.count++;
  const from = h.companyCount;
  let flags = DESCRIPTIVE | SHORT | AMBIGUOUS | STRICT;
  let from0 = start;
  // Names first, then (if they are everyday words) short forms: the first company a hit may mean
  // is always one it names.
  for (let pass = 0; pass < (names && everyday && shortsToo ? 2 : 1); pass++) {
    for (let x = 0; x < termCount; x++) {
      const term = terms[x] as number;
      const f = t.termFlags[term] as number;
      if (names && f & DESCRIPTIVE) continue;
      if (names && (pass === 0) === ((f & SHORT) !== 0)) continue;
      if (f & AFTER_THE) from0 = theAt;
      const c = t.termCompany[term] as number;
      let seen = false;
      for (let x = from; x < h.companyCount; x++) if (h.companies[x] === c) seen = true;
      if (!seen) h.companies[h.companyCount++] = c;
      if (pass === 1) continue;
      // A form is ambiguous (or strict) only if every reading of it is.
      flags &= f | ~(AMBIGUOUS | STRICT);
      if (!(f & DESCRIPTIVE)) flags &= ~DESCRIPTIVE;
      if (!(f & SHORT)) flags &= ~SHORT;
    }
  }
  h.start[k] = from0;
  h.end[k] = end;
  h.flags[k] = flags;
  h.mark[k] = 0;
  h.from[k] = from;
  h.size[k] = h.companyCount - from;
}

/** {@link addHit} for one terminal that is neither exact-case nor after "the". */
function addSingleHit(start: number, end: number, flags: number, company: number): void {
  reserve(1);
  const h = hits;
  const k = h.count++;
  h.start[k] = start;
  h.end[k] = end;
  h.flags[k] = flags & (DESCRIPTIVE | SHORT | AMBIGUOUS | STRICT);
  h.mark[k] = 0;
  h.from[k] = h.companyCount;
  h.size[k] = 1;
  h.companies[h.companyCount++] = company;
}

interface TickerHit {
  start: number;
  end: number;
  company: number;
  /** Exchange label to suppress as a name ("Nasdaq" in "Nasdaq: MSFT"). */
  labelStart?: number;
  /** Bare "(MSFT)": counts only for a company the text names. */
  bare: boolean;
}

/*
 * Ticker patterns, each tried only where the scan meets its marker character: the exchange
 * label before a colon and the symbol after it; "$" for cashtags; "(" for bare tickers.
 */
const EXCHANGE_LABEL =
  /(?<![\p{L}\p{N}])(?:NASDAQ|Nasdaq|NYSE(?: American| Arca)?|NasdaqGS|NasdaqGM|NasdaqCM|OTC(?:QX|QB)?|LSE|LON|HKEX|SEHK|HKG|TSX|TSE|TYO|KRX|ASX|SGX|BSE|NSE|SSE|SZSE|SIX|ETR|XETRA|EPA|AMS|TWSE|TPE)\s?$/u;
const EXCHANGE_SYMBOL = /:\s?([A-Z0-9][A-Z0-9.-]{0,9}[A-Z0-9]|[A-Z])\b/y;
const CASHTAG = /\$([A-Z]{1,5}(?:\.[A-Z])?)\b/y;
/**
 * "(MSFT)", "(BRK.B)", and Reuters instrument codes: a symbol and its exchange ("(MSFT.O)",
 * "(0700.HK)", "(RR.L)", and Brazil's "(VALE3.SA)"). Digits alone in brackets ("(1810)") are too
 * often a year or a count.
 */
const INSTRUMENT =
  '([A-Z]{1,5}|[A-Z]{2,5}\\d{1,2}(?=\\.)|[A-Z&]{2,12}(?=\\.(?:NS|BO)\\b)|\\d{1,6}(?=\\.))(?:\\.([A-Z]{1,3}))?';
const BARE_TICKER = new RegExp(`\\(${INSTRUMENT}\\)`, 'y');
/** The same in angle brackets, as Reuters prints them in text: "<ORCL.N>", "<0700.HK>". */
const ANGLED_TICKER = new RegExp(`<${INSTRUMENT}>`, 'y');
/** Exchange codes of Reuters instrument codes ("O" for Nasdaq in "MSFT.O", "HK" for Hong Kong). */
const RIC_EXCHANGES = new Set(
  (
    'O OQ N A K P L T HK KS KQ SS SZ TW TWO DE F PA AS BR MI MC SW S ST CO HE OL AX TO V NS BO SI BK ' +
    'JK KL SA MX J IS TA WA VI LS I NZ SR SE AD DU QA KW CA'
  ).split(' '),
);
/** Longest exchange label with its space ("NYSE American "). */
const LABEL_REACH = 14;
const WORD_OR_DOLLAR = /[\p{L}\p{N}$]/u;

/** Adds the hit for `symbol` at `start` if it is a known ticker. */
function addTicker(
  g: Gazetteer,
  hits: TickerHit[],
  symbol: string,
  start: number,
  labelStart: number | undefined,
  bare: boolean,
): void {
  const company = tickerCompany(g, symbol);
  if (company !== undefined) hits.push({ start, end: start + symbol.length, company, labelStart, bare });
}

/** The company whose ticker `symbol` is, if any. */
function tickerCompany(g: Gazetteer, symbol: string): number | undefined {
  // Symbols here are upper case already; only a "." needs the key's form ("BRK.B" → "BRK-B").
  return g.tickers.get(symbol.includes('.') ? tickerKey(symbol) : symbol);
}

/** Tickers found by the last scan, in text order (see {@link tickerAt}). */
let tickers: TickerHit[] = [];

/** Looks for a ticker at the marker character `at` (":", "$" or "("). */
function tickerAt(g: Gazetteer, text: string, at: number, marker: number): void {
  if (marker === 58) {
    EXCHANGE_SYMBOL.lastIndex = at;
    const m = EXCHANGE_SYMBOL.exec(text);
    if (!m) return;
    const from = Math.max(0, at - LABEL_REACH);
    const label = EXCHANGE_LABEL.exec(text.slice(from, at));
    if (!label) return;
    const symbol = m[1] as string;
    const start = at + m[0].length - symbol.length;
    const us = /^(?:NASDAQ|Nasdaq|NYSE|OTC)/.test(label[0]);
    if (us) {
      addTicker(g, tickers, symbol, start, from + label.index, false);
      return;
    }
    // Another exchange's symbol is no US listing of the same letters: "(TSX: MG)" is Magna, not
    // Mistras Group; "(LSE: BA.)" is BAE Systems, not Boeing. Such a label counts only for a
    // company from outside the US.
    const london = /^(?:LSE|LON)/.test(label[0]);
    const company = (london ? tickerCompany(g, `${symbol}.`) : undefined) ?? tickerCompany(g, symbol);
    const country = company === undefined ? undefined : g.companies[company]?.country;
    if (company !== undefined && country && country !== 'US')
      tickers.push({
        start,
        end: start + symbol.length,
        company,
        labelStart: from + label.index,
        bare: false,
      });
    return;
  }
  const next = text.charCodeAt(at + 1);
  // "$1.2 billion", "(the"; digits only in an instrument code ("(0700.HK)").
  if ((next < 65 || next > 90) && !(marker !== 36 && isDigit(next))) return;
  if (marker === 36) {
    if (at > 0 && WORD_OR_DOLLAR.test(text.charAt(at - 1))) return;
    CASHTAG.lastIndex = at;
    const m = CASHTAG.exec(text);
    if (m) addTicker(g, tickers, m[1] as string, at + 1, undefined, false);
    return;
  }
  const bare = marker === 60 ? ANGLED_TICKER : BARE_TICKER;
  bare.lastIndex = at;
  const m = bare.exec(text);
  if (!m) return;
  const symbol = m[1] as string;
  const exchange = m[2];
  const whole = exchange ? `${symbol}.${exchange}` : symbol;
  // A class of shares ("BRK.B") before an exchange ("MSFT.O"), or a listing kept with its
  // exchange, where the symbol alone is another company's ("AIR.PA" is Airbus, "AIR" AAR).
  let company = exchange && !isDigit(symbol.charCodeAt(0)) ? tickerCompany(g, whole) : undefined;
  if (company === undefined && exchange && RIC_EXCHANGES.has(exchange)) {
    // London symbols are kept with their dot ("RR." for Rolls-Royce; "RR" is another company).
    company =
      exchange === 'L'
        ? (tickerCompany(g, `${symbol}.`) ?? tickerCompany(g, symbol))
        : tickerCompany(g, symbol);
  }
  if (company === undefined && !exchange) company = tickerCompany(g, symbol);
  if (company !== undefined) {
    tickers.push({ start: at + 1, end: at + 1 + whole.length, company, labelStart: undefined, bare: true });
  }
}

/**
 * Looks for the bracket of an instrument code whose symbol is digits, before the capital at
 * `start` ("(0700.HK)"): the scan meets such a code at its exchange. Codes of letters are met at
 * their bracket.
 */
function instrumentCodeBefore(g: Gazetteer, text: string, start: number): void {
  let p = start - 2;
  while (p >= start - 7 && isDigit(text.charCodeAt(p))) p--;
  const bracket = text.charCodeAt(p);
  if (p < start - 2 && (bracket === 40 || bracket === 60)) tickerAt(g, text, p, bracket);
}

/** The last scan's tickers; a bare "(MSFT)" gives way to a labelled or cashtag one at its start. */
function scannedTickers(): TickerHit[] {
  if (!tickers.some((t) => t.bare)) return tickers;
  const taken = new Set(tickers.filter((t) => !t.bare).map((t) => t.start));
  return tickers.filter((t) => !t.bare || !taken.has(t.start));
}

/** Sentence-ish window around a mention used for context cues. */
const CUE_WINDOW = 80;

/** {@link findMentions}' table of where each company was last named; all zero between calls. */
let lastNamedAt = new Int32Array(0);

function findMentions(g: Gazetteer, text: string): Mention[] {
  if (!text) return [];
  const h = findCandidates(g, text);
  const n = h.count;
  const { start, end, flags, mark } = h;
  const tickers = scannedTickers();
  // Exchange labels ("Nasdaq" in "Nasdaq: MSFT") are not mentions.
  for (const t of tickers) {
    if (t.labelStart === undefined) continue;
    for (let k = firstAtOrAfter(h, t.labelStart); k < n && (start[k] as number) < t.start; k++) {
      if ((end[k] as number) <= t.start) mark[k] = (mark[k] as number) | IN_LABEL;
    }
  }

  // Companies the text names beyond doubt: plain names, suffixed names ("Xiaomi Corp." is one
  // mention), exchange tickers, cashtags. A name shared by several companies names the first of
  // them only when no other mention settles which one the text is about.
  const named = new Uint8Array(g.companies.length);
  // Companies whose name the text has used for a person, a place or an acronym of something else
  // ("Leonard Cohen"), with where it first did.
  let seenAsOther: Map<number, number> | undefined;
  // Of them, those used for a place (a town named after the company is that town from then on).
  let seenAsPlace: Set<number> | undefined;
  const shared: number[] = [];
  let descriptive = false;
  for (let k = 0; k < n; k++) {
    const f = flags[k] as number;
    if (f & (DESCRIPTIVE | SHORT)) descriptive = true;
    if (f & DESCRIPTIVE || (mark[k] as number) & IN_LABEL) continue;
    const e = end[k] as number;
    const other = notTheCompany(text, h, k) || (nearOwnVeto(g, text, h, k) ? PERSON_OR_PLACE : 0);
    if (other !== 0) {
      mark[k] = (mark[k] as number) | IN_LABEL;
      if (other !== IN_PROPER_NOUN) {
        seenAsOther ??= new Map();
        const company = firstCompany(h, k);
        if (!seenAsOther.has(company)) seenAsOther.set(company, start[k] as number);
        if (other === PERSON_OR_PLACE) {
          seenAsPlace ??= new Set();
          seenAsPlace.add(company);
        }
      }
      continue;
    }
    if (mayHaveSuffix(text, e)) {
      LEGAL_SUFFIX.lastIndex = e;
      const m = LEGAL_SUFFIX.exec(text);
      // Not when the "suffix" begins the next name of a list: "BNP Paribas, AB InBev".
      if (m && !(k + 1 < n && (start[k + 1] as number) < e + m[0].length)) {
        end[k] = e + m[0].length;
        mark[k] = (mark[k] as number) | SUFFIXED;
      }
    }
    // A short form before a capitalised word is part of another name ("Chase Elliott", "Tyson
    // Fury"); an acronym may follow ("Delta CEO Ed Bastian"). So is one after a capitalised word
    // within a sentence ("United Arab Emirates"), though not after a sentence's first word ("The
    // Delta pilots").
    if (
      f & SHORT &&
      (capitalisedWordAt(text, e) || capitalisedWordWithinSentenceBefore(text, start[k] as number))
    ) {
      mark[k] = (mark[k] as number) | IN_LABEL;
      continue;
    }
    // A short form names no company: it is one where the text names the company otherwise.
    if (f & SHORT || (f & AMBIGUOUS && !((mark[k] as number) & SUFFIXED))) continue;
    if (!((mark[k] as number) & SUFFIXED) && vetoedByOwnWords(g, text, h, k)) {
      mark[k] = (mark[k] as number) | IN_LABEL;
      continue;
    }
    if (h.size[k] === 1) named[firstCompany(h, k)] = 1;
    else shared.push(k);
  }
  // A name the text has used for a person or a place is that from then on ("Leonard Cohen ...
  // Cohen's letters"), unless the text names the company more fully ("Bill Ford" and "Ford
  // Motor") or named it before.
  if (seenAsOther) {
    const other = seenAsOther;
    // 1: named in full or with a suffix; 2: named before the text used the name for a person
    // or place; 4: so named outside a headline, or with a company's words around it.
    const namedAlso = new Uint8Array(g.companies.length);
    const headlineOnly = (k: number) => inTitleCaseLine(text, h, k) && !hasLocalCue(text, h, k);
    for (let k = 0; k < n; k++) {
      const company = firstCompany(h, k);
      const from = other.get(company);
      const m = mark[k] as number;
      if (from === undefined || m & IN_LABEL || (flags[k] as number) & (DESCRIPTIVE | SHORT)) continue;
      if (m & SUFFIXED || hasSpace(text, start[k] as number, end[k] as number))
        namedAlso[company] = (namedAlso[company] as number) | 1;
      if ((start[k] as number) < from) {
        namedAlso[company] = (namedAlso[company] as number) | 2;
        if (!headlineOnly(k)) namedAlso[company] = (namedAlso[company] as number) | 4;
      }
    }
    for (let k = 0; k < n; k++) {
      const company = firstCompany(h, k);
      const from = other.get(company);
      if (from === undefined || (flags[k] as number) & DESCRIPTIVE) continue;
      // A short form after the text used it for a person is that person, even where the text
      // names the company in full: "Tom Wells ... the Wells Fargo branch ... Wells said".
      if ((flags[k] as number) & SHORT && (start[k] as number) > from) {
        mark[k] = (mark[k] as number) | IN_LABEL;
        continue;
      }
      if ((namedAlso[company] as number) & 1) continue;
      // Before it, the name is the company's, unless it stands only in a headline with nothing of
      // a company around it ("Council Approves New Library for Hershey" over "Hershey,
      // Pennsylvania"; not over "Hershey said on Monday").
      // After it too, when the text named the company so before and the other use was a person's
      // name: "Porsche cut its forecast ... the company Ferdinand Porsche founded ... Volkswagen
      // owns most of Porsche" (a town keeps its name: "Hershey said ... In Hershey, the mood").
      if (
        ((namedAlso[company] as number) & 4 && !seenAsPlace?.has(company)) ||
        ((start[k] as number) < from && ((namedAlso[company] as number) & 4 || !headlineOnly(k)))
      )
        continue;
      // After a person's name (a byline's "By Jordan Ford"), a mention with a company's words
      // around it is still the company: "Ford said on Tuesday it would take a $1.5 billion charge".
      // (Cue words or a company beside it, not "said": a person says things too.)
      if (!seenAsPlace?.has(company) && (start[k] as number) > from && hasCompanyWordsNear(text, h, k))
        continue;
      mark[k] = (mark[k] as number) | IN_LABEL;
      if (!((namedAlso[company] as number) & 2)) named[company] = 0;
    }
  }

  for (const t of tickers) if (!t.bare) named[t.company] = 1;
  for (const k of shared) {
    if (anyNamed(h, k, named)) continue;
    const placed = placedCompany(g, text, h, k);
    named[placed >= 0 ? placed : firstCompany(h, k)] = 1;
  }

  // Common-word names: vetoed by a telling next word, accepted on local evidence, then on the
  // evidence of the whole text (a company named once is the likely reading elsewhere).
  const pending: number[] = [];
  for (let k = 0; k < n; k++) {
    const f = flags[k] as number;
    if (!(f & AMBIGUOUS) || f & DESCRIPTIVE || (mark[k] as number) & IN_LABEL) continue;
    const company = firstCompany(h, k);
    const e = end[k] as number;
    const vetoes = g.notBefore[company];
    // A veto word is no veto when a plainly named company follows in a list: "Orange and Vodafone"
    // ("and" vetoes "Orange and green").
    if (vetoes && nextWordIn(text, e, vetoes) && !inListWithPlainName(text, h, k, 1)) continue;
    if (vetoes?.includes('+') && signedChangeAt(text, e)) continue;
    if (vetoedByWordBefore(g, text, start[k] as number, company)) continue;
    // A company of the hit that the text names is its reading (see the mentions below).
    const already = anyNamed(h, k, named);
    if (
      (mark[k] as number) & SUFFIXED ||
      already ||
      // Its own ticker right after it: "Target (TGT)".
      ownTickerAfter(tickers, e, company) ||
      // In a headline written in title case ("Puma Seen Near School"), every word is capitalised:
      // a cue word nearby says less there.
      (f & STRICT
        ? hasStrongLocalCue(text, h, k)
        : hasLocalCue(text, h, k)
          ? !inTitleCaseLine(text, h, k) || hasStrongLocalCue(text, h, k)
          : // Strong evidence without a cue word near: "Antofagasta, the London-listed miner".
            hasStrongLocalCue(text, h, k)) ||
      // One of its own products close by: "Apple's TV+", "the Snapchat owner".
      productNear(g, text, start[k] as number, e, company)
    ) {
      mark[k] = (mark[k] as number) | ACCEPTED;
      if (!already) named[company] = 1;
    } else pending.push(k);
  }
  for (const k of pending) {
    if (anyNamed(h, k, named)) mark[k] = (mark[k] as number) | ACCEPTED;
    // A deal with a company accepted after it: "Snap filed a lawsuit against Meta" ("Meta" is
    // accepted on the lawsuit; "Snap", whose everyday sense needs more, on the deal with it).
    else if (dealWithPlainName(text, h, k) || inListWithPlainName(text, h, k, -1)) {
      mark[k] = (mark[k] as number) | ACCEPTED;
      named[firstCompany(h, k)] = 1;
    }
  }

  // Mentions in text order. Descriptive phrases and short forms go to the named company mentioned
  // closest before them (else to the first they may mean).
  // Where each company was last named, plus one (0: not yet), kept only while phrases or short
  // forms need it; the companies set are cleared again before returning.
  if (lastNamedAt.length < g.companies.length) lastNamedAt = new Int32Array(g.companies.length);
  const lastNamed = lastNamedAt;
  const touched: number[] = [];
  const mentions: Mention[] = [];
  for (let k = 0; k < n; k++) {
    const f = flags[k] as number;
    if ((mark[k] as number) & IN_LABEL) continue;
    const from = h.from[k] as number;
    const to = from + (h.size[k] as number);
    let company = -1;
    if (f & (DESCRIPTIVE | SHORT)) {
      let bestAt = -2;
      for (let x = from; x < to; x++) {
        const co = h.companies[x] as number;
        if (!named[co]) continue;
        const at = (lastNamed[co] as number) - 1;
        if (at > bestAt) {
          company = co;
          bestAt = at;
        }
      }
      if (company < 0) continue;
      if (f & SHORT) {
        if (!lastNamed[company]) touched.push(company);
        lastNamed[company] = (start[k] as number) + 1;
      }
      mentions.push({
        start: start[k] as number,
        end: end[k] as number,
        companyId: idOf(g, company),
        kind: f & SHORT ? 'name' : 'descriptive',
      });
      continue;
    }
    if (f & AMBIGUOUS && !((mark[k] as number) & ACCEPTED)) continue;
    company = h.companies[from] as number;
    // A name two companies share goes to the one whose home the text gives next to it
    // ("Darmstadt-based Merck"), else to one the text names.
    const placed = to - from > 1 ? placedCompany(g, text, h, k) : -1;
    if (placed >= 0) company = placed;
    else
      for (let x = from; x < to; x++) {
        if (named[h.companies[x] as number]) {
          company = h.companies[x] as number;
          break;
        }
      }
    if (descriptive) {
      if (!lastNamed[company]) touched.push(company);
      lastNamed[company] = (start[k] as number) + 1;
    }
    mentions.push({
      start: start[k] as number,
      end: end[k] as number,
      companyId: idOf(g, company),
      kind: 'name',
    });
  }
  for (const company of touched) lastNamed[company] = 0;
  if (tickers.length === 0) return overlapping(mentions) ? mergeWithoutOverlaps(mentions, []) : mentions;
  const tickerMentions: Mention[] = [];
  for (const t of tickers) {
    if (t.bare && !named[t.company]) continue;
    tickerMentions.push({ start: t.start, end: t.end, companyId: idOf(g, t.company), kind: 'ticker' });
  }
  return mergeWithoutOverlaps(mentions, tickerMentions);
}

/** Adjectives of the countries whose companies share names with others most often. */
const COUNTRY_ADJECTIVE: Record<string, string> = {
  DE: 'German',
  US: 'American',
  FR: 'French',
  GB: 'British',
  JP: 'Japanese',
  CN: 'Chinese',
  KR: 'Korean',
  IN: 'Indian',
  IT: 'Italian',
  ES: 'Spanish',
  NL: 'Dutch',
  CH: 'Swiss',
  SE: 'Swedish',
  CA: 'Canadian',
  AU: 'Australian',
  BR: 'Brazilian',
};

/**
 * Of the companies a shared name may mean, the one whose headquarters city or country adjective
 * the text writes right before it ("Darmstadt-based Merck", "der Darmstädter Konzern Merck",
 * "German drugmaker Merck"); -1 when none or several.
 */
function placedCompany(g: Gazetteer, text: string, h: Hits, k: number): number {
  const s = h.start[k] as number;
  const before = withoutAccents(text.slice(Math.max(0, s - 50), s));
  let found = -1;
  for (let x = h.from[k] as number; x < (h.from[k] as number) + (h.size[k] as number); x++) {
    const c = h.companies[x] as number;
    const info = g.companies[c];
    const places = [info?.hq, info?.country ? COUNTRY_ADJECTIVE[info.country] : undefined];
    if (!places.some((p) => p && before.includes(withoutAccents(p)))) continue;
    if (found >= 0 && found !== c) return -1;
    found = c;
  }
  return found;
}

/** True when a mention starts before the one before it ends (a phrase's "the" before a name). */
function overlapping(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++)
    if ((mentions[i] as Mention).start < (mentions[i - 1] as Mention).end) return true;
  return false;
}

function idOf(g: Gazetteer, company: number): string {
  return g.ids[company] as string;
}

/** True when `company`'s ticker starts within three characters after `end`. */
function ownTickerAfter(tickers: readonly TickerHit[], end: number, company: number): boolean {
  // Tickers are in text order: find the first at or after `end`.
  let lo = 0;
  let hi = tickers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tickers[mid] as TickerHit).start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let x = lo; x < tickers.length && (tickers[x] as TickerHit).start <= end + 3; x++) {
    if ((tickers[x] as TickerHit).company === company) return true;
  }
  return false;
}

/** How far from a common-word name one of the company's products may stand, in the same paragraph. */
const PRODUCT_REACH = 200;

/** Each company's products as one RegExp, built the first time a page needs it. */
const productPatterns = new WeakMap<Gazetteer, (RegExp | null)[]>();

function productPattern(g: Gazetteer, company: number): RegExp | null {
  let cache = productPatterns.get(g);
  if (!cache) {
    cache = [];
    productPatterns.set(g, cache);
  }
  let pattern = cache[company];
  if (pattern === undefined) {
    const products = g.products[company];
    // A whole word; a plural "s" may follow ("iPhones"), and so may a possessive.
    pattern = products
      ? new RegExp(`(?<![A-Za-z0-9])(?:${products.map(escapeRegExp).join('|')})s?(?![A-Za-z0-9])`)
      : null;
    cache[company] = pattern;
  }
  return pattern;
}

/**
 * True when one of `company`'s own products ({@link Gazetteer.products}) is written, as a whole
 * word, within {@link PRODUCT_REACH} of the name at `start`..`end` and in the same paragraph.
 * One RegExp of the company's products reads the window, rather than one search per product
 * (Apple has eighteen).
 */
function productNear(g: Gazetteer, text: string, start: number, end: number, company: number): boolean {
  const pattern = productPattern(g, company);
  if (!pattern) return false;
  const from = Math.max(0, start - PRODUCT_REACH);
  const window = text.slice(from, Math.min(text.length, end + PRODUCT_REACH));
  // The part of the window in the name's paragraph.
  const name = start - from;
  const left = window.lastIndexOf('\u2029', name) + 1;
  let right = window.indexOf('\u2029', name);
  if (right < 0) right = window.length;
  return pattern.test(left > 0 || right < window.length ? window.slice(left, right) : window);
}

/** Cheap test before the suffix regex: ", X" or " X" with X an upper-case letter, or " plc". */
function mayHaveSuffix(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k) === 44) k++; // ","
  if (text.charCodeAt(k) !== 32) return false;
  const c = text.charCodeAt(k + 1);
  return (c >= 65 && c <= 90) || (c === 112 && text.startsWith('plc', k + 1));
}

/** A cue word nearby, or another company mentioned close by ("Apple and Microsoft"). */
function hasLocalCue(text: string, h: Hits, k: number): boolean {
  if (hasNeighbour(text, h, k)) return true;
  const s = h.start[k] as number;
  const e = h.end[k] as number;
  // A block of its own, such as a table cell or a label ("Target" next to "Splunk Inc."): the
  // words of the blocks around it say nothing of it.
  if (isBlockEdge(text.charCodeAt(s - 1)) && isBlockEdge(text.charCodeAt(e))) return false;
  return hasCueIn(text, s - CUE_WINDOW, s) || hasCueIn(text, e, e + CUE_WINDOW) || saysSomething(text, e);
}

/**
 * {@link hasLocalCue} in half its window and without a reporting verb after the name
 * ("Marriott, who grew up on a farm, said"): evidence of this mention, not of the paragraph.
 */
function hasCompanyWordsNear(text: string, h: Hits, k: number): boolean {
  const s = h.start[k] as number;
  const e = h.end[k] as number;
  const near = CUE_WINDOW / 2;
  return hasNeighbour(text, h, k) || hasCueIn(text, s - near, s) || hasCueIn(text, e, e + near);
}

/** A paragraph separator, a line break, or the text's start or end (NaN from charCodeAt). */
function isBlockEdge(c: number): boolean {
  return Number.isNaN(c) || c === 0x2029 || c === 10;
}

/**
 * "Target said", "Shell on Tuesday announced", "Apple, which makes the iPhone, said", or "..., it
 * said" after the name: the name is who reports. A reporting verb elsewhere near it ("Shell
 * fragments were found, detectives said") says nothing of the name.
 */
function saysSomething(text: string, end: number): boolean {
  REPORTS_AFTER.lastIndex = end;
  if (REPORTS_AFTER.test(text)) return true;
  return IT_SAID.test(text.slice(end, Math.min(text.length, end + CUE_WINDOW)));
}

/** "..., it said": the company reports, named by a pronoun or a noun for it. */
const IT_SAID =
  /(?<![\p{L}\p{N}])(?:it|the company|the firm|the group)\s+(?:said|says|announced|reported|reports)\b/iu;

/** A reporting verb right after a name, past a possessive, an aside in commas or a time. */
const REPORTS_AFTER =
  /(?:['’]s)?(?:\s*,[^,.;]{1,80},)?\s+(?:(?:on|late|early|this|last|earlier)\s+\w+\s+|in a statement\s+)?(?:said|says|announced|announces|reported|reports|told)(?![\p{L}\p{N}])/uy;

/**
 * What a company noun looks like in an apposition: "Chewy, the online pet retailer", "cruise
 * operator Carnival", "oil major Chevron".
 */
const COMPANY_NOUN =
  '(?:company|firm|retailer|maker|chipmaker|automaker|carmaker|giant|conglomerate|bank|lender|insurer|' +
  'startup|operator|producer|manufacturer|supplier|provider|developer|chain|major|carrier|airline|miner|fund|' +
  'group|contractor|designer|owner|parent|publisher|distributor|shipper|utility|consultancy|brand|house|label|' +
  'investor|platform)';
/**
 * ", the payments company led by", ", a Minneapolis-based retailer,": up to four words before the
 * noun, and the noun ends the phrase ("the company car" is no apposition).
 */
const APPOSITION_AFTER = new RegExp(
  `,\\s+(?:the|a|an)\\s+(?:[\\p{L}\\p{N}'’&.-]+\\s+){0,4}?${COMPANY_NOUN}` +
    '(?=\\s*[,.;:)\\u2014\\u2013]|\\s+(?:that|which|whose|led|based|owned|known|founded|behind|with|in|controlled|run|backed|headed|chaired|listed|valued|worth|of|at|from|since|under|by|famous|best|now|once|also|and|an?|the|just)(?![\\p{L}\\p{N}]))',
  'uy',
);
/** "retailer " right before the name, in lower case. */
const APPOSITION_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${COMPANY_NOUN}s?(?:,? (?:such as|like|including))?\\s$`,
  'u',
);
/** What may stand between the names of a list: "Walmart, Costco and Target". */
const LIST_SEPARATOR = /^(?:,? (?:and|or|&) |, |\/)$/;

/**
 * Evidence strong enough for a listed company with an everyday name that needs more than a cue
 * word ("Chewy", "Carnival", "Yelp"): an apposition that calls it a company, a place in a list of
 * names with a plainly named company in it, a deal with a plainly named company ("Mars agreed
 * to buy Kellanova", "Kellanova was acquired by Mars"), or money raised or a listing ("Ramp
 * raised $200 million", "Chime priced its IPO").
 */
function hasStrongLocalCue(text: string, h: Hits, k: number): boolean {
  const s = h.start[k] as number;
  const e = h.end[k] as number;
  if (text.charCodeAt(e) === 44) {
    APPOSITION_AFTER.lastIndex = e;
    if (APPOSITION_AFTER.test(text)) return true;
  }
  const before = text.charCodeAt(s - 2);
  if (text.charCodeAt(s - 1) === 32 && before >= 97 && before <= 122) {
    if (APPOSITION_BEFORE.test(text.slice(Math.max(0, s - 32), s))) return true;
  }
  if (FUNDING_AFTER.test(text.slice(e, e + 60))) return true;
  // Results and share prices of one company: not for a name two companies share ("Reliance").
  if (h.size[k] === 1 && MARKET_AFTER.test(text.slice(e, e + 80))) return true;
  if (SHARES_OF_BEFORE.test(text.slice(Math.max(0, s - 20), s))) return true;
  return (
    inListWithPlainName(text, h, k, -1) || inListWithPlainName(text, h, k, 1) || dealWithPlainName(text, h, k)
  );
}

/** "about ", "more than ": what may come before an amount. */
const ABOUT = String.raw`(?:about\s+|nearly\s+|more than\s+|over\s+|some\s+)?`;
/**
 * Money raised, a valuation, a listing or a funding round led, right after the name: "Ramp raised
 * $200 million", "Notion has raised $275 million", "Plaid is valued at $6.1 billion", "Chime priced
 * its IPO", "Benchmark led the startup's first round". A person raises money too ("Usain Bolt
 * raised $1 million for charity"), but a given name before the name vetoes it first.
 */
const FUNDING_AFTER = new RegExp(
  [
    String.raw`(?:(?:has|have|had|just|also|now|recently)\s+)*(?:raised|raises|raising|secured|secures|closed|closes|landed|lands)\s+(?:a\s+|an\s+)?(?:new\s+|fresh\s+)?${ABOUT}[$€£¥]\s?\d[\d.,]*\s?(?:billion|million|bn|m)\b`,
    String.raw`(?:is|was|has been|is now)\s+valued\s+at\s+${ABOUT}[$€£¥]\s?\d`,
    String.raw`(?:(?:has|have|had|just|also)\s+)?(?:priced|prices|filed for|files for|launched|launches)\s+(?:its\s+|an\s+|a\s+)?(?:\$?[\d.,]+\s?(?:billion|million|bn|m)\s+)?(?:IPO|initial public offering|stock market listing)\b`,
    String.raw`(?:(?:has|have|had|just|also)\s+)?(?:led|co-led|leads|co-leads)\s+(?:the|a|an|its|[A-Z][\w.&-]*['’]s)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:round|Series\s+[A-H])\b`,
  ]
    .map((form) => `^ ${form}`)
    .join('|'),
);

/**
 * Results or a share-price move right after the name, as companies report them and market reports
 * tell them: "Tapestry said quarterly profit rose", "PVH reported third-quarter revenue of",
 * "Progressive slipped 1 percent", "Dolby's shares fell 4%".
 */
const PERIOD =
  '(?:first|second|third|fourth|full-year|annual|quarterly|half-year|first-half|second-half|[\\w-]+-quarter|fiscal-year|fiscal|holiday-quarter)';
const RESULT = '(?:profit|profits|revenue|revenues|sales|earnings|results|income|loss|losses|orders)\\b';
const MARKET_AFTER = new RegExp(
  [
    // A person says revenue rose too ("Fox said revenue rose"), but reports no quarter's profit.
    String.raw`(?:['’]s)? (?:said|says|announced|announces|reported|reports|posted|posts) (?:on \w+ )?(?:that )?(?:its |a |an |the )?(?:record |higher |lower |bigger |smaller )?${PERIOD}(?:\s+quarter)?\s+(?:(?:net|operating|adjusted|core)\s+)?${RESULT}`,
    String.raw`(?:['’]s)? (?:reported|reports|posted|posts) (?:its |a |an )?(?:record |higher |lower |bigger |smaller )?(?:(?:net|operating|adjusted|core)\s+)?${RESULT}`,
    // Not a candidate's standing: "slipped 2 percent in the polls".
    String.raw`(?:['’]s)?(?: shares| stock)? (?:rose|fell|slipped|gained|climbed|dropped|jumped|slid|tumbled|surged|sank|declined|advanced|added|lost|edged (?:up|down|higher|lower)) (?:by )?${ABOUT}\d[\d.,]*\s?(?:%|percent|per cent)(?! (?:in|among) (?:the )?(?:polls?|surveys?|voters|ratings))`,
  ]
    .map((form) => `^${form}`)
    .join('|'),
);
/** "shares of ", "stock in " right before the name. */
const SHARES_OF_BEFORE = /(?<![\p{L}\p{N}])(?:shares|stock|stake) (?:of|in) $/iu;

/**
 * What stands between a company and the plainly named company it buys, sues or invests in:
 * "Mars struck a deal to acquire Kellanova", "Carnival sued Walmart".
 */
const DEAL_VERB_AFTER =
  /^ (?:(?:said|says) (?:on \w+ )?(?:that )?it )?(?:(?:has|have|had|is|was|will|would|also|finally|now)\s+){0,2}(?:agreed to |plans to |is to |to |(?:struck|reached|signed|sealed|clinched) an? (?:[\w$.,-]+ ){0,3}deal to )?(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take over|takes over|took over|merge with|merged with|merges with|sue|sues|sued|suing|(?:filed|files|filing) (?:a |an )?(?:[\w-]+ ){0,2}?(?:lawsuit|suit|complaint) against|invest in|invests in|invested in|(?:completed|closed|announced) (?:its |the )?(?:[\w$.,-]+ ){0,3}(?:acquisition|purchase|takeover) of)(?: (?:[\w'’.-]+ ){0,2}(?:maker|firm|company|group|rival|owner|startup|retailer|brand|giant|operator|chain|platform|developer|specialist))? $/;
/**
 * ... and between a company and the plainly named company it is bought by or sold to, or that
 * buys, merges with, invests in or sues it ("Fiat Chrysler merged with PSA").
 */
const DEAL_VERB_BEFORE =
  /(?:^ (?:(?:was|were|is|has been|had been|will be|agreed to be|is being)\s+)?(?:acquired|bought|purchased|taken over) by|(?:sale|takeover|acquisition|purchase) (?:to|by)|^ (?:(?:has|have|had|also|then)\s+)?(?:(?:agreed|agrees) to (?:buy|acquire|merge with)|bought|acquired|purchased|took over|merged with|took control of|invested in|sued)) $/;
/** The longest text looked at between the two names. */
const DEAL_REACH = 60;

/** A deal verb between hit `k` and the plainly named company next to it (see {@link DEAL_VERB_AFTER}). */
function dealWithPlainName(text: string, h: Hits, k: number): boolean {
  // Plain, or an everyday-word name already accepted as the company ("Alphabet said it would buy
  // Wiz": "Alphabet" on its "said").
  // Between two everyday-word names that need no strong evidence, the deal itself is that
  // evidence for both: "Alphabet agreed to buy Wiz".
  const mutual = !((h.flags[k] as number) & STRICT);
  const plain = (o: number) => {
    if (o < 0 || o >= h.count) return false;
    const f = h.flags[o] as number;
    if (!(f & NOT_PLAIN)) return true;
    if (f & (DESCRIPTIVE | SHORT)) return false;
    return ((h.mark[o] as number) & ACCEPTED) !== 0 || (mutual && !(f & STRICT));
  };
  const e = h.end[k] as number;
  if (plain(k + 1) && (h.start[k + 1] as number) - e <= DEAL_REACH) {
    // In any case: a headline writes "Mars To Buy Pringles Maker Kellanova".
    if (DEAL_VERB_AFTER.test(text.slice(e, h.start[k + 1] as number).toLowerCase())) return true;
  }
  const s = h.start[k] as number;
  if (plain(k - 1) && s - (h.end[k - 1] as number) <= DEAL_REACH) {
    const between = text.slice(h.end[k - 1] as number, s);
    const lower = between.toLowerCase();
    if (!/[.;!?]/.test(between) && (DEAL_VERB_BEFORE.test(lower) || DEAL_VERB_AFTER.test(lower))) return true;
  }
  return false;
}

/** Walks a list of names from hit `k` towards `step` (-1 or 1); true if a plain name is in it. */
function inListWithPlainName(text: string, h: Hits, k: number, step: number): boolean {
  for (let o = k + step; o >= 0 && o < h.count; o += step) {
    const left = step < 0 ? o : o - 1;
    const right = left + 1;
    const gap = (h.start[right] as number) - (h.end[left] as number);
    if (
      gap < 1 ||
      gap > 6 ||
      !LIST_SEPARATOR.test(text.slice(h.end[left] as number, h.start[right] as number))
    ) {
      return false;
    }
    // Plain, or an everyday-word name already accepted ("such as Vanguard or Fidelity").
    if (!((h.flags[o] as number) & NOT_PLAIN) || (h.mark[o] as number) & ACCEPTED) return true;
  }
  return false;
}

/** Another plainly named company close by, in the same paragraph. */
function hasNeighbour(text: string, h: Hits, k: number): boolean {
  const s = h.start[k] as number;
  const e = h.end[k] as number;
  for (let o = firstAtOrAfter(h, s - CUE_WINDOW); o < h.count; o++) {
    const os = h.start[o] as number;
    if (os > s + CUE_WINDOW) break;
    // Not the same name, nor one read as a person or a place ("Hershey, Pennsylvania").
    if (o === k || (h.flags[o] as number) & NOT_PLAIN || (h.mark[o] as number) & IN_LABEL) continue;
    if (firstCompany(h, o) === firstCompany(h, k)) continue;
    if (!hasBlockBreak(text, Math.min(h.end[o] as number, e), Math.max(os, s))) return true;
  }
  return false;
}

/** Index of the first hit starting at or after `offset` (hits are in text order). */
function firstAtOrAfter(h: Hits, offset: number): number {
  let lo = 0;
  let hi = h.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((h.start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a paragraph separator lies between two offsets. */
function hasBlockBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2029) return true;
  return false;
}

/** Flags of a hit that names no company plainly: an everyday word, a phrase, a short form. */
const NOT_PLAIN = AMBIGUOUS | DESCRIPTIVE | SHORT;

/** Text order; at one start, the longer first. */
function byStart(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - b.start - (a.end - a.start);
}

/**
 * Merges two lists already in {@link byStart} order and drops overlaps as it goes: the longer
 * mention wins, then the earlier.
 */
function mergeWithoutOverlaps(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  let last: Mention | undefined;
  while (i < a.length || j < b.length) {
    const m = (
      j >= b.length || (i < a.length && byStart(a[i] as Mention, b[j] as Mention) <= 0) ? a[i++] : b[j++]
    ) as Mention;
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) {
        out[out.length - 1] = m;
        last = m;
      }
      continue;
    }
    out.push(m);
    last = m;
  }
  return out;
}

/** Counts mentions per company, most mentioned first, ties by first appearance. */
export function countMentions(
  mentions: readonly { companyId: string }[],
): { companyId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.companyId, (counts.get(m.companyId) ?? 0) + 1);
  return [...counts].map(([companyId, count]) => ({ companyId, count })).sort((a, b) => b.count - a.count);
}

/**
 * The companies a note names, read as the article it is written on would read them: the
 * article's companies (`context`, their display names) are named first, so the short forms and
 * everyday-word names the article uses count in the note too ("Lattice" after "Lattice
 * Semiconductor", "Apple" beside "Apple Inc.").
 */
export function companiesNamedIn(matcher: Matcher, text: string, context: readonly string[] = []): string[] {
  const prefix = context.length ? `${context.join('. ')}.\u2029` : '';
  const found = matcher.find(prefix + text).filter((m) => m.start >= prefix.length);
  return [...new Set(found.map((m) => m.companyId))];
}
