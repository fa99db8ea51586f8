import { ConfigValidationError } from '@icn/platform';
import { loadMailConfig } from './mail.config';

const SECRET = 'unsubscribe-secret-for-tests-0123456789';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadMailConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.issues.map((issue) => `${issue.variable}: ${issue.reason}`);
    throw error;
  }
}

describe('MailConfig', () => {
  it('without a relay nothing is required: the service sends no mail', () => {
    expect(problems({})).toEqual([]);
    expect(loadMailConfig({}).SMTP_HOST).toBe('');
  });

  it('a relay needs the unsubscribe secret (32+ characters), and a login its password', () => {
    expect(problems({ SMTP_HOST: 'smtp.example.org' })).toEqual([expect.stringMatching(/^MAIL_UNSUBSCRIBE_SECRET: .*required when SMTP_HOST is set/)]);
    expect(problems({ SMTP_HOST: 'smtp.example.org', MAIL_UNSUBSCRIBE_SECRET: 'short' })).toEqual([expect.stringMatching(/^MAIL_UNSUBSCRIBE_SECRET: must be at least 32 characters/)]);
    expect(problems({ SMTP_HOST: 'smtp.example.org', MAIL_UNSUBSCRIBE_SECRET: SECRET, SMTP_USER: 'icn' })).toEqual(['SMTP_PASSWORD: is required when SMTP_USER is set']);
    expect(problems({ SMTP_HOST: 'smtp.example.org', MAIL_UNSUBSCRIBE_SECRET: SECRET, SMTP_USER: 'icn', SMTP_PASSWORD: 'pw' })).toEqual([]);
  });

  it('names each bad value', () => {
    expect(
      problems({ SMTP_HOST: 'smtp example', SMTP_PORT: '70000', SMTP_TLS: 'ssl', MAIL_FROM: 'not an address', CONSOLE_PUBLIC_URL: 'console.example.org', MAIL_UNSUBSCRIBE_SECRET: SECRET }).map(
        (problem) => problem.split(':')[0],
      ),
    ).toEqual(['SMTP_HOST', 'SMTP_PORT', 'SMTP_TLS', 'MAIL_FROM', 'CONSOLE_PUBLIC_URL']);
  });
});
