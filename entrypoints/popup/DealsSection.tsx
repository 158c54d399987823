import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { DealFigures, useFigures } from '@/components/DealFigures';
import { DealItem, DealMeta } from '@/components/DealItem';
import { EnumSelect } from '@/components/EnumSelect';
import { type FieldError, FormError, fieldProps, focusField } from '@/components/FieldError';
import { keepFocusNear } from '@/components/focus';
import { Section } from '@/components/Section';
import { escapeCancels, UndoBar } from '@/components/UndoBar';
import { db } from '@/hooks/db';
import { dealsInvolving, rankForCompanies } from '@/utils/db/deals';
import { DEAL_TYPES, type DealFact, type DealType } from '@/utils/db/models';
import type { ExtractedDeal } from '@/utils/deals/extract';
import { statusLabel } from '@/utils/deals/format';
import { readTypedFigures } from '@/utils/deals/parse';
import {
  movesStatusOn,
  pairTimeline,
  type ReviewedSuggestion,
  reviewSuggestions,
} from '@/utils/deals/review';
import { type PageCompany, type PageState, sendToBackground, sendToTab } from '@/utils/messaging';
import { splitByArticle } from './CompaniesSection';

/** Stored facts listed before "Show all". */
const STORED_SHOWN = 8;
/** Timelines are drawn for pairs among the most mentioned companies only. */
const TIMELINE_COMPANIES = 4;
const TIMELINES_SHOWN = 3;

/**
 * Deals: what this article's sentences suggest (confirm, edit or dismiss), the timeline of each
 * pair of companies on the page, and the stored facts about the page's companies.
 */
export function DealsSection(props: { page: PageState | null; tabId: number | null }) {
  const { page, tabId } = props;
  // The article's companies: a name in a comment or a cookie banner brings no deals along.
  const onPage = splitByArticle(page?.companies ?? []);
  const companies = onPage.article.length ? onPage.article : onPage.elsewhere;
  const [suggestions, setSuggestions] = useState<ExtractedDeal[] | null>(null);
  // The stored facts about the page's companies, and about the suggestions' (with highlighting off
  // for the page, it lists no companies, yet a suggestion confirmed must show as saved).
  const key = [
    ...new Set([
      ...companies.map((c) => c.id),
      ...(suggestions ?? []).flatMap((s) => s.parties.map((p) => p.companyId)),
    ]),
  ].join(',');
  const stored = useLiveQuery(() => dealsInvolving(db, key ? key.split(',') : []), [key]);
  const [showAll, setShowAll] = useState(false);
  const storedId = useId();
  // The suggestions dismissed while the popup is open, latest last: Undo offers them again.
  const [dismissed, setDismissed] = useState<ExtractedDeal[]>([]);
  const undoDismiss = async () => {
    const last = dismissed.at(-1);
    if (!last || !page) return;
    const result = await sendToBackground('deals/undismiss', { article: page.article, deal: last });
    if (result.ok) setDismissed((list) => list.filter((d) => d !== last));
  };
  // Read once per article: the page's state is asked again every few seconds (live blogs), and
  // reading its sentences for deals is the popup's costliest request.
  const articleUrl = page?.article.url;
  useEffect(() => {
    if (tabId === null || !articleUrl) return;
    void sendToTab(tabId, 'page/deals', {}).then((r) => setSuggestions(r.ok ? r.value : []));
  }, [tabId, articleUrl]);

  const reviewed =
    page && suggestions && stored ? reviewSuggestions(suggestions, stored, page.article.url) : [];
  const pending = reviewed.filter((r) => r.state !== 'saved');
  const pageIds = new Set(companies.map((c) => c.id));
  const sorted = rankForCompanies(
    (stored ?? []).filter((d) => d.companyIds.some((id) => pageIds.has(id))),
    companies.map((c) => c.id),
  );
  return (
    <Section title="Deals">
      {pending.length > 0 && page ? (
        <>
          <h3>Suggested from this article</h3>
          <ul className="suggestions" aria-label="Suggested from this article">
            {pending.map((r) => (
              <li key={r.id}>
                <Suggestion
                  reviewed={r}
                  page={page}
                  onDismissed={(deal) => setDismissed((list) => [...list, deal])}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {suggestions?.length === 0 && page?.lang && !/^en\b/i.test(page.lang) ? (
        <p className="deal-meta">
          Suggestions are read from English sentences; this article is in {languageName(page.lang)}.
        </p>
      ) : null}
      <UndoBar
        count={dismissed.length}
        one="Suggestion dismissed."
        many="suggestions dismissed."
        onUndo={() => void undoDismiss()}
      />
      <Timelines companies={companies} deals={sorted} />
      {sorted.length > 0 ? (
        <>
          <h3>Stored facts</h3>
          <ul className="deals" id={storedId} aria-label="Stored deal facts">
            {(showAll ? sorted : sorted.slice(0, STORED_SHOWN)).map((deal) => (
              <li key={deal.id}>
                <DealItem deal={deal} />
              </li>
            ))}
          </ul>
          {sorted.length > STORED_SHOWN ? (
            <button
              type="button"
              className="link"
              aria-expanded={showAll}
              aria-controls={storedId}
              onClick={() => {
                const opening = !showAll;
                setShowAll(opening);
                // Shown all: focus goes to the first fact that was hidden, not down the page with
                // the button.
                if (opening)
                  setTimeout(
                    () =>
                      document
                        .getElementById(storedId)
                        ?.children[STORED_SHOWN]?.querySelector<HTMLElement>('a[href], button')
                        ?.focus(),
                    0,
                  );
              }}
            >
              {showAll ? 'Show fewer' : `Show all ${sorted.length} stored facts`}
            </button>
          ) : null}
        </>
      ) : page && !page.active ? (
        <p className="empty">
          Highlighting is off for this page: turn it on to see the deals about its companies.
        </p>
      ) : stored && page ? (
        <p className="empty">No deal facts stored for the companies on this page.</p>
      ) : null}
    </Section>
  );
}

/** Each pair of page companies with deals between them, oldest first. */
function Timelines({
  companies,
  deals,
}: {
  companies: PageCompany[];
  deals: Parameters<typeof pairTimeline>[0];
}) {
  const top = companies.slice(0, TIMELINE_COMPANIES);
  const pairs: { a: PageCompany; b: PageCompany; items: ReturnType<typeof pairTimeline> }[] = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i] as PageCompany;
      const b = top[j] as PageCompany;
      const items = pairTimeline(deals, a.id, b.id);
      if (items.length) pairs.push({ a, b, items });
    }
  }
  if (!pairs.length) return null;
  return (
    <>
      {pairs.slice(0, TIMELINES_SHOWN).map(({ a, b, items }) => (
        <section
          key={`${a.id}-${b.id}`}
          className="timeline"
          aria-label={`Timeline: ${a.name} and ${b.name}`}
        >
          <h3>
            {a.name} × {b.name}
          </h3>
          <ol>
            {items.map((d) => (
              <li key={d.id}>
                <time dateTime={d.announced}>{d.announced?.slice(0, 7) ?? 'undated'}</time> {d.summary}{' '}
                <span className="deal-status">({statusLabel(d.type, d.status)})</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function Suggestion({
  reviewed,
  page,
  onDismissed,
}: {
  reviewed: ReviewedSuggestion;
  page: PageState;
  onDismissed: (deal: ExtractedDeal) => void;
}) {
  const { suggestion, state, conflicts, match } = reviewed;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Screen readers hear which suggestion a button acts on ("Confirm", then its summary).
  const summaryId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const act = async (
    kind: 'deals/confirm' | 'deals/dismiss',
    deal: ExtractedDeal,
    original?: ExtractedDeal,
    separate = false,
  ) => {
    setBusy(true);
    // Confirmed or dismissed, the suggestion leaves the list: focus goes to the next one.
    keepFocusNear(document.activeElement);
    const result = await sendToBackground(
      kind,
      original
        ? { article: page.article, deal, original, ...(separate ? { separate } : {}) }
        : { article: page.article, deal },
    );
    setBusy(false);
    if (!result.ok) setError(result.error);
    else {
      setEditing(false);
      if (kind === 'deals/dismiss') onDismissed(deal);
    }
  };
  return (
    <article className={`suggestion${conflicts.length ? ' conflict' : ''}`}>
      <p className="deal-summary" id={summaryId}>
        {suggestion.summary} <span className="badge">suggested</span>
      </p>
      <DealMeta deal={suggestion} undated />
      <blockquote className="evidence">{suggestion.sentence}</blockquote>
      {state === 'matches' && match ? (
        <p className="deal-meta">Matches a stored fact: {match.summary}</p>
      ) : null}
      {reviewed.update ? (
        <p className="deal-meta" role="note">
          Update: {reviewed.update}
        </p>
      ) : null}
      {conflicts.map((c) => (
        <p key={c} className="orphaned" role="note">
          Conflict: {c}
        </p>
      ))}
      {error ? <p role="alert">{error}</p> : null}
      {editing ? (
        <EditDeal
          deal={match ? storedFigures(suggestion, match) : suggestion}
          replaces={match?.summary}
          asSuggested={suggestion}
          onCancel={() => {
            setEditing(false);
            // Back to where the reader was: this suggestion's Edit button.
            setTimeout(() => editButton.current?.focus(), 0);
          }}
          onSave={(d, separate) => void act('deals/confirm', d, suggestion, separate)}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            disabled={busy}
            aria-describedby={summaryId}
            onClick={() => void act('deals/confirm', suggestion)}
          >
            Confirm
          </button>
          <button
            type="button"
            className="link"
            ref={editButton}
            aria-describedby={summaryId}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          <button
            type="button"
            className="link"
            disabled={busy}
            aria-describedby={summaryId}
            onClick={() => void act('deals/dismiss', suggestion)}
          >
            Dismiss
          </button>
        </div>
      )}
    </article>
  );
}

/**
 * The suggestion with the figures of the stored fact it matches: editing a matched suggestion
 * edits that fact, so the form starts from what is stored, and a figure the reader leaves alone
 * stays as it was.
 */
function storedFigures(suggestion: ExtractedDeal, match: DealFact): ExtractedDeal {
  // The status the article takes the fact on to (completed, called off), and what the stored fact
  // lacks and the article gives, as Confirm would store them.
  const status = movesStatusOn(match.status, suggestion.status) ? suggestion.status : match.status;
  const deal: ExtractedDeal = { ...suggestion, summary: match.summary, status };
  delete deal.announced;
  delete deal.quantity;
  delete deal.value;
  const announced = match.announced ?? suggestion.announced;
  const quantity = match.quantity ?? suggestion.quantity;
  const value = match.value && match.value !== 'undisclosed' ? match.value : suggestion.value;
  if (announced) deal.announced = announced;
  if (quantity !== undefined) deal.quantity = quantity;
  if (value) deal.value = value;
  return deal;
}

/** Edits the figures of a deal before it is saved. */
export function EditDeal(props: {
  deal: ExtractedDeal;
  /** The stored fact the edited deal will update, when there is one. */
  replaces?: string | undefined;
  /** The deal as the article gives it: what the form holds when the reader says it is another deal. */
  asSuggested?: ExtractedDeal;
  onSave: (deal: ExtractedDeal, separate: boolean) => void;
  onCancel: () => void;
}) {
  const [separate, setSeparate] = useState(false);
  const deal = separate && props.asSuggested ? props.asSuggested : props.deal;
  const [summary, setSummary] = useState(deal.summary);
  const [type, setType] = useState<DealType>(deal.type);
  const fields = useFigures(deal);
  const [quantity, setQuantity] = useState(deal.quantity?.toString() ?? '');
  const [error, setError] = useState<FieldError | null>(null);
  const errorId = useId();
  const form = useRef<HTMLFormElement>(null);
  // Another deal than the stored one: the form starts again from the article's figures.
  const chooseSeparate = (next: boolean) => {
    const from = next && props.asSuggested ? props.asSuggested : props.deal;
    setSeparate(next);
    setSummary(from.summary);
    fields.reset(from);
    setQuantity(from.quantity?.toString() ?? '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const figures = readTypedFigures({ ...fields, quantity });
    if (!figures.ok) {
      setError({ message: figures.error, field: figures.field });
      focusField(form.current, figures.field);
      return;
    }
    const edited: ExtractedDeal = {
      ...deal,
      summary: summary.trim() || deal.summary,
      type,
      status: fields.status,
    };
    delete edited.announced;
    delete edited.quantity;
    delete edited.value;
    props.onSave({ ...edited, ...figures.value }, separate);
  };
  return (
    <form className="deal-edit" ref={form} onSubmit={submit} onKeyDown={escapeCancels(props.onCancel)}>
      {props.replaces && props.asSuggested ? (
        <label className="check">
          <input type="checkbox" checked={separate} onChange={(e) => chooseSeparate(e.target.checked)} />
          This is another deal: keep the stored fact and save this one as new
        </label>
      ) : null}
      {props.replaces && !separate && type === deal.type ? (
        <p className="deal-meta">
          These are the stored fact’s figures (the article’s differ where flagged above); saving stores what
          the form says.
        </p>
      ) : null}
      <label>
        {/* biome-ignore lint/a11y/noAutofocus: the reader just asked to edit this deal */}
        Summary <input value={summary} autoFocus onChange={(e) => setSummary(e.target.value)} />
      </label>
      <EnumSelect label="Type" value={type} values={DEAL_TYPES} onChange={setType} />
      <DealFigures {...fields} type={type} error={error} errorId={errorId}>
        <label>
          Quantity{' '}
          <input
            value={quantity}
            inputMode="numeric"
            onChange={(e) => setQuantity(e.target.value)}
            {...fieldProps(error, 'quantity', errorId)}
          />
        </label>
      </DealFigures>
      <FormError error={error} id={errorId} />
      <div className="row">
        <button type="button" className="link" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit">Save and confirm</button>
      </div>
    </form>
  );
}

/** "German" for "de", as the reader's browser names it; the code itself where it cannot. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language || 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
