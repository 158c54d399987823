import type { Article, DealFact, Note } from '../db/models';
import { DEAL_STATUSES, DEAL_TYPES, PARTY_ROLES } from '../db/models';
import { articleValidator, noteValidator } from '../messaging';
import { arr, type Checked, httpUrl, num, obj, oneOf, opt, str, type Validator } from '../validate';

/** Name of the export format: a stable public interface (files outlive versions of the app). */
export const EXPORT_FORMAT = 'dealscope-export';
/** Current version of the export format. */
export const EXPORT_VERSION = 1;
/** Largest file an import reads. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Everything the reader keeps, as one JSON file. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: Article[];
  notes: Note[];
  deals: DealFact[];
}

const storedArticle: Validator<Article> = (input, path) => {
  if (typeof input !== 'object' || input === null) return { ok: false, error: `${path} must be an object` };
  const { firstVisitedAt, lastVisitedAt, ...meta } = input as Record<string, unknown>;
  const m = articleValidator(meta, path);
  if (!m.ok) return m;
  const first = num({ min: 0 })(firstVisitedAt, `${path}.firstVisitedAt`);
  if (!first.ok) return first;
  const last = num({ min: 0 })(lastVisitedAt, `${path}.lastVisitedAt`);
  if (!last.ok) return last;
  return { ok: true, value: { ...m.value, firstVisitedAt: first.value, lastVisitedAt: last.value } };
};

const ID = str({ max: 200, nonEmpty: true });
const dealValidator: Validator<DealFact> = obj({
  id: ID,
  type: oneOf(DEAL_TYPES),
  parties: arr(obj({ companyId: ID, name: str({ max: 300 }), role: oneOf(PARTY_ROLES) }), { max: 20 }),
  companyIds: arr(ID, { max: 20 }),
  summary: str({ max: 2_000, nonEmpty: true }),
  asset: opt(str({ max: 1_000 })),
  quantity: opt(num({ min: 0 })),
  value: opt<DealFact['value']>((input, path) =>
    input === 'undisclosed'
      ? { ok: true, value: 'undisclosed' }
      : (obj({ amount: num({ min: 0 }), currency: str({ max: 10, nonEmpty: true }) })(input, path) as Checked<
          DealFact['value']
        >),
  ),
  announced: opt(str({ max: 10 })),
  status: oneOf(DEAL_STATUSES),
  sources: arr(
    obj({
      url: httpUrl(),
      title: str({ max: 1_000 }),
      sentence: opt(str({ max: 5_000 })),
      savedAt: num({ min: 0 }),
    }),
    {
      max: 50,
    },
  ),
  origin: oneOf(['seed', 'extracted', 'reader'] as const),
  review: oneOf(['confirmed', 'suggested', 'dismissed'] as const),
  createdAt: num({ min: 0 }),
  updatedAt: num({ min: 0 }),
}) as Validator<DealFact>;

const fileValidator = obj({
  format: oneOf([EXPORT_FORMAT] as const),
  version: (input, path) =>
    input === EXPORT_VERSION
      ? { ok: true, value: EXPORT_VERSION }
      : {
          ok: false,
          error: `${path} is ${JSON.stringify(input)}: this version of Dealscope reads export version ${EXPORT_VERSION}`,
        },
  exportedAt: str({ max: 40 }),
  articles: arr(storedArticle, { max: 200_000 }),
  notes: arr(noteValidator, { max: 200_000 }),
  deals: arr(dealValidator, { max: 200_000 }),
}) as Validator<ExportFile>;

/**
 * Parses and validates an export file before anything is written. The message on failure names
 * what is wrong and where ("notes[12].articleUrl must be an http or https URL").
 */
export function parseExport(text: string): Checked<ExportFile> {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON. Choose a file exported by Dealscope (JSON).' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    // All deals' "Export JSON" writes the deal facts alone, for other tools: not a backup.
    if ((data as { format?: unknown } | null)?.format === 'dealscope-deals')
      return {
        ok: false,
        error:
          'This file holds deal facts exported from All deals (format "dealscope-deals"), for other tools. To move or restore your data, import a file from "Export everything" on this page. Nothing was changed.',
      };
    return {
      ok: false,
      error: 'The file is not a Dealscope export (its "format" is not "dealscope-export").',
    };
  }
  const checked = fileValidator(data, 'file');
  if (!checked.ok) return { ok: false, error: `The file was not imported: ${checked.error}.` };
  const urls = new Set(checked.value.articles.map((a) => a.url));
  const orphan = checked.value.notes.find((n) => !urls.has(n.articleUrl));
  if (orphan)
    return {
      ok: false,
      error: `The file was not imported: note ${orphan.id} belongs to no article in the file.`,
    };
  return checked;
}
