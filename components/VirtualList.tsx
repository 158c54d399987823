import { type ReactNode, useState } from 'react';

/**
 * A windowed list: only the rows in view (plus a few) are in the DOM, so ten thousand results
 * scroll as smoothly as ten. Rows have a fixed height.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  label: string;
  render: (item: T, index: number) => ReactNode;
  keyOf: (item: T) => string;
}) {
  const { items, rowHeight, height, render, keyOf } = props;
  const [scrollTop, setScrollTop] = useState(0);
  // The row holding the keyboard focus: the rows around it stay in the DOM whatever the scroll
  // position says, so Tab and Shift+Tab always find the next row, however fast they are pressed.
  const [focused, setFocused] = useState(-1);
  const overscan = 4;
  let first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  let last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  if (focused >= 0 && focused < items.length) {
    first = Math.min(first, Math.max(0, focused - overscan));
    last = Math.max(last, Math.min(items.length, focused + overscan + 1));
  }
  return (
    <div
      className="virtual"
      style={{ height, overflowY: 'auto' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul
        aria-label={props.label}
        onFocus={(e) => {
          const row = (e.target as Element).closest('li[aria-posinset]');
          if (row) setFocused(Number(row.getAttribute('aria-posinset')) - 1);
        }}
        style={{ height: items.length * rowHeight, position: 'relative', margin: 0, padding: 0 }}
      >
        {items.slice(first, last).map((item, k) => (
          <li
            key={keyOf(item)}
            aria-setsize={items.length}
            aria-posinset={first + k + 1}
            style={{
              position: 'absolute',
              top: (first + k) * rowHeight,
              height: rowHeight,
              left: 0,
              right: 0,
            }}
          >
            {render(item, first + k)}
          </li>
        ))}
      </ul>
    </div>
  );
}
