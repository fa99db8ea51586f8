/** One invalid field as the services name it: `{ field: 'deadline', reason: 'must be in the future' }`. */
export interface FieldIssue {
  field: string;
  reason: string;
}

/**
 * An answer other than 2xx, in the platform's error shape: the message for the person, the
 * fields a 400 names (shown next to those fields), the reason of a 409.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The reason given for one field (`contacts.0.email`), for the input that shows it. */
  reasonFor(field: string): string | undefined {
    return this.details.find((issue) => issue.field === field)?.reason;
  }
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return typeof value === 'object' && value !== null && typeof (value as FieldIssue).field === 'string' && typeof (value as FieldIssue).reason === 'string';
}

export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null) {
    const { message, details } = body as { message?: unknown; details?: unknown };
    return new ApiError(status, typeof message === 'string' ? message : `HTTP ${status}`, Array.isArray(details) ? details.filter(isFieldIssue) : []);
  }
  return new ApiError(status, `HTTP ${status}`);
}

/**
 * The data of an openapi-fetch answer, or the ApiError it carries. A 401 means the sign-in ended:
 * the page reloads into the sign-in screen instead of showing a stale console.
 */
export async function expectOk<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  if (response.status === 401) window.dispatchEvent(new CustomEvent('icn:signed-out'));
  throw apiErrorFrom(response.status, error);
}
