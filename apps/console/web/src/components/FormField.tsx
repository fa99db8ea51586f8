import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { ApiError } from '../api/api-error';
import { t } from '../i18n/catalogue';

interface FieldFrame {
  label: string;
  /** The field's name in the API: a 400 naming it shows its reason here. */
  name: string;
  error?: unknown;
  hint?: string;
  required?: boolean;
}

function Frame({ label, name, error, hint, required, children }: FieldFrame & { children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode }) {
  const id = useId();
  const reason = error instanceof ApiError ? error.reasonFor(name) : undefined;
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = reason !== undefined ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter((value) => value !== undefined).join(' ') || undefined;
  return (
    <div className={reason !== undefined ? 'field invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required === true && <span className="required"> ({t('form.required')})</span>}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: reason !== undefined })}
      {reason !== undefined && (
        <p id={errorId} className="field-error">
          {reason}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

/** A labelled input whose API error (the field a 400 names) is shown under it and announced with it. */
export function TextField({ label, name, error, hint, ...input }: TextFieldProps) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={input.required}>
      {({ id, describedBy, invalid }) => <input id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />}
    </Frame>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>;

export function TextArea({ label, name, error, hint, ...input }: TextAreaProps) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={input.required}>
      {({ id, describedBy, invalid }) => <textarea id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />}
    </Frame>
  );
}

type SelectFieldProps = FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & { options: readonly { value: string; label: string }[] };

export function SelectField({ label, name, error, hint, options, ...select }: SelectFieldProps) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={select.required}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}

/** Errors of a form that no field names (a 409's reason, a 403), above the submit button. */
export function FormError({ error, fields }: { error: unknown; fields: readonly string[] }) {
  if (error === undefined || error === null) return null;
  if (error instanceof ApiError) {
    const unplaced = error.details.filter((issue) => !fields.includes(issue.field));
    if (error.details.length > 0 && unplaced.length === 0) {
      return (
        <p role="alert" className="error-message">
          {t('form.errorSummary')} {error.details.map((issue) => issue.field).join(', ')}
        </p>
      );
    }
    return (
      <div role="alert" className="error-message">
        <p>{error.message}</p>
        {unplaced.length > 0 && (
          <ul>
            {unplaced.map((issue) => (
              <li key={issue.field}>
                {issue.field}: {issue.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <p role="alert" className="error-message">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}
