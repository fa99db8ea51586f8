import { ApiError } from '../api/api-error';
import { t } from '../i18n/catalogue';

/** The reason a call failed, as the service said it (a 409's reason, a 403), announced to screen readers. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  let message: string;
  if (error instanceof ApiError) message = error.status === 403 ? `${t('error.forbidden')} ${error.message}` : error.message;
  else if (error instanceof TypeError) message = t('error.network');
  else message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="error-message">
      <p>{message}</p>
      {error instanceof ApiError && error.details.length > 0 && (
        <ul>
          {error.details.map((issue) => (
            <li key={issue.field}>
              <strong>{issue.field}</strong>: {issue.reason}
            </li>
          ))}
        </ul>
      )}
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
