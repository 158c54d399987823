import { type ReactNode, useState } from 'react';
import { DEAL_STATUSES, type DealStatus, type DealType } from '@/utils/db/models';
import { statusLabel } from '@/utils/deals/format';
import { EnumSelect } from './EnumSelect';
import { type FieldError, fieldProps } from './FieldError';
import { ValueField } from './ValueField';

/** What a deal form holds of the figures below, as typed. */
export interface FiguresState {
  status: DealStatus;
  onStatus: (status: DealStatus) => void;
  announced: string;
  onAnnounced: (announced: string) => void;
  amount: string;
  onAmount: (amount: string) => void;
  currency: string;
  onCurrency: (currency: string) => void;
}

/** The state of {@link DealFigures}, starting from a deal's figures. */
export function useFigures(start: {
  status: DealStatus;
  announced?: string | undefined;
  value?: { amount: number; currency: string } | undefined;
}): FiguresState & { reset: (from: typeof start) => void } {
  const [status, onStatus] = useState<DealStatus>(start.status);
  const [announced, onAnnounced] = useState(start.announced ?? '');
  const [amount, onAmount] = useState(start.value?.amount.toString() ?? '');
  const [currency, onCurrency] = useState(start.value?.currency ?? 'USD');
  const reset = (from: typeof start) => {
    onStatus(from.status);
    onAnnounced(from.announced ?? '');
    onAmount(from.value?.amount.toString() ?? '');
    onCurrency(from.value?.currency ?? 'USD');
  };
  return { status, onStatus, announced, onAnnounced, amount, onAmount, currency, onCurrency, reset };
}

/** The figures both deal forms ask for (status, date, value), and what a form puts between them. */
export function DealFigures(
  props: FiguresState & {
    type: DealType;
    error: FieldError | null;
    errorId: string;
    /** Fields between the date and the value (the edit form's quantity). */
    children?: ReactNode;
  },
) {
  return (
    <>
      <EnumSelect
        label="Status"
        value={props.status}
        values={DEAL_STATUSES}
        onChange={props.onStatus}
        labelOf={(s) => statusLabel(props.type, s)}
      />
      <label>
        Announced (YYYY-MM-DD){' '}
        <input
          value={props.announced}
          onChange={(e) => props.onAnnounced(e.target.value)}
          {...fieldProps(props.error, 'announced', props.errorId)}
        />
      </label>
      {props.children}
      <ValueField
        amount={props.amount}
        currency={props.currency}
        onAmount={props.onAmount}
        onCurrency={props.onCurrency}
        error={props.error}
        errorId={props.errorId}
      />
    </>
  );
}
