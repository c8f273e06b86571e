// A labelled form control with its hint and the API's reason for refusing it, tied by aria-describedby.
import type { ComponentChildren } from 'preact';

let counter = 0;
export const newId = (prefix: string) => `${prefix}-${++counter}`;

export function Field(props: { id: string; label: string; hint?: string; error?: string | undefined; children: ComponentChildren; required?: boolean }) {
  const { id, label, hint, error, children } = props;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>
        {label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** aria-describedby for a control inside <Field>. */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
