import { useId, useState } from 'react';
import { t } from '../../i18n/catalogue';

interface SecretRevealProps {
  title: string;
  value: string;
  /** What it is for and that it will not be shown again. */
  notice: string;
  /** Its heading's level under the page's headings (2 on a page of its own, 3 inside a section). */
  level: 2 | 3;
}

/**
 * A secret the service returns once (a webhook's signing secret, the calendar address with its
 * token): shown in full with a copy button and a notice that it will not be shown again. It lives
 * only in this page's memory — never in the address, history state or storage.
 */
export function SecretReveal({ title, value, notice, level }: SecretRevealProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | undefined>(undefined);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="notice secret-reveal" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <p>
        <strong>{notice}</strong>
      </p>
      <p className="secret" id={`${id}-value`} data-secret>
        {value}
      </p>
      <button type="button" onClick={() => void copy()} aria-describedby={`${id}-value`}>
        {t('subscriptions.secret.copy')}
      </button>
      <span role="status" className="secret-copy-status">
        {copied === 'copied' && t('subscriptions.secret.copied')}
        {copied === 'failed' && t('subscriptions.secret.copyFailed')}
      </span>
    </section>
  );
}
