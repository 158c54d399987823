import { readPageText } from '../anchoring/dom';
import { anchorPassage } from '../anchoring/selectors';
import type { Note } from '../db/models';
import { rangesFor } from '../detect/collect';
import type { PassageStatus } from '../messaging';

/** Highlight name of passages the reader wrote notes on: a public interface, like the company one. */
export const NOTE_HIGHLIGHT = 'dealscope-note';

interface HighlightLike {
  add(range: Range): unknown;
  clear(): void;
  priority: number;
}

/** What the passage painter needs. */
export interface PassagesEnv {
  win: Window;
  /** Loads the passage notes of this article. */
  load: () => Promise<Note[]>;
}

/**
 * Finds the saved passages of this article on the page and paints them under the highlight
 * name `dealscope-note`. A passage that cannot be found is reported as orphaned (and tried again
 * when the page changes, for paragraphs that load late); it is never attached to other text.
 */
export function createPassages(env: PassagesEnv) {
  const { win } = env;
  const doc = win.document;
  const g = win as unknown as {
    CSS?: { highlights?: Map<string, unknown> };
    Highlight?: new (...r: Range[]) => HighlightLike;
  };
  const registry = g.CSS?.highlights;
  const highlight = g.Highlight ? new g.Highlight() : null;
  if (highlight) highlight.priority = 1; // above company highlights where they overlap
  let notes: Note[] = [];
  // A passage's ranges: one, or one a tree where it runs into a web component.
  const anchors = new Map<string, Range[] | null>();

  const paint = () => {
    if (!highlight || !registry) return;
    highlight.clear();
    for (const ranges of anchors.values()) for (const range of ranges ?? []) highlight.add(range);
    if (registry.get(NOTE_HIGHLIGHT) !== highlight) registry.set(NOTE_HIGHLIGHT, highlight);
  };

  /** Anchors every passage note not anchored yet (or all, after a reload of the notes). */
  const anchorAll = (onlyMissing: boolean) => {
    const targets = notes.filter((n) => n.target && !(onlyMissing && anchors.get(n.id)));
    if (!targets.length || !doc.body) return;
    const page = readPageText(doc.body);
    for (const note of targets) {
      // One note that cannot be placed must not stop the others (nor the page state).
      try {
        const found = note.target ? anchorPassage(page.text, note.target) : null;
        anchors.set(
          note.id,
          found && found.end > found.start ? rangesFor(page.index, found.start, found.end) : null,
        );
      } catch {
        anchors.set(note.id, null);
      }
    }
    paint();
  };

  return {
    /** Loads the notes and anchors them. */
    async refresh() {
      notes = (await env.load()).filter((n) => n.target);
      anchors.clear();
      anchorAll(false);
      paint();
    },
    /** The page changed: try the passages not found yet, and drop ranges of removed text. */
    pageChanged() {
      for (const [id, ranges] of anchors) {
        if (ranges?.some((r) => !r.startContainer.isConnected || r.collapsed)) anchors.set(id, null);
      }
      if ([...anchors.values()].some((r) => r === null)) anchorAll(true);
    },
    /** Which passage notes are on the page. */
    status(): Record<string, PassageStatus> {
      const out: Record<string, PassageStatus> = {};
      const words = (text: string) => text.replace(/\s+/g, ' ').trim();
      for (const note of notes) {
        const ranges = anchors.get(note.id);
        if (!ranges) out[note.id] = 'orphaned';
        else {
          const now = words(ranges.map((r) => r.toString()).join(' '));
          out[note.id] = now === words(note.target?.quote.exact ?? '') ? 'anchored' : 'changed';
        }
      }
      return out;
    },
    /** Scrolls a note's passage into view; false when it is not on the page. */
    reveal(noteId: string): boolean {
      const range = anchors.get(noteId)?.[0];
      if (!range) return false;
      const el = range.startContainer.parentElement;
      // Smoothly, unless the reader asked for less motion.
      const still = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      el?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      return true;
    },
    dispose() {
      highlight?.clear();
      if (registry?.get(NOTE_HIGHLIGHT) === highlight) registry?.delete(NOTE_HIGHLIGHT);
    },
  };
}

export type Passages = ReturnType<typeof createPassages>;
