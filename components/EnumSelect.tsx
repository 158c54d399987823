/** A labelled select over a fixed list of values (deal types, statuses, roles). */
export function EnumSelect<T extends string>(props: {
  label: string;
  value: T;
  values: readonly T[];
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.values.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
    </label>
  );
}
