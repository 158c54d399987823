import type { InputHTMLAttributes } from 'react';

/**
 * A deal's value as the reader types it ("10.1 billion", "$10.1bn") and its currency code, as
 * the deal forms ask for them (see readTypedFigures). `amountProps` and `currencyProps` go on the
 * two inputs (a form's error state, see fieldProps).
 */
export function ValueField(props: {
  amount: string;
  currency: string;
  onAmount: (amount: string) => void;
  onCurrency: (currency: string) => void;
  amountProps?: InputHTMLAttributes<HTMLInputElement>;
  currencyProps?: InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <label>
      Value{' '}
      <input value={props.amount} onChange={(e) => props.onAmount(e.target.value)} {...props.amountProps} />
      <input
        value={props.currency}
        aria-label="Currency"
        size={4}
        onChange={(e) => props.onCurrency(e.target.value)}
        {...props.currencyProps}
      />
    </label>
  );
}
