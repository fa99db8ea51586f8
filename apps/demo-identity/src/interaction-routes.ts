import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { Logger } from 'pino';
import { DemoUsersUnavailable, passwordMatches, type DemoUserDirectory } from './demo-users';
import { readFormBody } from './form-body';
import { loginPage, messagePage } from './pages';

/** `/interaction/<uid>`, `/interaction/<uid>/login`, `/interaction/<uid>/abort`. */
const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/;

const WRONG_CREDENTIALS = 'Wrong username or password.';

type Step = 'show' | 'login' | 'abort';

/**
 * Our sign-in pages, in front of oidc-provider's interaction API: the provider decides that a user
 * must sign in and sends the browser here with an interaction id; these routes show the form, check
 * the password against the demo users and hand the result back. The interaction cookie
 * oidc-provider set (SameSite, bound to this uid) is what ties a posted form to the sign-in it
 * belongs to, so a form posted from elsewhere finds no interaction.
 */
export class InteractionRoutes {
  constructor(
    private readonly provider: Provider,
    private readonly users: DemoUserDirectory,
    private readonly pageHeaders: Readonly<Record<string, string>>,
    private readonly logger: Logger,
  ) {}

  handles(request: IncomingMessage): boolean {
    return INTERACTION_PATH.test(new URL(request.url ?? '/', 'http://localhost').pathname);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = INTERACTION_PATH.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
    const uid = match?.[1] ?? '';
    const step: Step = (match?.[2] as Step | undefined) ?? 'show';
    const expected = step === 'show' ? 'GET' : 'POST';
    if (request.method !== expected) {
      response.setHeader('allow', expected);
      return this.page(response, 405, messagePage('Not allowed', `This address answers ${expected} only.`));
    }
    try {
      await this.run(step, uid, request, response);
    } catch (error: unknown) {
      this.fail(response, error);
    }
  }

  private async run(step: Step, uid: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Read the form before asking for the interaction: both read the request, the body only once.
    const form = step === 'login' ? await readFormBody(request) : undefined;
    const details = await this.provider.interactionDetails(request, response);
    if (details.uid !== uid) throw new errors.SessionNotFound('the interaction cookie belongs to another sign-in');
    const actions = { action: `/interaction/${uid}/login`, cancelAction: `/interaction/${uid}/abort` };

    if (step === 'abort') {
      return this.provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'The user cancelled the sign-in' }, { mergeWithLastSubmission: false });
    }
    if (details.prompt.name !== 'login') {
      // The console's consent is given by the grant loader; nothing else is asked of a user here.
      return this.provider.interactionFinished(
        request,
        response,
        { error: 'consent_required', error_description: 'This provider grants access to the ICN console only' },
        { mergeWithLastSubmission: false },
      );
    }
    if (step === 'show') return this.page(response, 200, loginPage(actions));

    if (form === undefined) return this.page(response, 400, loginPage({ ...actions, error: 'The sign-in form could not be read; please try again.' }));
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const user = username === '' ? undefined : await this.users.find(username);
    if (user === undefined || !passwordMatches(user, password)) {
      this.logger.info({ username }, 'sign-in refused: wrong username or password');
      return this.page(response, 401, loginPage({ ...actions, username, error: WRONG_CREDENTIALS }));
    }
    this.logger.info({ username, role: user.role }, 'signed in');
    return this.provider.interactionFinished(request, response, { login: { accountId: user.username } }, { mergeWithLastSubmission: false });
  }

  private fail(response: ServerResponse, error: unknown): void {
    if (error instanceof errors.SessionNotFound) {
      return this.page(
        response,
        400,
        messagePage('This sign-in has expired', 'The sign-in page was open too long, or belongs to another browser or tab.', 'Return to the application and sign in again.'),
      );
    }
    if (error instanceof DemoUsersUnavailable) {
      this.logger.error({ reason: error.message }, 'sign-in unavailable: no usable demo users');
      return this.page(response, 503, messagePage('Sign-in is not available', `The demo users cannot be used: ${error.message}.`));
    }
    this.logger.error({ err: error }, 'sign-in failed');
    return this.page(response, 500, messagePage('Sign-in failed', 'Something went wrong on our side. Return to the application and try again.'));
  }

  private page(response: ServerResponse, status: number, html: string): void {
    if (response.headersSent) return;
    response.writeHead(status, { ...this.pageHeaders, 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  }
}
