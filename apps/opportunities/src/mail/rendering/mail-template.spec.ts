import { MailTemplate, escapeHtml, noEscape } from './mail-template';

describe('MailTemplate', () => {
  it('substitutes values, escaped for HTML, and looks names up from the innermost scope outwards', () => {
    const template = new MailTemplate('t.html', '<h1>{{title}}</h1>{{#items}}<p>{{name}} for {{owner.name}} in {{title}}</p>{{/items}}', escapeHtml);
    expect(template.render({ title: 'A & B', owner: { name: '<Org>' }, items: [{ name: 'x"y' }, { name: 'z', title: 'own' }] })).toBe(
      '<h1>A &#38; B</h1><p>x&#34;y for &#60;Org&#62; in A &#38; B</p><p>z for &#60;Org&#62; in own</p>',
    );
  });

  it('sections: once for a truthy value, never for false, empty or missing; inverted sections the opposite', () => {
    const template = new MailTemplate('t.txt', '{{#budget}}Budget: {{budget}}{{/budget}}{{^budget}}No budget{{/budget}}|{{#tags}}[{{.}}]{{/tags}}{{^tags}}none{{/tags}}', noEscape);
    expect(template.render({ budget: 'EUR 5', tags: ['a', 'b'] })).toBe('Budget: EUR 5|[a][b]');
    expect(template.render({ budget: '', tags: [] })).toBe('No budget|none');
    expect(template.render({})).toBe('No budget|none');
  });

  it('refuses a template whose sections do not match, naming it', () => {
    expect(() => new MailTemplate('broken.html', '{{#a}}x', escapeHtml)).toThrow('mail template broken.html: {{#a}} is not closed');
    expect(() => new MailTemplate('broken.html', '{{#a}}x{{/b}}', escapeHtml)).toThrow('{{/b}} closes {{#a}}');
    expect(() => new MailTemplate('broken.html', 'x{{/b}}', escapeHtml)).toThrow('{{/b}} closes nothing');
  });
});

describe('MailTemplate layout', () => {
  it('a section tag alone on its line leaves no blank line behind', () => {
    const template = new MailTemplate('t.txt', 'a\n{{#items}}\n  * {{.}}\n{{/items}}\n{{^items}}\n  none\n{{/items}}\nb\n', noEscape);
    expect(template.render({ items: ['x', 'y'] })).toBe('a\n  * x\n  * y\nb\n');
    expect(template.render({ items: [] })).toBe('a\n  none\nb\n');
  });
});
