/**
 * English name of a country from its ISO code ("CN" → "China"), or the code itself where the
 * browser cannot name it. The Intl object is made on first use: making it loads locale data,
 * which took tens of milliseconds of the content script's start on every page when it was
 * made at module load.
 */
let names: Intl.DisplayNames | null | undefined;

export function countryName(code: string): string {
  if (names === undefined) {
    names =
      typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code; // not a valid region code
  }
}
