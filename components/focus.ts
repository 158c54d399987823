/**
 * Keeps keyboard focus on the page when the element that has it goes away (a suggestion confirmed,
 * a note brought back by Undo): for up to a second after the action, once focus has fallen to the
 * document's body, it goes to the next row of the same list (or the previous one), else to the
 * heading of the section. Call it with the element acted on, before the change.
 */
export function keepFocusNear(from: Element | null): void {
  if (!from) return;
  const doc = from.ownerDocument;
  const item = from.closest('li');
  const list = item?.parentElement ?? null;
  const index = item && list ? Array.prototype.indexOf.call(list.children, item) : -1;
  const section = from.closest('section');
  const started = Date.now();
  const check = () => {
    const active = doc.activeElement;
    const lost = !active || active === doc.body || !active.isConnected;
    if (!lost) {
      if (Date.now() - started < 1000) setTimeout(check, 50);
      return;
    }
    const row = list?.isConnected ? (list.children[index] ?? list.children[index - 1] ?? null) : null;
    const target =
      row?.querySelector<HTMLElement>('button, a[href], input, select, textarea') ??
      section?.querySelector<HTMLElement>('h2') ??
      null;
    if (!target) return;
    if (target.localName === 'h2') target.tabIndex = -1;
    target.focus();
  };
  setTimeout(check, 0);
}
