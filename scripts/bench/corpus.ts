/**
 * Generated benchmark input: business-news prose with company names sprinkled in. The text is
 * deterministic (seeded), so runs on different days and machines match the same characters.
 *
 * What it aims to look like: sentences of ordinary business prose (results, deals, markets), a
 * company name in most sentences drawn with a Zipf-like skew (the gazetteer lists the companies
 * most in the news first), some possessives ("Microsoft's"), some tickers in parentheses
 * ("Microsoft (MSFT)"), paragraphs separated by U+2029 as the DOM text collector does.
 */
import type { CompanyInfo } from '../../utils/detect/types';

/** A small, fast, seeded PRNG (mulberry32): uniform floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraph separator, as `collectText` places it between blocks. */
export const PARAGRAPH = '\u2029';

/**
 * Sentence templates. `{C}` and `{D}` are company mentions, `{P}` a possessive one ("Microsoft's");
 * the other slots are filled from the word lists below. Sentences without a slot are the connective prose between mentions.
 */
const TEMPLATES = [
  '{C} said on {day} that {period} revenue rose {pct} to {money}, ahead of what analysts had expected.',
  'Shares of {C} fell {pct} in early trading after the company cut its full-year outlook.',
  'The deal, which still needs approval from regulators in {place}, would give {C} a bigger foothold in {sector}.',
  '{P} chief executive told investors on a call that spending on {sector} would keep rising next year.',
  '{C} agreed to buy {D} for about {money} in cash and stock, the companies said in a joint statement.',
  'Analysts at {C} raised their price target, citing stronger demand for {product} in {place}.',
  'In a filing with securities regulators, {C} disclosed that it had set aside {money} for restructuring.',
  '{C} and {D} have been in talks for months about a partnership on {product}, according to people familiar with the matter.',
  'The move puts {C} in direct competition with {D}, which has dominated the market for {product} for a decade.',
  'A spokesperson for {C} declined to comment on the report.',
  'Investors have pushed {P} market value above {money} this year on hopes for {sector}.',
  '{P} biggest customer, {D}, accounts for about {pct} of its sales.',
  '{C} plans to cut about {count} jobs, or roughly {pct} of its workforce, as it reorganises its {sector} business.',
  'Earlier this {period}, {C} won a contract worth {money} to supply {product} to {D}.',
  'The company, which competes with {C} and {D}, has struggled to keep up with demand for {product}.',
  '{C} reported a net loss of {money} for the {period}, compared with a profit a year earlier.',
  'Regulators in {place} opened an inquiry into whether {C} abused its position in {sector}.',
  'Suppliers to {C} said orders for {product} had slowed since the start of the {period}.',
  'Under the terms of the licence, {D} will pay {C} a royalty on every unit of {product} it sells.',
  'Former executives of {C} founded the startup in {place} three years ago, and {P} venture arm led its first round.',
  'The board of {C} approved a {money} share buyback and raised the quarterly dividend by {pct}.',
  'Neither company disclosed the financial terms of the agreement.',
  'Executives expect margins to improve in the second half of the year as supply constraints ease.',
  'The transaction is expected to close in the {period}, subject to customary conditions.',
  'Demand for {product} has outpaced supply since the pandemic, pushing prices higher across the industry.',
  'Analysts said the results showed the business was recovering faster than many had feared.',
  'Trading volumes were light ahead of a long weekend, and the broader market ended little changed.',
  'The company did not respond to a request for comment on {day}.',
  'Some investors worry that higher interest rates will weigh on spending for {product} well into next year.',
  'The outlook assumes no further disruption to shipping routes through {place}.',
  'People familiar with the negotiations said talks could still fall apart over the price.',
] as const;

const WORDS: Record<string, readonly string[]> = {
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  period: ['quarter', 'first quarter', 'third quarter', 'fiscal year', 'half', 'month'],
  pct: ['2%', '3.5%', '7%', '11%', '0.8%', '14%', '22%', '5.2%'],
  money: ['$1.2 billion', '$450 million', '$38 billion', '€2.1 billion', '$9.7 million', '£600 million'],
  count: ['1,200', '4,000', '350', '12,000', '800'],
  place: ['Brussels', 'Washington', 'Beijing', 'Tokyo', 'Seoul', 'London', 'India', 'Texas', 'the Gulf'],
  sector: ['cloud computing', 'electric vehicles', 'semiconductors', 'advertising', 'payments', 'biotech'],
  product: ['smartphones', 'memory chips', 'batteries', 'data-centre servers', 'streaming', 'jet engines'],
};

/** Share of company mentions followed by their ticker, as in "Microsoft (MSFT)". */
const TICKER_RATE = 0.1;

/** Options for {@link generateNews}. */
export interface NewsOptions {
  /** Approximate length of the result in UTF-16 code units. */
  length: number;
  seed?: number;
}

/** Generated text and what went into it. */
export interface News {
  text: string;
  /** Company names written into the text (including those in possessives and before tickers). */
  names: number;
  /** Tickers written in parentheses. */
  tickers: number;
  paragraphs: number;
}

/**
 * Generates news-like text of about `length` characters with names from `companies`. Company
 * k is picked with weight 1/(k+10), so the first few hundred companies make most mentions but
 * the long tail still appears.
 */
export function generateNews(companies: readonly CompanyInfo[], options: NewsOptions): News {
  const random = seededRandom(options.seed ?? 20160601);
  const pickCompany = zipfPicker(companies.length, 10, random);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = [];
  let length = 0;
  let names = 0;
  let tickers = 0;
  let paragraphs = 1;
  let sentencesLeft = 3 + Math.floor(random() * 4);
  const mention = (possessive: boolean): string => {
    const company = companies[pickCompany()] as CompanyInfo;
    names++;
    if (possessive) return `${company.name}'s`;
    const ticker = company.tickers?.[0];
    if (ticker && random() < TICKER_RATE) {
      tickers++;
      return `${company.name} (${ticker})`;
    }
    return company.name;
  };
  while (length < options.length) {
    const sentence = pick(TEMPLATES).replace(/\{(\w+)\}/g, (_, slot: string) =>
      slot === 'C' || slot === 'D' || slot === 'P' ? mention(slot === 'P') : pick(WORDS[slot] ?? [slot]),
    );
    sentencesLeft--;
    const separator = sentencesLeft === 0 ? PARAGRAPH : ' ';
    if (sentencesLeft === 0) {
      sentencesLeft = 3 + Math.floor(random() * 4);
      paragraphs++;
    }
    parts.push(sentence, separator);
    length += sentence.length + 1;
  }
  parts.pop();
  // join() yields one flat string; slicing it (trimEnd) would hand the matcher a sliced string,
  // which reads slower per character than what a page's text collector produces.
  return { text: parts.join(''), names, tickers, paragraphs };
}

/** Draws indices in [0, n) with probability proportional to 1/(k + offset). */
export function zipfPicker(n: number, offset: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + offset);
    cumulative[k] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Escapes text for HTML element content. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/**
 * A news page of about `bytes` bytes of HTML: a masthead, a headline and one `<p>` per
 * generated paragraph, some with inline links and emphasis as real articles have.
 */
export function generateNewsPage(companies: readonly CompanyInfo[], bytes: number, seed = 5): string {
  // Markup adds roughly 3% on top of the text; aim the text a little short of the target.
  const news = generateNews(companies, { length: Math.round(bytes * 0.96), seed });
  const random = seededRandom(seed + 1);
  const body = news.text.split(PARAGRAPH).map((paragraph, i) => {
    const html = escapeHtml(paragraph);
    if (i % 7 === 3) return `<p><em>${html}</em></p>`;
    if (i % 5 === 1) {
      // Link the first sentence, as "related story" links do.
      const cut = html.indexOf('. ') + 1 || html.length;
      return `<p><a href="#p${i}">${html.slice(0, cut)}</a>${html.slice(cut)}</p>`;
    }
    return random() < 0.1 ? `<h2>${html.slice(0, 60)}</h2><p>${html}</p>` : `<p>${html}</p>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Markets live: every deal of the week</title></head>',
    '<body><header><a href="/">The Bench Wire</a></header><main><article>',
    '<h1>Markets live: every deal of the week</h1>',
    ...body,
    '</article></main><footer>Generated by npm run bench.</footer></body></html>',
    '',
  ].join('\n');
}
