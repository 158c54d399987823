import { type FieldError, fieldProps } from './FieldError';

/**
 * A deal's value as the reader types it ("10.1 billion", "$10.1bn") and its currency code, as
 * the deal forms ask for them (see readTypedFigures). With the form's `error` and its message's
 * `errorId`, the input the error is about is marked invalid (see fieldProps).
 */
export function ValueField(props: {
  amount: string;
  currency: string;
  onAmount: (amount: string) => void;
  onCurrency: (currency: string) => void;
  error: FieldError | null;
  errorId: string;
}) {
  return (
    <label>
      Value{' '}
      <input
        value={props.amount}
        onChange={(e) => props.onAmount(e.target.value)}
        {...fieldProps(props.error, 'amount', props.errorId)}
      />
      <input
        value={props.currency}
        aria-label="Currency"
        size={4}
        onChange={(e) => props.onCurrency(e.target.value)}
        {...fieldProps(props.error, 'currency', props.errorId)}
      />
    </label>
  );
}
