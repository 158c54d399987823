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
  const overscan = 4;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return (
    <div
      className="virtual"
      style={{ height, overflowY: 'auto' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul
        aria-label={props.label}
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
