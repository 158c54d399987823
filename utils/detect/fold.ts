/**
 * Character folding shared by the build-time trie builder and the in-page matcher: both must
 * agree exactly, or compiled patterns would never match. Folding maps one UTF-16 unit to one
 * unit, so offsets in folded text are offsets in the original.
 */

/** Folded code of white space: any run of it matches one space in a pattern. */
export const SPACE = 32;

/** Character classes, cached per UTF-16 unit (0 = not computed yet). */
const CLASS_WORD = 1;
const CLASS_OTHER = 2;
const CLASS_UNSPACED = 3;
const classes = new Uint8Array(65536);
const folded = new Uint16Array(65536);
const foldedKnown = new Uint8Array(65536);

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}]/u;
const SPACE_RE = /\s/u;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (UNSPACED_RE.test(ch)) return CLASS_UNSPACED;
  return WORD_RE.test(ch) ? CLASS_WORD : CLASS_OTHER;
}

function charClass(code: number): number {
  let c = classes[code] as number;
  if (c === 0) {
    c = classify(code);
    classes[code] = c;
  }
  return c;
}

/** True for letters, digits and combining marks in any script. */
/** An ASCII letter, either case. */
export function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** An ASCII capital letter. */
export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return charClass(code) !== CLASS_OTHER;
}

/** True for scripts written without spaces between words (Chinese, Japanese, Thai). */
export function isUnspacedCode(code: number): boolean {
  return code >= 0x0e00 && charClass(code) === CLASS_UNSPACED;
}

function computeFold(code: number): number {
  const ch = String.fromCharCode(code);
  if (SPACE_RE.test(ch)) return SPACE;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc) return 39; // apostrophes
  // Hyphens and en dashes join words as a space does: "Coca Cola" and "Coca-Cola",
  // "Bristol-Myers" and "Bristol Myers", "Air France–KLM" are the same name.
  if (code >= 0x2010 && code <= 0x2013) return SPACE;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? baseLetter(lower.charCodeAt(0)) : code;
}

/**
 * Latin letters that are no base letter with marks to Unicode but that news written without
 * them spells with one: "Ørsted" and "Orsted", "Zakład" and "Zaklad", "Yolları" and "Yollari".
 */
const LATIN_BASE: Record<number, number> = {
  216: 79, // Ø
  248: 111, // ø
  272: 68, // Đ
  273: 100, // đ
  294: 72, // Ħ
  295: 104, // ħ
  305: 105, // ı
  321: 76, // Ł
  322: 108, // ł
  358: 84, // Ŧ
  359: 116, // ŧ
};
const MARKS_ONLY = /^\p{M}+$/u;
const bases = new Uint16Array(65536);

function computeBase(code: number): number {
  const extra = LATIN_BASE[code];
  if (extra !== undefined) return extra;
  // Only letters on an ASCII base: a Japanese kana with its voicing mark or a Cyrillic "й" is
  // another letter, not an accented one.
  const parts = String.fromCharCode(code).normalize('NFD');
  const base = parts.charCodeAt(0);
  const ascii = (base >= 65 && base <= 90) || (base >= 97 && base <= 122);
  return parts.length > 1 && ascii && MARKS_ONLY.test(parts.slice(1)) ? base : code;
}

/**
 * The ASCII letter a Latin letter with diacritics is written on, in the same case ("é" → "e",
 * "Č" → "C", "ø" → "o"); any other unit is returned as it is. News written without accents
 * ("Nestle", "Societe Generale", "Telefonica") names the same companies.
 */
export function baseLetter(code: number): number {
  if (code < 0xc0) return code;
  let base = bases[code] as number;
  if (base === 0) {
    base = computeBase(code);
    bases[code] = base;
  }
  return base;
}

/** A spelling with every letter on its {@link baseLetter}: "Hermès" → "Hermes". */
export function withoutAccents(text: string): string {
  return mapUnits(text, baseLetter);
}

/**
 * The folded code of one UTF-16 unit: lower case without accents ({@link baseLetter}); white
 * space, hyphens and en dashes as a space; apostrophes unified.
 */
export function foldCode(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return code + 32;
    if (code === 9 || code === 10 || code === 13 || code === 12 || code === 45) return SPACE;
    return code;
  }
  if (foldedKnown[code] === 0) {
    folded[code] = computeFold(code);
    foldedKnown[code] = 1;
  }
  return folded[code] as number;
}

/** Folds a string unit by unit (same length as the input). */
export function foldText(text: string): string {
  return mapUnits(text, foldCode);
}

/** `text` with each UTF-16 unit mapped to one unit. */
function mapUnits(text: string, map: (code: number) => number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(map(text.charCodeAt(i)));
  return out;
}

/** A pattern as the trie stores it: folded, single-spaced, trimmed. */
export function foldPattern(pattern: string): string {
  return foldText(pattern.trim().replace(/\s+/gu, ' '));
}
