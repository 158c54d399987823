// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, collectText, rangeFor, rangesFor } from './collect';
import { createHighlighter, createWrappingHighlighter, FALLBACK_TAG } from './highlight';
import { compileMatcher } from './matcher';
import { createScanner } from './scanner';

const matcher = compileMatcher([
  { id: 'microsoft', name: 'Microsoft' },
  { id: 'xiaomi', name: 'Xiaomi' },
  { id: 'nokia', name: 'Nokia' },
]);

/** happy-dom has no layout: hidden means the `hidden` attribute or an inline display:none. */
const isHidden = (el: Element) => el.hasAttribute('hidden') || (el as HTMLElement).style?.display === 'none';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins inline markup so split names stay whole', () => {
    const root = body('<p>Shares of Micro<em>soft</em> rose.</p>');
    const index = collectText(root, { isHidden });
    expect(index.text).toContain('Shares of Microsoft rose.');
    const [mention] = matcher.find(index.text);
    expect(mention).toBeDefined();
    const range = rangeFor(index, mention?.start ?? 0, mention?.end ?? 0);
    expect(range.toString()).toBe('Microsoft');
    expect(range.startContainer).not.toBe(range.endContainer);
  });

  it('reads names through soft hyphens, and maps them back to the whole word', () => {
    const root = body('<p>Shares of Mi&shy;cro&shy;soft and Xiao<b>mi&shy;</b> rose; Nokia&shy; fell.</p>');
    const index = collectText(root, { isHidden });
    expect(index.text).toBe(`Shares of Microsoft and Xiaomi rose; Nokia fell.${BLOCK_SEPARATOR}`);
    const ranges = matcher.find(index.text).map((m) => rangeFor(index, m.start, m.end));
    expect(ranges.map((r) => r.toString())).toEqual(['Mi\u00adcro\u00adsoft', 'Xiaomi', 'Nokia']);
    const first = ranges[0] as Range;
    expect([first.startOffset, first.endOffset]).toEqual([10, 21]);
    // A rescan that starts at the text node itself reads it the same way.
    const text = (root.querySelector('p') as Element).firstChild as Text;
    const alone = collectText(text, { isHidden });
    expect(alone.text).toBe('Shares of Microsoft and Xiao');
    expect(rangeFor(alone, 10, 19).toString()).toBe('Mi\u00adcro\u00adsoft');
  });

  it('reads names through zero-width spaces and word joiners', () => {
    const root = body('<p>Shares of Micro&#8203;soft and Xiao&#8288;mi rose.</p>');
    const index = collectText(root, { isHidden });
    expect(index.text).toBe(`Shares of Microsoft and Xiaomi rose.${BLOCK_SEPARATOR}`);
    const ranges = matcher.find(index.text).map((m) => rangeFor(index, m.start, m.end));
    expect(ranges.map((r) => r.toString())).toEqual(['Micro\u200bsoft', 'Xiao\u2060mi']);
  });

  it('separates blocks so names never join across paragraphs', () => {
    const root = body('<div>Micro</div><div>soft</div><p>Xiao</p>mi');
    const index = collectText(root, { isHidden });
    const S = BLOCK_SEPARATOR;
    expect(index.text).toBe(`Micro${S}soft${S}Xiao${S}mi${S}`);
    expect(matcher.find(index.text)).toEqual([]);
  });

  it('skips what a reader does not see as text', () => {
    const root = body(`
      <script>var company = "Microsoft";</script>
      <style>.Microsoft { color: red }</style>
      <noscript>Microsoft</noscript>
      <template><p>Microsoft</p></template>
      <textarea>Microsoft</textarea>
      <input value="Microsoft">
      <select><option>Microsoft</option></select>
      <div contenteditable="true">Microsoft draft</div>
      <div hidden>Nokia</div>
      <div style="display:none">Nokia</div>
      <dealscope-card>Microsoft</dealscope-card>
      <p>Xiaomi is visible.</p>`);
    const index = collectText(root, { isHidden });
    expect(matcher.find(index.text).map((m) => m.companyId)).toEqual(['xiaomi']);
  });

  it('tells which hidden parts it left out, the outermost of each', () => {
    const root = body(
      '<div hidden id="a"><p hidden>Nokia</p></div><p style="display:none" id="b">Nokia</p><textarea>Nokia</textarea>',
    );
    const left: string[] = [];
    collectText(root, { isHidden, onHidden: (el) => left.push(el.id) });
    expect(left).toEqual(['a', 'b']);
  });

  it('tells of a hidden part around where it was asked to start (a <body> hidden while the page loads)', () => {
    const root = body('<div hidden id="page"><p id="story">Nokia</p></div>');
    const left: string[] = [];
    const story = document.getElementById('story') as Node;
    expect(collectText(story, { isHidden, onHidden: (el) => left.push(el.id) }).text).toBe('');
    expect(left).toEqual(['page']);
    expect(collectText(root, { isHidden }).text).toBe('');
  });

  it('finds nothing when asked to scan inside a form field or hidden part', () => {
    const root = body('<textarea id="t">Nokia</textarea><div hidden><p id="h">Nokia</p></div>');
    expect(collectText(document.getElementById('t') as Node, { isHidden }).text).toBe('');
    expect(collectText(document.getElementById('h') as Node, { isHidden }).text).toBe('');
    expect(collectText((document.getElementById('t') as Node).firstChild as Node, { isHidden }).text).toBe(
      '',
    );
    expect(collectText(root, { isHidden }).text).toBe('');
  });

  it('maps mentions in later text nodes to the right offsets', () => {
    const root = body(
      '<h1>Xiaomi deal</h1><p>First <b>para</b>. Then <a href="#">Nokia</a> and Microsoft.</p>',
    );
    const index = collectText(root, { isHidden });
    const ranges = matcher.find(index.text).map((m) => rangeFor(index, m.start, m.end).toString());
    expect(ranges).toEqual(['Xiaomi', 'Nokia', 'Microsoft']);
  });
});

describe('open shadow roots', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  /** A host with an open (or closed) shadow root holding `html`. */
  function host(parent: Node, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
    const el = document.createElement('news-part');
    parent.appendChild(el);
    const root = el.attachShadow({ mode });
    root.innerHTML = html;
    return root;
  }

  it('reads them where their host stands, as a block of their own, nested ones too', () => {
    const root = body('<p>Nokia said</p><div id="slot"></div><p>after</p>');
    const outer = host(
      root.querySelector('#slot') as Node,
      '<p>Micro<em>soft</em> and</p><div id="in"></div>',
    );
    const inner = host(outer.querySelector('#in') as Node, '<p>Xiaomi</p>');
    host(root, '<p>Nokia in a closed root</p>', 'closed');
    const seen: ShadowRoot[] = [];
    const index = collectText(root, { isHidden, onShadowRoot: (r) => seen.push(r) });
    const S = BLOCK_SEPARATOR;
    expect(index.text).toBe(`Nokia said${S}Microsoft and${S}Xiaomi${S}after${S}`);
    expect(seen).toEqual([outer, inner]);
    const ranges = matcher.find(index.text).map((m) => rangeFor(index, m.start, m.end));
    expect(ranges.map((r) => r.toString())).toEqual(['Nokia', 'Microsoft', 'Xiaomi']);
    expect(ranges[2]?.startContainer.getRootNode()).toBe(inner);
  });

  it('gives text that runs into a shadow root one range a tree', () => {
    const root = body('<p>Nokia said</p><div id="slot"></div><p>after that</p>');
    const shadow = host(root.querySelector('#slot') as Node, '<p>Microsoft and Xiaomi</p>');
    const index = collectText(root, { isHidden });
    const start = index.text.indexOf('said');
    const end = index.text.indexOf('after') + 'after'.length;
    const ranges = rangesFor(index, start, end);
    expect(ranges.map((r) => r.toString())).toEqual(['said', 'Microsoft and Xiaomi', 'after']);
    expect(ranges.map((r) => r.startContainer.getRootNode())).toEqual([document, shadow, document]);
    // Within one tree it is the one range rangeFor gives.
    const inside = index.text.indexOf('Microsoft');
    expect(rangesFor(index, inside, inside + 9).map((r) => r.toString())).toEqual(['Microsoft']);
  });

  it('tells which custom elements it read have no shadow root yet', () => {
    const root = body(
      '<late-quote id="late"><p>Nokia</p></late-quote><div id="plain"></div><news-part id="with"></news-part>',
    );
    (root.querySelector('#with') as Element).attachShadow({ mode: 'open' });
    const bare: string[] = [];
    collectText(root, { isHidden, onBareCustomElement: (el) => bare.push(el.id) });
    expect(bare).toEqual(['late']);
  });

  it('reads nothing inside one whose host is hidden, when a rescan starts there', () => {
    const root = body('<div hidden id="h"></div>');
    const shadow = host(root.querySelector('#h') as Node, '<p id="p">Nokia</p>');
    expect(collectText(shadow, { isHidden }).text).toBe('');
    expect(collectText(shadow.querySelector('#p') as Node, { isHidden }).text).toBe('');
    expect(collectText(root, { isHidden }).text).toBe('');
  });

  it('rescans an ancestor of a host without counting its shadow mentions twice', async () => {
    const root = body('<section id="s"><p>Nokia</p><div id="slot"></div></section>');
    const shadow = host(root.querySelector('#slot') as Node, '<p>Xiaomi and Microsoft</p>');
    const scanner = createScanner({
      matcher,
      highlighter: createHighlighter(window),
      isHidden,
      yieldToBrowser: noYield,
    });
    await scanner.scanAll(root);
    expect(scanner.mentions()).toHaveLength(3);
    expect(scanner.shadowRoots()).toEqual([shadow]);
    await scanner.scanChanged([root.querySelector('#s') as Node, shadow.firstChild as Node]);
    expect(scanner.mentions()).toHaveLength(3);
    await scanner.scanChanged([shadow]);
    expect(scanner.counts().map((c) => [c.id, c.count])).toEqual([
      ['nokia', 1],
      ['xiaomi', 1],
      ['microsoft', 1],
    ]);
    (root.querySelector('#slot') as Element).remove();
    expect(scanner.shadowRoots()).toEqual([]);
  });
});

const noYield = () => Promise.resolve();

describe('highlighting', () => {
  it('falls back to wrapping where the Highlight API is missing, and unwraps cleanly', async () => {
    const root = body('<p>Xiaomi bought patents from Micro<em>soft</em>.</p>');
    const before = root.innerHTML;
    const highlighter = createHighlighter(window);
    expect(highlighter.mode).toBe('wrap');
    const scanner = createScanner({ matcher, highlighter, isHidden, yieldToBrowser: noYield });
    await scanner.scanAll(root);
    expect(scanner.counts().map((c) => [c.id, c.count])).toEqual([
      ['xiaomi', 1],
      ['microsoft', 1],
    ]);
    const marks = [...root.querySelectorAll(FALLBACK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['Xiaomi', 'Micro', 'soft']);
    expect(marks.map((m) => m.getAttribute('data-company'))).toEqual(['xiaomi', 'microsoft', 'microsoft']);
    expect(root.textContent).toBe('Xiaomi bought patents from Microsoft.');
    scanner.clear();
    expect(root.querySelectorAll(FALLBACK_TAG)).toHaveLength(0);
    expect(root.innerHTML).toBe(before);
  });

  it('rescans text it wrapped itself and never double-wraps', async () => {
    const root = body('<p>Nokia and Nokia</p>');
    const scanner = createScanner({
      matcher,
      highlighter: createWrappingHighlighter(document),
      isHidden,
      yieldToBrowser: noYield,
    });
    await scanner.scanAll(root);
    await scanner.scanAll(root);
    expect(scanner.mentions()).toHaveLength(2);
    expect(root.querySelectorAll(FALLBACK_TAG)).toHaveLength(2);
  });

  it('uses the Highlight API when present, without touching the DOM', async () => {
    const root = body('<p>Xiaomi and Microsoft</p>');
    const before = root.innerHTML;
    const registry = new Map<string, unknown>();
    class FakeHighlight extends Set<Range> {
      priority = 0;
    }
    const win = Object.assign(Object.create(window), {
      CSS: { highlights: registry },
      Highlight: FakeHighlight,
      document,
    }) as Window;
    const highlighter = createHighlighter(win);
    expect(highlighter.mode).toBe('highlight-api');
    const scanner = createScanner({ matcher, highlighter, isHidden, yieldToBrowser: noYield });
    await scanner.scanAll(root);
    const registered = registry.get('dealscope-company') as FakeHighlight;
    expect([...registered].map((r) => r.toString())).toEqual(['Xiaomi', 'Microsoft']);
    expect(root.innerHTML).toBe(before);
    // A page script clearing the shared registry does not lose later highlights.
    registry.clear();
    root.append(document.createElement('p'));
    (root.lastChild as HTMLElement).textContent = 'Nokia too';
    await scanner.scanChanged([root.lastChild as Node]);
    expect(registry.get('dealscope-company')).toBe(registered);
    scanner.clear();
    expect(registry.has('dealscope-company')).toBe(false);
  });
});

/**
 * The lengths of the chunks a scanner hands the matcher on `root`, on a clock that the matcher
 * moves on by `msPerKiloChar` for every 1,000 characters (a fast machine or a slow one).
 */
async function chunkLengths(
  root: Node,
  msPerKiloChar: number,
  sizes: { firstChunkSize?: number; chunkSize?: number } = {},
): Promise<number[] & { mentions: number }> {
  let clock = 0;
  const lengths: number[] = [];
  const timed = {
    ...matcher,
    find(text: string) {
      lengths.push(text.length);
      clock += (text.length / 1000) * msPerKiloChar;
      return matcher.find(text);
    },
  };
  const scanner = createScanner({
    matcher: timed,
    highlighter: createWrappingHighlighter(document),
    isHidden,
    yieldToBrowser: noYield,
    ...sizes,
    performance: { now: () => clock, measure: () => undefined } as unknown as Performance,
  });
  await scanner.scanAll(root);
  const mentions = scanner.mentions().length;
  scanner.clear();
  return Object.assign(lengths, { mentions });
}

describe('scanner', () => {
  const make = (chunkSize = 16_384) =>
    createScanner({
      matcher,
      highlighter: createWrappingHighlighter(document),
      isHidden,
      yieldToBrowser: noYield,
      chunkSize,
    });

  it('cuts a page into the same chunks however fast the machine is', async () => {
    const root = body(
      Array.from(
        { length: 60 },
        (_, i) => `<p>Paragraph ${i}: Xiaomi and Nokia talked about patents again.</p>`,
      ).join(''),
    );
    const sizes = { firstChunkSize: 256, chunkSize: 1024 };
    const fast = await chunkLengths(root, 0.1, sizes);
    expect(fast.length).toBeGreaterThan(3);
    // Chunks that take 5 to 20 ms each (a busy machine, code not yet optimised) are cut the same.
    expect(await chunkLengths(root, 20, sizes)).toEqual(fast);
  });

  it('rescans only what changed and forgets removed text', async () => {
    const root = body('<p id="a">Xiaomi news</p><p id="b">Microsoft news</p>');
    const scanner = make();
    await scanner.scanAll(root);
    expect(scanner.counts().map((c) => c.id)).toEqual(['xiaomi', 'microsoft']);
    const added = document.createElement('p');
    added.textContent = 'Nokia and Xiaomi';
    root.append(added);
    await scanner.scanChanged([added]);
    expect(scanner.counts()).toEqual([
      { id: 'xiaomi', name: 'Xiaomi', count: 2 },
      { id: 'microsoft', name: 'Microsoft', count: 1 },
      { id: 'nokia', name: 'Nokia', count: 1 },
    ]);
    document.getElementById('b')?.remove();
    await scanner.scanChanged([]);
    expect(scanner.counts().map((c) => c.id)).toEqual(['xiaomi', 'nokia']);
  });

  it('rescans a changed block without duplicating its mentions', async () => {
    const root = body('<p id="a">Xiaomi news</p>');
    const scanner = make();
    await scanner.scanAll(root);
    const p = document.getElementById('a') as HTMLElement;
    await scanner.scanChanged([p]);
    await scanner.scanChanged([p, root]);
    expect(scanner.mentions()).toHaveLength(1);
  });

  it('scans large pages in chunks and finds the same mentions', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Item ${i}: Xiaomi met Microsoft.</p>`).join(
      '',
    );
    const root = body(paragraphs);
    const small = make(200);
    await small.scanAll(root);
    expect(small.mentions()).toHaveLength(600);
  });

  it('starts with small chunks and grows them only while each takes little time', async () => {
    const root = body(
      Array.from(
        { length: 2000 },
        (_, i) => `<p>Item ${i}: ${i % 50 ? 'nothing to see' : 'Xiaomi'}.</p>`,
      ).join(''),
    );
    // Warm: 2,048 characters first, then doubling up to 16,384.
    const fast = await chunkLengths(root, 0.1);
    expect(fast.mentions).toBe(40);
    expect(fast[0]).toBeGreaterThanOrEqual(2048);
    expect(fast[0]).toBeLessThan(2200);
    expect(Math.max(...fast)).toBeGreaterThanOrEqual(16_384);
    // Cold: a chunk of 2,048 characters takes 20 ms; the next, of 4,096, takes 40 ms, over four
    // budgets of 8 ms, so the rest of the pass is cut in chunks of about 1,024 characters.
    const slow = await chunkLengths(root, 10);
    expect(slow.mentions).toBe(40);
    expect(slow.slice(0, 2).map((n) => Math.round(n / 1024))).toEqual([2, 4]);
    expect(Math.max(...slow.slice(2))).toBeLessThan(1200);
  });

  it('finds the mention at a point', async () => {
    const root = body('<p>See Xiaomi here</p>');
    const scanner = make();
    await scanner.scanAll(root);
    const mark = root.querySelector(FALLBACK_TAG)?.firstChild as Node;
    expect(scanner.mentionAt(mark, 2)?.companyId).toBe('xiaomi');
  });
});
