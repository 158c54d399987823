import { useEffect, useRef } from 'react';
import { keepFocusNear } from './focus';

/**
 * "Note deleted. Undo" while `count` things can be brought back, the latest first. What was acted
 * on is gone from the page with its buttons, so keyboard focus goes to Undo rather than to the
 * page.
 */
export function UndoBar(props: { count: number; one: string; many: string; onUndo: () => void }) {
  const { count } = props;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (count) button.current?.focus();
  }, [count]);
  // The status region stays in the page, empty, so that its message is announced when it comes
  // (one that appears with its text is skipped by some screen readers).
  if (!count) return <p role="status" className="undo" />;
  return (
    <p role="status" className="undo">
      {count > 1 ? `${count} ${props.many}` : props.one}{' '}
      <button
        type="button"
        ref={button}
        onClick={() => {
          // The bar goes when the last thing is back: focus stays in the section.
          keepFocusNear(button.current);
          props.onUndo();
        }}
      >
        Undo
      </button>
    </p>
  );
}

/** A form's keydown handler: Esc calls `cancel` (and goes no further, so no dialog closes too). */
export function escapeCancels(cancel: () => void) {
  return (event: { key: string; preventDefault(): void; stopPropagation(): void }) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
}
