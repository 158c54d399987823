/** Report helpers: aligned tables and the goal rows of the final summary. */

/** One goal of the summary. `pass` is undefined when the figure could not be measured. */
export interface GoalRow {
  what: string;
  value: string;
  goal: string;
  pass: boolean | undefined;
  note?: string;
}

/** Formats rows as an aligned table; numeric-looking cells are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const numeric = /^[-+]?[\d.,]+(?:\s?(?:ms|µs|MB|MB\/s|×|%))?$|^[\d.,]+×$/;
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => {
        const width = widths[c] as number;
        return c > 0 && numeric.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The closing summary: one row per goal with PASS, MISS or n/a. */
export function summary(goals: readonly GoalRow[]): string {
  const rows = goals.map((g) => [
    g.what,
    g.value,
    g.goal,
    g.pass === undefined ? 'n/a' : g.pass ? 'PASS' : 'MISS',
    g.note ?? '',
  ]);
  return table(['goal', 'measured', 'target', 'result', 'note'], rows);
}

/** Prints a section heading. */
export function heading(title: string): void {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

/** Formats an integer with thousands separators. */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
