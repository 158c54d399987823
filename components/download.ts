/**
 * Saves text as a file through a download link: no `downloads` permission needed, and nothing
 * leaves the device.
 */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date for file names: "2026-11-28". */
export function dateStamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
