import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { DealFigures, useFigures } from '@/components/DealFigures';
import { DealItem } from '@/components/DealItem';
import { dateStamp, downloadText } from '@/components/download';
import { EnumSelect } from '@/components/EnumSelect';
import { type FieldError, FormError, fieldProps, focusField } from '@/components/FieldError';
import { Section } from '@/components/Section';
import { escapeCancels } from '@/components/UndoBar';
import { VirtualList } from '@/components/VirtualList';
import { db } from '@/hooks/db';
import { DEAL_TYPES, type DealParty, type DealType, PARTY_ROLES, type PartyRole } from '@/utils/db/models';
import { dealsToCsv, dealsToJson, filterDeals } from '@/utils/deals/export';
import { summarise } from '@/utils/deals/extract';
import { companyLabel, UNLISTED } from '@/utils/deals/format';
import { readTypedFigures } from '@/utils/deals/parse';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { sendToBackground } from '@/utils/messaging';

/** Every deal fact: search, filter by company, type and year, add one by hand, export. */
export function AllDeals() {
  const all = useLiveQuery(() => db.deals.toArray(), []);
  const [text, setText] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [type, setType] = useState('');
  const [year, setYear] = useState('');
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const matcher = defaultMatcher();
  const deals = all ? filterDeals(all, { text, companyId, type, year }) : [];
  const companies = [...new Set((all ?? []).flatMap((d) => d.companyIds))]
    .map((id) => ({ id, name: companyLabel(id, (c) => matcher.company(c)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const years = [...new Set((all ?? []).map((d) => d.announced?.slice(0, 4)).filter(Boolean) as string[])]
    .sort()
    .reverse();
  const stamp = dateStamp();
  return (
    <Section title="All deals">
      <div className="filters">
        <input
          type="search"
          aria-label="Search deals"
          placeholder="Search deals"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select aria-label="Company" value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
          <option value="">All companies</option>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <select aria-label="Type" value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">All types</option>
          {DEAL_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <select aria-label="Year" value={year} onChange={(e) => setYear(e.target.value)}>
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </div>
      <p className="row">
        <span className="empty" role="status">
          {all ? `${deals.length} ${deals.length === 1 ? 'deal fact' : 'deal facts'}` : 'Loading…'}
        </span>
        <button
          type="button"
          className="link"
          ref={addButton}
          aria-expanded={adding}
          onClick={() => setAdding(!adding)}
        >
          Add a deal
        </button>
        <button
          type="button"
          className="link"
          onClick={() =>
            downloadText(`dealscope-deals-${stamp}.json`, 'application/json', dealsToJson(deals))
          }
        >
          Export JSON
        </button>
        <button
          type="button"
          className="link"
          onClick={() => downloadText(`dealscope-deals-${stamp}.csv`, 'text/csv', dealsToCsv(deals))}
        >
          Export CSV
        </button>
      </p>
      {adding ? (
        <AddDeal
          onDone={() => {
            setAdding(false);
            // Back to where the reader was.
            setTimeout(() => addButton.current?.focus(), 0);
          }}
        />
      ) : null}
      {deals.length ? (
        <VirtualList
          items={deals}
          rowHeight={DEAL_ROW_HEIGHT}
          height={Math.min(420, deals.length * DEAL_ROW_HEIGHT)}
          label="Deal facts"
          keyOf={(d) => d.id}
          render={(d) => <DealItem deal={d} />}
        />
      ) : null}
    </Section>
  );
}

/** Height of a row of All deals: two lines of summary and two of figures and source. */
const DEAL_ROW_HEIGHT = 96;

/** A deal entered by the reader: two parties named as written, resolved through the gazetteer. */
function AddDeal({ onDone }: { onDone: () => void }) {
  const [type, setType] = useState<DealType>('acquisition');
  const [first, setFirst] = useState('');
  const [firstRole, setFirstRole] = useState<PartyRole>('buyer');
  const [second, setSecond] = useState('');
  const [secondRole, setSecondRole] = useState<PartyRole>('target');
  const fields = useFigures({ status: 'completed' });
  const [summary, setSummary] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<FieldError | null>(null);
  const errorId = useId();
  const form = useRef<HTMLFormElement>(null);
  const fail = (message: string, field?: string) => {
    setError({ message, field });
    focusField(form.current, field);
  };
  // The form takes the focus as it opens, so a keyboard user is in it at once.
  useEffect(() => form.current?.querySelector('select')?.focus(), []);
  // A company Dealscope does not know (a private one) is kept under its name as written, as deal
  // suggestions keep the companies they name.
  const resolve = (name: string, role: PartyRole): DealParty | string => {
    const written = name.trim().replace(/\s+/g, ' ');
    if (!written) return 'Name both companies.';
    const company = defaultMatcher().lookup(written);
    return company
      ? { companyId: company.id, name: company.name, role }
      : { companyId: `${UNLISTED}${written.slice(0, 90)}`, name: written.slice(0, 90), role };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const a = resolve(first, firstRole);
    const b = resolve(second, secondRole);
    if (typeof a === 'string') return fail(a, 'first');
    if (typeof b === 'string') return fail(b, 'second');
    const figures = readTypedFigures(fields);
    if (!figures.ok) return fail(figures.error, figures.field);
    const deal = {
      type,
      parties: [a, b],
      summary: '',
      status: fields.status,
      sentence: '',
      ...figures.value,
    };
    // The reader's own words, else a summary made from the type and the companies.
    deal.summary = summary.trim() || summarise(deal);
    const result = await sendToBackground('deals/add', {
      deal,
      ...(/^https?:\/\//.test(source) ? { sourceUrl: source } : {}),
    });
    if (result.ok) onDone();
    else fail(result.error);
  };
  return (
    <form
      className="deal-edit"
      ref={form}
      onSubmit={submit}
      onKeyDown={escapeCancels(onDone)}
      aria-label="Add a deal"
    >
      <EnumSelect label="Type" value={type} values={DEAL_TYPES} onChange={setType} />
      <label>
        First company{' '}
        <input
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          {...fieldProps(error, 'first', errorId)}
        />
      </label>
      <EnumSelect
        label="First company's role"
        value={firstRole}
        values={PARTY_ROLES}
        onChange={setFirstRole}
      />
      <label>
        Second company{' '}
        <input
          value={second}
          onChange={(e) => setSecond(e.target.value)}
          {...fieldProps(error, 'second', errorId)}
        />
      </label>
      <EnumSelect
        label="Second company's role"
        value={secondRole}
        values={PARTY_ROLES}
        onChange={setSecondRole}
      />
      <DealFigures {...fields} type={type} error={error} errorId={errorId} />
      <label>
        Summary (optional){' '}
        <input
          value={summary}
          placeholder="In your own words: what changed hands"
          onChange={(e) => setSummary(e.target.value)}
        />
      </label>
      <label>
        Source URL <input value={source} type="url" onChange={(e) => setSource(e.target.value)} />
      </label>
      <FormError error={error} id={errorId} />
      <div className="row">
        <button type="button" className="link" onClick={onDone}>
          Cancel
        </button>
        <button type="submit">Save deal</button>
      </div>
    </form>
  );
}
