/** A form's error, and the field it is about when it is about one. */
export interface FieldError {
  message: string;
  field?: string | undefined;
}

/**
 * Props for a form field named `field`: assistive technology hears that it is invalid and which
 * message says why, when the form's error is about it.
 */
export function fieldProps(error: FieldError | null, field: string, errorId: string) {
  return error?.field === field
    ? { 'data-field': field, 'aria-invalid': true as const, 'aria-describedby': errorId }
    : { 'data-field': field };
}

/** Puts the focus in the field an error is about, so the reader can correct it at once. */
export function focusField(form: HTMLFormElement | null, field: string | undefined): void {
  if (field) form?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
}

/** The form's error message, which invalid fields point to by `id`. */
export function FormError({ error, id }: { error: FieldError | null; id: string }) {
  return error ? (
    <p role="alert" id={id}>
      {error.message}
    </p>
  ) : null;
}
