/** What went wrong with a request, said as a person would want to hear it. */
import { ApiError, NetworkError } from '../api.js';
import { useLang } from '../i18n.js';

export function describeError(err: unknown, t: ReturnType<typeof useLang>['t']): string {
  if (err instanceof NetworkError) return t('offline');
  if (err instanceof ApiError) {
    const retry = err.retryAfter ? ` (${err.retryAfter} ${t('retryIn')})` : '';
    if (err.status === 429) return t('rateLimited') + retry;
    if (err.status === 503) return t('busy') + retry;
    if (err.code === 'invalid_input') return `${t('invalidInput')}: ${err.message}`;
    return err.message;
  }
  return String((err as Error)?.message ?? err);
}

export function ErrorBanner({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useLang();
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{describeError(error, t)}</span>
      {onClose && (
        <button type="button" className="ghost" aria-label="close" onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
