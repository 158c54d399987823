import { type CollectOptions, collectText, rangeFor } from './collect';
import type { Highlighter } from './highlight';
import { countMentions, type Matcher } from './matcher';

/** Name of the performance measure each scan pass records: visible in DevTools and to tests. */
export const SCAN_MEASURE = 'dealscope:scan';

/** What one scan found, per company. */
export interface CompanyCount {
  id: string;
  name: string;
  count: number;
}

/** Result of scanning a document. */
export interface ScanResult {
  companies: CompanyCount[];
  mentionCount: number;
}

/**
 * Scans `root`: collects its visible text, finds mentions, shows them with `highlighter` and
 * records a `dealscope:scan` performance measure around the whole pass.
 */
export function scanAndHighlight(
  root: Node,
  matcher: Matcher,
  highlighter: Highlighter,
  options: CollectOptions & { performance?: Performance } = {},
): ScanResult {
  const perf = options.performance;
  const startMark = perf?.now();
  // Wrapping changes the DOM; unwrap first so the ranges below point at the page's own nodes.
  if (highlighter.mode === 'wrap') highlighter.clear();
  const index = collectText(root, options);
  const mentions = matcher.find(index.text);
  const ranges = mentions.map((m) => rangeFor(index, m.start, m.end));
  highlighter.show(
    ranges,
    mentions.map((m) => m.companyId),
  );
  if (perf && startMark !== undefined) {
    perf.measure(SCAN_MEASURE, {
      start: startMark,
      end: perf.now(),
      detail: { mentions: mentions.length, characters: index.text.length },
    });
  }
  const companies = countMentions(mentions).map(({ companyId, count }) => ({
    id: companyId,
    name: matcher.company(companyId)?.name ?? companyId,
    count,
  }));
  return { companies, mentionCount: mentions.length };
}
