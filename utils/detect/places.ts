import { isAsciiLetter, isUpperAscii } from './fold';

/**
 * What a company name may be part of when it is no company: a place (a town in a US state,
 * "Hershey, Pennsylvania", "Corning, N.Y.", in a Canadian province or Australian state, or named
 * with its country; "the town of Hershey"), or a longer proper noun ("Citi Field", "Mount
 * Olympus"). The matcher reads such a name as the place or the proper noun, not the company.
 */

/** Regions written after a town, in lower case: US states and their AP abbreviations, and more. */
const REGIONS = new Set([
  // US states, the District of Columbia and the AP style abbreviations news uses for them.
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
  'd.c.',
  'ala.',
  'ariz.',
  'ark.',
  'calif.',
  'colo.',
  'conn.',
  'del.',
  'fla.',
  'ga.',
  'ill.',
  'ind.',
  'kan.',
  'ky.',
  'la.',
  'md.',
  'mass.',
  'mich.',
  'minn.',
  'miss.',
  'mo.',
  'mont.',
  'neb.',
  'nev.',
  'n.h.',
  'n.j.',
  'n.m.',
  'n.y.',
  'n.c.',
  'n.d.',
  'okla.',
  'ore.',
  'pa.',
  'r.i.',
  's.c.',
  's.d.',
  'tenn.',
  'vt.',
  'va.',
  'wash.',
  'w.va.',
  'wis.',
  'wyo.',
  // Canadian provinces, Australian states, the nations of the UK.
  'ontario',
  'quebec',
  'british columbia',
  'alberta',
  'manitoba',
  'saskatchewan',
  'nova scotia',
  'new brunswick',
  'newfoundland',
  'new south wales',
  'victoria',
  'queensland',
  'tasmania',
  'england',
  'scotland',
  'wales',
  'northern ireland',
  // Countries a town is often placed in by news in English.
  'finland',
  'france',
  'germany',
  'italy',
  'spain',
  'portugal',
  'netherlands',
  'belgium',
  'switzerland',
  'austria',
  'sweden',
  'norway',
  'denmark',
  'ireland',
  'poland',
  'greece',
  'japan',
  'china',
  'india',
  'brazil',
  'mexico',
  'canada',
  'australia',
  'new zealand',
  'south africa',
  'israel',
  'turkey',
  'egypt',
  'nigeria',
  'kenya',
  'argentina',
  'chile',
]);
/** Longest region above, in characters. */
const LONGEST = Math.max(...[...REGIONS].map((r) => r.length));

/** ", the town's" right after a name; see {@link otherDescribedAfter}. */
const TOWN_POSSESSIVE =
  /, the (?:town|city|village)['’]s(?![\p{L}\p{N}])(?! (?:(?:largest|biggest|main|top|leading|dominant|major|oldest|best-known|only|sole)(?![\p{L}\p{N}])|(?:[\p{L}-]+ )?(?:employer|company|firm|bank|developer|landlord|business)(?![\p{L}\p{N}])))/uy;
/** "in " right before a name. */
const IN_BEFORE = /(?:^|[^\p{L}\p{N}])in $/iu;

/**
 * A place described right after the name: "Nokia, a town of 35,000 people", "Hitachi, a city in
 * Ibaraki"; not "Tencent, the city's largest company".
 */
const PLACE_DESCRIBED =
  /, (?:an? |the )?(?:(?:small|large|tiny|quiet|coastal|rural|remote|mining|port|market|industrial|northern|southern|eastern|western|central) )?(?:town|city|village|hamlet|municipality|suburb|district|county|province|region|island|resort)(?![\p{L}\p{N}'’])/uy;

/**
 * Something of nature or myth described right after the name, the phrase ending there or going
 * on with "of", a relative word or a verb of naming: "Nike, the goddess of victory", "Hermes, the
 * messenger god,", "Amazon, the river that...", "Mercury, the smallest planet". One word may come
 * before the noun, so the phrase must end there: "Viking, the largest river cruise line" is no
 * river.
 */
const THING_DESCRIBED =
  /, (?:an? |the )?(?:[\p{L}-]+ )?(?:god|goddess|gods|deity|demigod|nymph|river|lake|mountain|volcano|glacier|planet|moon|constellation|star cluster|comet|asteroid|galaxy|nebula)(?:[,.;:)!?]|$| (?:of|in|who|whose|that|which|where|known|called|named|after|from|on)(?![\p{L}\p{N}]))/uy;

/**
 * True when the name ending at `end` is followed by what describes a place or a thing of nature or
 * myth: ", a town ..." (or a city, village...), ", the goddess of ...".
 */
export function otherDescribedAfter(text: string, end: number, start = end): boolean {
  // "Back in Hershey, the town's ...": a place the text is in (not "Tencent, the city's largest").
  if (
    end + 2 < text.length &&
    text.charCodeAt(end + 2) === 116 &&
    IN_BEFORE.test(text.slice(Math.max(0, start - 4), start))
  ) {
    TOWN_POSSESSIVE.lastIndex = end;
    if (TOWN_POSSESSIVE.test(text)) return true;
  }
  // Both begin with ", " and a word; most names followed by a comma are in a list of names.
  if (end + 2 >= text.length || text.charCodeAt(end + 1) !== 32) return false;
  const c = text.charCodeAt(end + 2);
  PLACE_DESCRIBED.lastIndex = end;
  if (c >= 97 && c <= 122 && PLACE_DESCRIBED.test(text)) return true;
  THING_DESCRIBED.lastIndex = end;
  return THING_DESCRIBED.test(text);
}

/**
 * True when the name ending at `end` is followed by ", <region>" or " of <region>" and then by the
 * end of the phrase (punctuation, a paragraph's end or the text's): "the town of Hershey,
 * Pennsylvania.", "the Black Hills of South Dakota," but not
 * "Deere, Texas Instruments and Caterpillar" nor "Nokia, Finland's largest company".
 */
export function regionAfter(text: string, end: number): boolean {
  const comma = text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32;
  // "the Black Hills of South Dakota"
  const of =
    !comma &&
    text.charCodeAt(end) === 32 &&
    text.charCodeAt(end + 1) === 111 &&
    text.charCodeAt(end + 2) === 102;
  if (!comma && !(of && text.charCodeAt(end + 3) === 32)) return false;
  const from = end + (comma ? 2 : 4);
  if (!isUpperAscii(text.charCodeAt(from))) return false;
  // The ends of the first three capitalised words after the comma or "of": regions have one to three
  // ("Ohio", "New York", "New South Wales"); the longest one there is the region.
  const ends: number[] = [];
  let i = from;
  for (let word = 0; word < 3; word++) {
    while (i - from <= LONGEST && isRegionUnit(text.charCodeAt(i))) i++;
    if (i - from > LONGEST) break;
    ends.push(i);
    if (text.charCodeAt(i) !== 32 || !isUpperAscii(text.charCodeAt(i + 1))) break;
    i++;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const at = ends[k] as number;
    if (REGIONS.has(text.slice(from, at).toLowerCase()))
      return endsPhrase(text, at, text.charCodeAt(at - 1) === 46);
  }
  return false;
}

/** A letter or the "." of an abbreviation ("N.Y."). */
function isRegionUnit(c: number): boolean {
  return c === 46 || isAsciiLetter(c);
}

/** True when what comes at `at` ends a phrase: punctuation, a line or paragraph break, the end. */
function endsPhrase(text: string, at: number, afterDot: boolean): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  // After "N.Y." a sentence may go on: "Corning, N.Y. has..." ends the place all the same.
  if (c === 32) return afterDot || text.charCodeAt(at + 1) === 0x2014 || text.charCodeAt(at + 1) === 0x2013;
  return (
    c === 44 ||
    c === 46 ||
    c === 59 ||
    c === 58 ||
    c === 41 ||
    c === 10 ||
    c === 0x2029 ||
    c === 0x2014 ||
    c === 0x2013
  );
}

/** Words that, with "of", name a place: "the town of Hershey", "the city of Corning". */
const PLACE_NOUNS =
  'town city village borough township hamlet county suburb port state province district parish municipality'.split(
    ' ',
  );

/** The last letters of {@link PLACE_NOUNS}, one bit each from "a". */
const PLACE_NOUN_LAST = PLACE_NOUNS.reduce(
  (bits, noun) => bits | (1 << (noun.charCodeAt(noun.length - 1) - 97)),
  0,
);

/** What stands in a place: "its plant in Corning", "the festival in Hershey", "based in Redmond". */
const SITE_NOUNS = (
  'plant plants factory factories mill mills facility facilities headquarters office offices campus ' +
  'port ports terminal terminals refinery refineries mine mines depot depots warehouse hub hubs airport ' +
  'site sites warehouse warehouses store stores branch branches festival fair parade museum park ' +
  'school hospital stadium arena hotel resort residents visitors homes born raised lives lived ' +
  'based located headquartered'
).split(' ');

/** True when a two-letter word (`first`, `second`, lower case) and spaces come right before `start`. */
function wordOfTwoBefore(text: string, start: number, first: number, second: number): boolean {
  return (
    text.charCodeAt(start - 1) === 32 &&
    text.charCodeAt(start - 2) === second &&
    text.charCodeAt(start - 3) === first &&
    text.charCodeAt(start - 4) === 32
  );
}

/** Where a place may follow a site noun: "its plant in Corning", "homes around Hershey". */
const SITE_PREPOSITIONS = ['in', 'near', 'around', 'outside'];

/**
 * True when "<site noun> <preposition> " comes right before `start`: "its plant in Corning",
 * "thousands of homes around Hershey". Called only after a space with one of the prepositions'
 * last letters before it.
 */
export function siteNounBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const end = start - 1;
  for (const word of SITE_PREPOSITIONS) {
    const at = end - word.length;
    if (at < 1 || text.charCodeAt(at - 1) !== 32 || !text.startsWith(word, at)) continue;
    return nounEndsAt(text, at - 1, SITE_NOUNS);
  }
  return false;
}

/** True when `c` ends one of {@link SITE_PREPOSITIONS}: the quick test before {@link siteNounBefore}. */
export function endsSitePreposition(c: number): boolean {
  return c === 110 || c === 114 || c === 100 || c === 101; // n, r, d, e
}

/** True when one of `nouns` (lower case) is the word that ends at `end`, in any case. */
function nounEndsAt(text: string, end: number, nouns: readonly string[]): boolean {
  let i = end - 1;
  while (i >= 0 && i >= end - 14 && isAsciiLetter(text.charCodeAt(i))) i--;
  const length = end - i - 1;
  for (const noun of nouns) {
    if (noun.length !== length) continue;
    let k = 0;
    while (k < length && (text.charCodeAt(i + 1 + k) | 32) === noun.charCodeAt(k)) k++;
    if (k === length) return true;
  }
  return false;
}

/** True when "<place noun> of " comes right before `start`: "the town of Hershey". */
export function placeNounBefore(text: string, start: number): boolean {
  if (!wordOfTwoBefore(text, start, 111, 102)) return false; // "of"
  const end = start - 4;
  // Every place noun ends in one of a few letters; "shares of", "chief executive of" mostly do not.
  const last = (text.charCodeAt(end - 1) | 32) - 97;
  if (last < 0 || last > 25 || !(PLACE_NOUN_LAST & (1 << last))) return false;
  return nounEndsAt(text, end, PLACE_NOUNS);
}

/**
 * Capitalised words that, right after a name, make it part of a longer proper noun that is no
 * company: a place ("Otter Tail County", "Block Island"), a venue ("Citi Field"), an institution
 * ("First Community Church"), an event or a thing ("the Apple Cup", "the Subaru Telescope").
 */
const PROPER_NOUN_AFTER = new Set(
  (
    'County Island Islands Head National Park Field Stadium Arena Garden Gardens Church Chapel Cathedral ' +
    'Telescope Cup Bowl State Sauce Street Avenue Road Drive Boulevard Lane River Lake Mountain Mountains ' +
    'Valley Bay Beach Hall College University School Academy Hospital Bridge Station Airport Center Centre ' +
    'Theatre Theater Museum Library Trophy Prize Medal Memorial Foundation Trust Trusts Place Community Tower Building Plaza Hotel Amphitheatre Amphitheater Pavilion Bears Rosso Leverkusen Salzburg Leipzig'
  ).split(' '),
);

/** Capitalised words that, right before a name, make it part of a place: "Mount Olympus", "Rio Grande". */
const PROPER_NOUN_BEFORE = new Set('Mount Mt Rio Saint St USS HMS Lake Fort Cape Isle'.split(' '));

/** True when a word of {@link PROPER_NOUN_AFTER} comes right after the name ending at `end`. */
export function properNounAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !isUpperAscii(text.charCodeAt(end + 1))) return false;
  let i = end + 2;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  return PROPER_NOUN_AFTER.has(text.slice(end + 1, i));
}

/** True when `word`, right before a name, is one of {@link PROPER_NOUN_BEFORE}. */
export function isProperNounBefore(word: string): boolean {
  return PROPER_NOUN_BEFORE.has(word);
}
