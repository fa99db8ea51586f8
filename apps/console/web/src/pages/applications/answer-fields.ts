import { ApiError } from '../../api/api-error';

/*
 * Answers are typed in one text area per requirement, named `answer.<requirementKey>`; the API takes
 * the non-empty ones as a list (`answers.<index>.text`). A 400 about a list entry is shown under the
 * text area of the requirement that entry answered.
 */

export const answerField = (requirementKey: string): string => `answer.${requirementKey}`;

/** The answers typed in the form, in the programme's order of requirements, empty ones left out. */
export function answersOf(data: FormData, requirementKeys: readonly string[]): { requirementKey: string; text: string }[] {
  return requirementKeys.flatMap((requirementKey) => {
    const value = data.get(answerField(requirementKey));
    const text = typeof value === 'string' ? value.trim() : '';
    return text === '' ? [] : [{ requirementKey, text }];
  });
}

/** The API's error with `answers.<index>.*` renamed to the text area of the requirement the entry answered. */
export function placedOnAnswers(error: unknown, sentKeys: readonly string[]): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(
    error.status,
    error.message,
    error.details.map((issue) => {
      const match = /^answers\.(\d+)\./.exec(issue.field);
      const key = match === null ? undefined : sentKeys[Number(match[1])];
      return key === undefined ? issue : { ...issue, field: answerField(key) };
    }),
  );
}
