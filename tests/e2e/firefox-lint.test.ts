import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX_DIR = resolve(ROOT, '.output/firefox-mv2');

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    expect(existsSync(resolve(FIREFOX_DIR, 'manifest.json')), 'run npm run build:firefox first').toBe(true);
    let output: string;
    try {
      output = execFileSync(
        resolve(ROOT, 'node_modules/.bin/web-ext'),
        ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
