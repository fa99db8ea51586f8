import { createHash } from 'node:crypto';

/**
 * The provider's pages: plain HTML forms that work without JavaScript, at 375 px wide, with visible
 * keyboard focus, labels bound to their fields and errors bound to the fields they concern. One
 * inline style sheet, allowed by its hash in the Content-Security-Policy; no external assets.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f4f5f7}
main{max-width:26rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #c9ccd1;border-radius:.5rem}
h1{font-size:1.4rem;margin:0 0 1rem}
p{margin:0 0 1rem}
.field{margin:0 0 1rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
input{display:block;width:100%;padding:.6rem;font:inherit;border:1px solid #6b7079;border-radius:.25rem}
input[aria-invalid=true]{border-color:#a4161a}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border-radius:.25rem;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f9c}
.actions{display:flex;flex-wrap:wrap;gap:.75rem}
.error{color:#a4161a;font-weight:600}
.note{font-size:.9rem;color:#4a4f57}
:focus-visible{outline:3px solid #e07b00;outline-offset:2px}
@media (max-width:30rem){main{margin:0;border:0;border-radius:0;min-height:100vh}}
`.trim();

/** The CSP source that allows exactly the style sheet above. */
const STYLE_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/**
 * Headers of every page: the CSP allows the one style sheet and nothing else, forms may post only
 * here — and to the origins a sign-in or sign-out form's redirects end at (browsers apply
 * form-action to them) — and the pages cannot be framed (no clickjacking of the sign-in form).
 */
export function pageHeaders(formRedirectTargets: readonly string[]): Record<string, string> {
  const origins = [...new Set(formRedirectTargets.map((target) => new URL(target).origin))];
  return {
    'content-security-policy': [
      "default-src 'none'",
      `style-src ${STYLE_SOURCE}`,
      `form-action 'self' ${origins.join(' ')}`.trim(),
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

/** Escapes text for HTML content and attribute values: everything a page echoes goes through here. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** `body` is trusted markup built by this file; every value inside it was escaped by the caller. */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} – ICN demo sign-in</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface LoginPageModel {
  /** Where the form posts (the interaction's login address). */
  readonly action: string;
  /** Where "Cancel" posts (the interaction's abort address). */
  readonly cancelAction: string;
  /** What the user typed, to keep it after a failed attempt. */
  readonly username?: string;
  /** Shown next to the fields, which it is bound to with aria-describedby. */
  readonly error?: string;
}

export function loginPage(model: LoginPageModel): string {
  const failed = model.error !== undefined;
  // Both fields point at the message: a screen reader announces it with whichever has focus.
  const invalid = failed ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  const error = failed ? `\n<p id="login-error" class="error" role="alert">${escapeHtml(model.error ?? '')}</p>` : '';
  return page(
    'Sign in',
    `<h1>Sign in to the ICN platform</h1>
<p class="note">Demo identity provider of the local platform: demo users only, password <code>demo</code>.</p>
<form method="post" action="${escapeHtml(model.action)}">${error}
<div class="field">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(model.username ?? '')}"${invalid}${failed ? '' : ' autofocus'}>
</div>
<div class="field">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${failed ? ' autofocus' : ''}>
</div>
<div class="actions">
<button type="submit">Sign in</button>
<button type="submit" class="secondary" form="cancel">Cancel</button>
</div>
</form>
<form id="cancel" method="post" action="${escapeHtml(model.cancelAction)}"></form>`,
  );
}

/** A page that only says something: an error, an expired link, the end of a sign-out. */
export function messagePage(title: string, ...paragraphs: string[]): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}`);
}

/** oidc-provider's sign-out confirmation; `providerForm` is its own (hidden) form with the XSRF token. */
export function logoutPage(providerForm: string): string {
  return page(
    'Sign out',
    `<h1>Sign out</h1>
<p>Sign out of the ICN demo identity provider?</p>
${providerForm}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>
</div>`,
  );
}
