/**
 * Parsers for the figures deal sentences carry: counts ("roughly 1,500 patents"), money ("$2
 * billion", "US$1.2bn", "€500m", "2.9 billion dollars") and dates, relative ones ("last year",
 * "in March") resolved against the article's published date. Pure functions, unit-tested.
 */

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  // Indian numbering: "Rs 4,000 crore" is 40 billion rupees, "Rs 50 lakh" 5 million.
  lakh: 1e5,
  crore: 1e7,
  'lakh crore': 1e12,
};

const SYMBOLS: Record<string, string> = {
  us$: 'USD',
  $: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
  c$: 'CAD',
  cad: 'CAD',
  a$: 'AUD',
  aud: 'AUD',
  hk$: 'HKD',
  hkd: 'HKD',
  chf: 'CHF',
  inr: 'INR',
  '₹': 'INR',
  krw: 'KRW',
  '₩': 'KRW',
  rs: 'INR',
  'rs.': 'INR',
  s$: 'SGD',
  sgd: 'SGD',
  nz$: 'NZD',
  nzd: 'NZD',
  r$: 'BRL',
  brl: 'BRL',
  nt$: 'TWD',
  twd: 'TWD',
  dkk: 'DKK',
  sek: 'SEK',
  nok: 'NOK',
  mxn: 'MXN',
  zar: 'ZAR',
  sar: 'SAR',
  aed: 'AED',
};

/**
 * Currencies written as words, by the word and the country adjective before it ("Canadian
 * dollars", "Danish crowns"; "" for none). A word that names several currencies ("crowns",
 * "pesos") counts only with its country.
 */
const WORD_CURRENCY: Record<string, Record<string, string>> = {
  dollars: {
    '': 'USD',
    us: 'USD',
    'u.s.': 'USD',
    'hong kong': 'HKD',
    singapore: 'SGD',
    australian: 'AUD',
    canadian: 'CAD',
    'new zealand': 'NZD',
    taiwan: 'TWD',
    taiwanese: 'TWD',
  },
  euros: { '': 'EUR' },
  pounds: { '': 'GBP', british: 'GBP' },
  sterling: { '': 'GBP' },
  yen: { '': 'JPY', japanese: 'JPY' },
  yuan: { '': 'CNY', chinese: 'CNY' },
  renminbi: { '': 'CNY' },
  francs: { '': 'CHF', swiss: 'CHF' },
  rupees: { '': 'INR', indian: 'INR' },
  won: { '': 'KRW', korean: 'KRW', 'south korean': 'KRW' },
  crowns: { danish: 'DKK', swedish: 'SEK', norwegian: 'NOK' },
  kronor: { '': 'SEK', swedish: 'SEK' },
  kroner: { danish: 'DKK', norwegian: 'NOK' },
  reais: { '': 'BRL', brazilian: 'BRL' },
  pesos: { mexican: 'MXN', philippine: 'PHP', chilean: 'CLP', colombian: 'COP', argentine: 'ARS' },
  rand: { '': 'ZAR', 'south african': 'ZAR' },
  riyals: { '': 'SAR', saudi: 'SAR' },
  dirhams: { '': 'AED', emirati: 'AED' },
  zlotys: { '': 'PLN', polish: 'PLN' },
  lira: { turkish: 'TRY' },
  roubles: { '': 'RUB', russian: 'RUB' },
  rubles: { '': 'RUB', russian: 'RUB' },
  rupiah: { '': 'IDR', indonesian: 'IDR' },
  baht: { '': 'THB', thai: 'THB' },
  ringgit: { '': 'MYR', malaysian: 'MYR' },
  shekels: { '': 'ILS', israeli: 'ILS' },
};

/** A parsed amount of money. */
export interface Money {
  amount: number;
  currency: string;
  /** Where in the text it was written. */
  start: number;
  end: number;
}

/** "1,500" → 1500, "2.9" → 2.9; null when it is not a number. */
export function parseNumber(raw: string): number | null {
  const cleaned = raw.replace(/,(?=\d{3}\b)/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

const MONEY_SYMBOL =
  /(?<![\p{L}\d])(US\$|HK\$|C\$|A\$|S\$|NZ\$|R\$|NT\$|\$|€|£|¥|₹|₩|Rs\.?|USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|HKD|CHF|INR|KRW|SGD|NZD|BRL|TWD|DKK|SEK|NOK|MXN|ZAR|SAR|AED)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(trillion|billion|million|thousand|lakh crore|lakh|crore|bn|mn|mln|bln|tn|trn|m|b|k)\b)?/giu;
const MONEY_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(\d[\d,]*(?:\.\d+)?)\s?(trillion|billion|million|thousand|lakh crore|lakh|crore|bn|mn)?\s+` +
    String.raw`(?:(${[...new Set(Object.values(WORD_CURRENCY).flatMap((byCountry) => Object.keys(byCountry)))]
      .filter(Boolean)
      .map((c) => c.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
      .join('|')})\s+)?(${Object.keys(WORD_CURRENCY).join('|')})\b`,
  'giu',
);

/** Every amount of money in a text, in order. */
export function findMoney(text: string): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(MONEY_SYMBOL)) {
    const value = parseNumber(m[2] as string);
    if (value === null) continue;
    const scale = m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1;
    const currency = SYMBOLS[(m[1] as string).toLowerCase()] ?? 'USD';
    const start = m.index ?? 0;
    out.push({ amount: Math.round(value * scale), currency, start, end: start + m[0].length });
  }
  for (const m of text.matchAll(MONEY_WORD)) {
    const value = parseNumber(m[1] as string);
    if (value === null) continue;
    const start = m.index ?? 0;
    if (out.some((o) => o.start <= start && o.end > start)) continue;
    const country = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const currency = WORD_CURRENCY[(m[4] as string).toLowerCase()]?.[country];
    if (!currency) continue;
    const scale = m[2] ? (SCALE[m[2].toLowerCase()] ?? 1) : 1;
    out.push({ amount: Math.round(value * scale), currency, start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A counted thing: "roughly 1,500 patents" → { quantity: 1500, unit: "patents", text }. */
export interface Quantity {
  quantity: number;
  unit: string;
  text: string;
}

const QUANTITY =
  /\b((?:[Aa]bout|[Rr]oughly|[Nn]early|[Aa]round|[Ss]ome|[Aa]pproximately|[Mm]ore than|[Oo]ver|[Aa]lmost|[Cc]lose to|[Uu]p to)\s+)?(\d[\d,]*)\s+(?:[A-Z][\w&.-]*\s+)?((?:[a-z-]+\s+)?(?:patents|patent applications|patent families|stores|shops|employees|branches|plants|factories|towers|sites|titles|games|licen[cs]es))\b/;

/** The first counted thing in a sentence, if any. */
export function findQuantity(text: string): Quantity | null {
  const m = QUANTITY.exec(text);
  if (!m) return null;
  const quantity = parseNumber(m[2] as string);
  if (quantity === null) return null;
  // "1,500 Microsoft patents" is written "about 1,500 patents": whose they were is a party.
  const unit = (m[3] as string).toLowerCase();
  return { quantity, unit, text: `${m[1] ?? ''}${m[2]} ${unit}`.trim() };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE = MONTHS.join('|');

/**
 * What comes before a weekday still to come (see {@link findDate}), unless a deal was done on it:
 * "will distribute its games under a deal signed on Wednesday".
 */
const UPCOMING =
  /\b(?:will|shall|is due|are due|due to|is expected|are expected|scheduled|set to|faces?|next)\b(?:(?!\b(?:signed|agreed|announced|said|struck|reached|completed|closed|approved|confirmed)\b)[^.;,]){0,60}$/i;

/** A deal done, right before "in <month>": "agreed in October", "was completed in March". */
const DONE_BEFORE =
  /\b(?:agreed|announced|signed|struck|reached|completed|closed|bought|acquired|sold|filed|settled|sealed)\s+(?:\w+\s+){0,2}$/i;

/** Words of a plan before a date in the same clause: "expects to complete the deal by". */
const PLAN_BEFORE =
  /\b(?:will|would|shall|expects?|expected|aims?|aimed|plans?|planned|intends?|targets?|hopes?|due|set to|scheduled|on track)\b(?:(?!\b(?:signed|agreed|announced|struck|reached|completed|closed|approved|confirmed)\b)[^.;,]){0,50}$/i;

/**
 * The date a sentence gives for the deal, as "YYYY", "YYYY-MM" or "YYYY-MM-DD"; relative dates
 * are resolved against `published` (ISO date of the article). Null when the sentence gives none.
 */
export function findDate(text: string, published?: string): string | null {
  const pub = published ? new Date(published) : null;
  const pubOk = pub && !Number.isNaN(pub.getTime());
  const pubYear = pubOk ? pub.getUTCFullYear() : null;
  const pubMonth = pubOk ? pub.getUTCMonth() + 1 : null;
  const pad = (n: number) => String(n).padStart(2, '0');

  const month = (name: string) => pad(MONTHS.indexOf(name.toLowerCase()) + 1);
  // Dates written out, most precise first. A year after the article's is a plan ("expects to
  // complete the deal by 2027"), and so is a date in the article's year after words of a plan
  // ("expects to close in 2026"): neither is when the deal was struck.
  const written: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
      (m) => `${m[3]}-${month(m[1] as string)}-${pad(Number(m[2]))}`,
    ],
    [
      new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE}),?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
      (m) => `${m[3]}-${month(m[2] as string)}-${pad(Number(m[1]))}`,
    ],
    [new RegExp(`\\b(${MONTH_RE})\\s+((?:19|20)\\d{2})\\b`, 'gi'), (m) => `${m[2]}-${month(m[1] as string)}`],
    [/\b(?:in|since|during|by|of|from)\s+((?:19|20)\d{2})\b/gi, (m) => m[1] as string],
  ];
  for (const [re, date] of written) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const found = date(m);
      const year = Number(found.slice(0, 4));
      const before = text.slice(0, m.index);
      // A deadline is a plan whatever its year: "said in 2022 it would buy Activision by June 2023".
      const deadline = /\b(?:by|until|before)\s+(?:(?:the\s+)?(?:end|middle|start)\s+of\s+)?$/i.test(before);
      const plan = (deadline || (pubYear !== null && year >= pubYear)) && PLAN_BEFORE.test(before);
      if (plan || (pubYear !== null && year > pubYear)) continue;
      return found;
    }
  }
  let m: RegExpExecArray | null;
  if (pubYear !== null && pubMonth !== null) {
    if (/\blast year\b/i.test(text)) return String(pubYear - 1);
    // Not "later this year" (a plan) nor "the largest ... this year" (a comparison).
    if (
      /\bthis year\b/i.test(text) &&
      !/\b(?:later|largest|biggest|most)\b[^.;]{0,60}\bthis year\b/i.test(text)
    )
      return String(pubYear);
    if (/\blast month\b/i.test(text))
      return pubMonth === 1 ? `${pubYear - 1}-12` : `${pubYear}-${pad(pubMonth - 1)}`;
    if (/\bthis month\b/i.test(text)) return `${pubYear}-${pad(pubMonth)}`;
    // "last week": the month of the day a week before the article's.
    if (/\blast week\b/i.test(text)) {
      const d = new Date((pub as Date).getTime() - 7 * 86_400_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    }
    m = new RegExp(`\\b(in|since|during|by|last|earlier in)\\s+(${MONTH_RE})\\b(?!\\s+\\d)`, 'i').exec(text);
    if (m) {
      const month = MONTHS.indexOf((m[2] as string).toLowerCase()) + 1;
      // "last March" is the latest March before the article; "in March" is this year's, unless
      // that is still to come, which is a plan and not a date the deal was announced.
      if ((m[1] as string).toLowerCase() === 'last')
        return `${month >= pubMonth ? pubYear - 1 : pubYear}-${pad(month)}`;
      if (month <= pubMonth) return `${pubYear}-${pad(month)}`;
      // A month still to come this year, after a deal done: last year's ("a deal agreed in October"
      // in June).
      if (DONE_BEFORE.test(text.slice(0, m.index))) return `${pubYear - 1}-${pad(month)}`;
    }
    // "on 1 July", "July 1": this year's, or last year's when that day is still to come.
    m = new RegExp(
      `\\b(?:(\\d{1,2})\\s+(${MONTH_RE})|(${MONTH_RE})\\s+(\\d{1,2}))\\b(?!,?\\s+\\d)`,
      'i',
    ).exec(text);
    if (m) {
      const month = MONTHS.indexOf(((m[2] ?? m[3]) as string).toLowerCase()) + 1;
      const date = Number(m[1] ?? m[4]);
      const pubDay = (pub as Date).getUTCDate();
      if (date >= 1 && date <= 31) {
        const later = month > pubMonth || (month === pubMonth && date > pubDay);
        return `${later ? pubYear - 1 : pubYear}-${pad(month)}-${pad(date)}`;
      }
    }
    // "on Tuesday" in a news article is the last Tuesday up to the day it was published;
    // "yesterday" and "today" count from that day too.
    const day = (back: number) => {
      const d = new Date(Date.UTC(pubYear, pubMonth - 1, (pub as Date).getUTCDate() - back));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    };
    m = new RegExp(`\\b(${WEEKDAY_RE})\\b`, 'i').exec(text);
    // Not a day still to come, which dates a hearing or a vote, not the deal: "faces its first
    // hearing in Brussels on Wednesday", "shareholders will vote on Friday", "next Monday".
    if (m && !UPCOMING.test(text.slice(0, m.index))) {
      const weekday = WEEKDAYS.indexOf((m[1] as string).toLowerCase());
      return day(((pub as Date).getUTCDay() - weekday + 7) % 7);
    }
    if (/\byesterday\b/i.test(text)) return day(1);
    if (/\btoday\b/i.test(text)) return day(0);
  }
  return null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = WEEKDAYS.join('|');

/** Scale words a reader types after an amount: "10.1 billion", "10.1bn", "€600m". */
const TYPED_SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  tn: 1e12,
  trn: 1e12,
  trillion: 1e12,
};

/**
 * An amount as a reader types it in a form: "10100000000", "10,100,000,000", "10.1 billion",
 * "$10.1bn", "€600m", "HK$8 bn". The currency is the one written, else `currency`. Null when it is
 * no amount.
 */
export function parseTypedAmount(
  text: string,
  currency: string,
): { amount: number; currency: string } | null {
  const m = /^\s*([^\d\s]{0,3})\s*(\d[\d,]*(?:\.\d+)?)\s*([a-z]*)\.?\s*([A-Za-z]{3})?\s*$/i.exec(text);
  if (!m) return null;
  const [, symbol = '', digits = '', scaleWord = '', code] = m;
  const value = parseNumber(digits);
  if (value === null) return null;
  const scale = scaleWord ? TYPED_SCALE[scaleWord.toLowerCase()] : 1;
  if (scale === undefined) return null;
  let written: string | undefined;
  if (symbol) {
    written = SYMBOLS[symbol.toLowerCase()];
    if (!written) return null;
  }
  if (code) written = code.toUpperCase();
  return { amount: Math.round(value * scale * 100) / 100, currency: written ?? currency };
}

/** A deal's figures as a reader types them in a form. */
export interface TypedFigures {
  announced?: string;
  quantity?: number;
  value?: { amount: number; currency: string };
}

/**
 * Reads the figures of a deal form: an empty field is no figure; a field that says something the
 * form cannot read is an error the reader sees, never a figure dropped in silence.
 */
export function readTypedFigures(input: {
  announced: string;
  quantity?: string;
  amount: string;
  currency: string;
}):
  | { ok: true; value: TypedFigures }
  | { ok: false; error: string; field: 'announced' | 'quantity' | 'currency' | 'amount' } {
  const figures: TypedFigures = {};
  const announced = input.announced.trim();
  if (announced) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(announced);
    const month = Number(m?.[2] ?? 1);
    const day = Number(m?.[3] ?? 1);
    if (!m || month < 1 || month > 12 || day < 1 || day > 31)
      return {
        ok: false,
        error: 'Announced: write the date as YYYY, YYYY-MM or YYYY-MM-DD.',
        field: 'announced',
      };
    figures.announced = announced;
  }
  const quantity = input.quantity?.trim() ?? '';
  if (quantity) {
    const n = parseNumber(quantity);
    if (n === null)
      return { ok: false, error: 'Quantity: write a number, such as 1500 or 1,500.', field: 'quantity' };
    figures.quantity = n;
  }
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    return {
      ok: false,
      error: 'Currency: write a three-letter code, such as USD or EUR.',
      field: 'currency',
    };
  const amount = input.amount.trim();
  if (amount) {
    const value = parseTypedAmount(amount, currency);
    if (!value)
      return {
        ok: false,
        error: 'Value: write an amount, such as 10100000000, 10.1 billion or $10.1bn.',
        field: 'amount',
      };
    figures.value = value;
  }
  return { ok: true, value: figures };
}
