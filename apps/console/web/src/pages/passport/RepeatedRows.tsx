import { type ReactNode, useState } from 'react';
import { ApiError } from '../../api/api-error';

interface RepeatedRowsProps {
  legend: string;
  addLabel: string;
  removeLabel: (position: number) => string;
  /** How many rows to start with. */
  initial?: number;
  /** The inputs of row `index`, named `<list>.<index>.<field>` so a 400 about one shows under it. */
  children: (index: number) => ReactNode;
}

/**
 * A list of same-shaped rows (key contacts, leads) that can grow and shrink. Rows keep their own
 * identity, so removing one never moves what was typed into another.
 */
export function RepeatedRows({ legend, addLabel, removeLabel, initial = 1, children }: RepeatedRowsProps) {
  const [rows, setRows] = useState<number[]>(() => Array.from({ length: initial }, (_, index) => index));
  const [nextId, setNextId] = useState(initial);
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {rows.map((rowId, index) => (
        <div key={rowId} className="repeated-row">
          {children(index)}
          <div>
            <button type="button" onClick={() => setRows(rows.filter((id) => id !== rowId))}>
              {removeLabel(index + 1)}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button
          type="button"
          onClick={() => {
            setRows([...rows, nextId]);
            setNextId(nextId + 1);
          }}
        >
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * How many rows of `list` were submitted (each has its `<list>.<index>.<firstField>` input), for the
 * caller to read field by field. Blank rows are the caller's to drop.
 */
export function rowCountOf(data: FormData, list: string, firstField: string): number {
  let count = 0;
  while (data.has(`${list}.${count}.${firstField}`)) count++;
  return count;
}

/** The fields of a 400 inside the list (`leads.2.note`): each shows under its own input, so a form's summary leaves them out. */
export function fieldsUnder(error: unknown, prefix: string): string[] {
  return error instanceof ApiError ? error.details.map((issue) => issue.field).filter((field) => field.startsWith(prefix)) : [];
}
