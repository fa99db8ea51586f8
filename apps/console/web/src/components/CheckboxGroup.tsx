import { useId } from 'react';
import { ApiError } from '../api/api-error';

interface CheckboxGroupProps {
  legend: string;
  /** The field's name in the API: a 400 naming it (or one of its items, `sectors.2`) shows its reason here. */
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValues?: readonly string[];
  error?: unknown;
  hint?: string;
}

/** A set of checkboxes for a list field (sectors, services), grouped under a legend. */
export function CheckboxGroup({ legend, name, options, defaultValues = [], error, hint }: CheckboxGroupProps) {
  const id = useId();
  const reason = error instanceof ApiError ? error.details.find((issue) => issue.field === name || issue.field.startsWith(`${name}.`))?.reason : undefined;
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = reason !== undefined ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter((value) => value !== undefined).join(' ') || undefined;
  return (
    <fieldset className={reason !== undefined ? 'field checkbox-group invalid' : 'field checkbox-group'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.value}>
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {reason !== undefined && (
        <p id={errorId} className="field-error">
          {reason}
        </p>
      )}
    </fieldset>
  );
}
