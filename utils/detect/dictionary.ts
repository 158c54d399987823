import shipped from '../../public/gazetteer.json';
import { type Gazetteer, loadGazetteer, type SerialisedGazetteer } from './gazetteer';
import { createMatcher, type Matcher } from './matcher';

let gazetteer: Gazetteer | undefined;
let matcher: Matcher | undefined;

/**
 * The shipped gazetteer (over 5,000 companies), decoded on first use. The matching tables were
 * built by `npm run build:data`, so this only decodes arrays.
 */
export function shippedGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer(shipped as SerialisedGazetteer);
  return gazetteer;
}

/** The matcher over the shipped gazetteer, one per context. */
export function defaultMatcher(): Matcher {
  matcher ??= createMatcher(shippedGazetteer());
  return matcher;
}
