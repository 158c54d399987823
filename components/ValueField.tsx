/**
 * A deal's value as the reader types it ("10.1 billion", "$10.1bn") and its currency code, as
 * the deal forms ask for them (see readTypedFigures).
 */
export function ValueField(props: {
  amount: string;
  currency: string;
  onAmount: (amount: string) => void;
  onCurrency: (currency: string) => void;
}) {
  return (
    <label>
      Value <input value={props.amount} onChange={(e) => props.onAmount(e.target.value)} />
      <input
        value={props.currency}
        aria-label="Currency"
        size={4}
        onChange={(e) => props.onCurrency(e.target.value)}
      />
    </label>
  );
}
