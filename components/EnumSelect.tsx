/** A labelled select over a fixed list of values (deal types, statuses, roles). */
export function EnumSelect<T extends string>(props: {
  label: string;
  value: T;
  values: readonly T[];
  onChange: (value: T) => void;
  /** The text a value is shown as, when it is not the value itself. */
  labelOf?: (value: T) => string;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.labelOf ? props.labelOf(v) : v}
          </option>
        ))}
      </select>
    </label>
  );
}
