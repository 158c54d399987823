import curated from '../../data/companies.curated.json';
import { compileMatcher, type Matcher } from './matcher';
import type { CompanyEntry } from './types';

/** The companies the extension ships with. */
export const COMPANIES: readonly CompanyEntry[] = curated.companies;

let shared: Matcher | undefined;

/** The matcher over the shipped dictionary, compiled once per context on first use. */
export function defaultMatcher(): Matcher {
  shared ??= compileMatcher(COMPANIES);
  return shared;
}
