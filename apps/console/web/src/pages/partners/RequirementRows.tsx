import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { TextArea, TextField } from '../../components/FormField';
import { t } from '../../i18n/catalogue';
import type { Programme } from './labels';

type Requirement = Programme['requirements'][number];

/**
 * What the partner needs from an application, as rows of key, title and description named
 * `requirements.<index>.<field>` (a 400 about one shows under it). Each row keeps its own identity and
 * initial values, so removing a row never moves what was typed or loaded into another.
 */
export function RequirementRows({ initial, error }: { initial: readonly Requirement[]; error: unknown }) {
  const [rows, setRows] = useState<{ id: number; requirement?: Requirement }[]>(() => initial.map((requirement, id) => ({ id, requirement })));
  const [nextId, setNextId] = useState(initial.length);
  const listReason = error instanceof ApiError ? error.reasonFor('requirements') : undefined;
  return (
    <fieldset className={listReason !== undefined ? 'field invalid' : 'field'}>
      <legend>{t('partners.field.requirements')}</legend>
      {rows.map((row, index) => {
        const position = index + 1;
        return (
          <div key={row.id} className="repeated-row">
            <TextField
              label={t('programmes.form.requirementKey', { position })}
              name={`requirements.${index}.key`}
              maxLength={40}
              hint={t('programmes.form.requirementKeyHint')}
              defaultValue={row.requirement?.key}
              error={error}
            />
            <TextField label={t('programmes.form.requirementTitle', { position })} name={`requirements.${index}.title`} maxLength={200} defaultValue={row.requirement?.title} error={error} />
            <TextArea
              label={t('programmes.form.requirementDescription', { position })}
              name={`requirements.${index}.description`}
              maxLength={2000}
              defaultValue={row.requirement?.description}
              error={error}
            />
            <div>
              <button type="button" onClick={() => setRows(rows.filter((other) => other.id !== row.id))}>
                {t('programmes.form.removeRequirement', { position })}
              </button>
            </div>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          onClick={() => {
            setRows([...rows, { id: nextId }]);
            setNextId(nextId + 1);
          }}
        >
          {t('programmes.form.addRequirement')}
        </button>
      </div>
      {listReason !== undefined && <p className="field-error">{listReason}</p>}
    </fieldset>
  );
}

/**
 * The requirement rows of a submitted form, in order; an empty description is left out. A blank row is
 * sent as it is, so the API's 400 names it (`requirements.2.key`) under the row on screen.
 */
export function requirementsOf(data: FormData): Requirement[] {
  const requirements: Requirement[] = [];
  for (let index = 0; data.has(`requirements.${index}.key`); index++) {
    const text = (field: string) => {
      const value = data.get(`requirements.${index}.${field}`);
      return typeof value === 'string' ? value.trim() : '';
    };
    const [key, title, description] = [text('key'), text('title'), text('description')];
    requirements.push({ key, title, ...(description !== '' && { description }) });
  }
  return requirements;
}
