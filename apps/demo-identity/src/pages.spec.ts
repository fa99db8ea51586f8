import { escapeHtml, loginPage, messagePage, pageHeaders } from './pages';

describe('pages', () => {
  it('escapes everything that could leave text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('renders the sign-in form with labels, and without an error until there is one', () => {
    const html = loginPage({ action: '/interaction/abc/login', cancelAction: '/interaction/abc/abort' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<form method="post" action="/interaction/abc/login">');
    expect(html).toContain('<label for="username">Username</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).not.toContain('aria-invalid="true"');
    expect(html).not.toContain('login-error');
  });

  it('binds an error to both fields and keeps the username, escaped', () => {
    const html = loginPage({ action: '/a', cancelAction: '/b', username: '<b>bob</b>', error: 'Wrong username or password.' });
    expect(html).toContain('<p id="login-error" class="error" role="alert">Wrong username or password.</p>');
    expect(html.match(/aria-describedby="login-error"/g)).toHaveLength(2);
    expect(html).toContain('value="&lt;b&gt;bob&lt;/b&gt;"');
  });

  it('escapes the text of message pages', () => {
    expect(messagePage('Error', 'bad <input>')).toContain('<p>bad &lt;input&gt;</p>');
  });

  it('allows forms to post here and to the origins their redirects end at, and nothing else', () => {
    const csp = pageHeaders(['http://127.0.0.1:3000/auth/callback', 'http://127.0.0.1:3000/', 'https://console.example.org/cb'])['content-security-policy'];
    expect(csp).toContain("form-action 'self' http://127.0.0.1:3000 https://console.example.org;");
    expect(csp).toMatch(/default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
