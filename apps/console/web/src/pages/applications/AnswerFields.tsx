import { TextArea } from '../../components/FormField';
import type { Programme } from '../partners/labels';
import { answerField } from './answer-fields';

/** One text area per requirement of the programme, under its title and description, holding the answer given so far. */
export function AnswerFields({ programme, answers, error }: { programme: Programme; answers: readonly { requirementKey: string; text: string }[]; error: unknown }) {
  return (
    <>
      {programme.requirements.map((requirement) => (
        <TextArea
          key={requirement.key}
          label={requirement.title}
          name={answerField(requirement.key)}
          maxLength={10000}
          hint={requirement.description}
          defaultValue={answers.find((answer) => answer.requirementKey === requirement.key)?.text}
          error={error}
        />
      ))}
    </>
  );
}
