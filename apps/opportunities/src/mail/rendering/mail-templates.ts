import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MailTemplate, escapeHtml, noEscape } from './mail-template';

/** The maintained templates of the opportunity mail: subject, HTML part and text part. */
export interface OpportunityMailTemplates {
  subject: MailTemplate;
  html: MailTemplate;
  text: MailTemplate;
}

const TEMPLATES_DIR = join('apps', 'opportunities', 'mail-templates');

/**
 * Where the templates are: `apps/opportunities/mail-templates` of the checkout (or of the image,
 * whose Dockerfile copies them beside dist/), found by walking up from this file so the sources
 * (jest) and the compiled service (dist/out-tsc/…) read the same files.
 */
export function mailTemplatesDir(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, TEMPLATES_DIR);
    if (existsSync(join(candidate, 'opportunity-mail.html'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`mail templates: no ${TEMPLATES_DIR} above ${from}`);
  }
}

/** Reads and parses the templates once (at start): a missing or broken template stops the service. */
export function loadOpportunityMailTemplates(dir: string = mailTemplatesDir()): OpportunityMailTemplates {
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  return {
    // A subject is one line: the file's trailing newline is not part of it.
    subject: new MailTemplate('opportunity-mail.subject.txt', read('opportunity-mail.subject.txt').trim(), noEscape),
    html: new MailTemplate('opportunity-mail.html', read('opportunity-mail.html'), escapeHtml),
    text: new MailTemplate('opportunity-mail.txt', read('opportunity-mail.txt'), noEscape),
  };
}
