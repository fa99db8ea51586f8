import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MailTemplate, escapeHtml } from './mail-template';
import { mailTemplatesDir } from './mail-templates';

/** Injection token of the unsubscribe page's template. */
export const UNSUBSCRIBE_PAGE = Symbol('UNSUBSCRIBE_PAGE');

export type UnsubscribePage = MailTemplate;

export function loadUnsubscribePage(dir: string = mailTemplatesDir()): UnsubscribePage {
  return new MailTemplate('unsubscribe-page.html', readFileSync(join(dir, 'unsubscribe-page.html'), 'utf8'), escapeHtml);
}
