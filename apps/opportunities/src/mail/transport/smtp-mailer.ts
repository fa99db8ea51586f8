import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { MailConfig } from '../mail.config';
import type { ComposedMail } from '../rendering/opportunity-mail.composer';

/** What the relay said about one message. */
export type SendOutcome =
  | { ok: true; response: string; durationMs: number }
  /** `permanent`: the relay refused for good (5xx, e.g. no such mailbox); a retry cannot help. */
  | { ok: false; permanent: boolean; error: string; durationMs: number };

/**
 * Sends composed mail through the configured SMTP relay (nodemailer), one connection per message
 * — mail goes out in small numbers, and a fresh session never carries a broken one's state. The
 * Message-ID is ours (derived from the claim), not the relay's, so a resend is recognisable.
 */
export class SmtpMailer {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo, SMTPTransport.Options>;

  constructor(config: Pick<MailConfig, 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_TLS' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_TIMEOUT_MS'>) {
    this.transport = createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_TLS === 'tls',
      // starttls: refuse to send in clear when the relay does not offer STARTTLS; none: never try.
      requireTLS: config.SMTP_TLS === 'starttls',
      ignoreTLS: config.SMTP_TLS === 'none',
      ...(config.SMTP_USER !== '' ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } } : {}),
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
    });
  }

  async send(mail: ComposedMail): Promise<SendOutcome> {
    const started = Date.now();
    try {
      const info = await this.transport.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      });
      return { ok: true, response: info.response, durationMs: Date.now() - started };
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      return {
        ok: false,
        permanent: typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600,
        error: error instanceof Error ? error.message : String(error),
        durationMs: Date.now() - started,
      };
    }
  }

  close(): void {
    this.transport.close();
  }
}
