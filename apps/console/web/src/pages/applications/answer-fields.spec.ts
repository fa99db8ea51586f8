import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/api-error';
import { answersOf, placedOnAnswers } from './answer-fields';

describe('answers between the form and the API', () => {
  it('sends the non-empty answers in the programme’s order, trimmed', () => {
    const data = new FormData();
    data.set('answer.references', '  Three pilots  ');
    data.set('answer.solution-summary', 'Heat pumps');
    data.set('answer.budget', '   ');
    expect(answersOf(data, ['solution-summary', 'budget', 'references'])).toEqual([
      { requirementKey: 'solution-summary', text: 'Heat pumps' },
      { requirementKey: 'references', text: 'Three pilots' },
    ]);
  });

  it('places a 400 about a list entry under the text area of the requirement it answered', () => {
    const error = new ApiError(400, 'Invalid input', [
      { field: 'answers.1.text', reason: 'must be shorter than or equal to 10000 characters' },
      { field: 'programmeId', reason: 'must be a UUID' },
    ]);
    const placed = placedOnAnswers(error, ['solution-summary', 'references']);
    expect(placed).toBeInstanceOf(ApiError);
    expect((placed as ApiError).details).toEqual([
      { field: 'answer.references', reason: 'must be shorter than or equal to 10000 characters' },
      { field: 'programmeId', reason: 'must be a UUID' },
    ]);
  });

  it('leaves any other failure as it is', () => {
    const failure = new TypeError('offline');
    expect(placedOnAnswers(failure, [])).toBe(failure);
  });
});
