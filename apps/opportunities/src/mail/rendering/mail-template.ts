/**
 * The templates' language: a subset of Mustache, enough for mail and small enough to read in one
 * sitting (no dependency, no code in templates).
 *
 *   {{name}} {{a.b}}      a value, escaped for HTML in .html templates (as is in .txt ones)
 *   {{#name}}…{{/name}}   repeated for each element of a list, once for any other truthy value;
 *                         inside, names are looked up in the element first, then outwards
 *   {{^name}}…{{/name}}   only when the value is missing, false or an empty list
 *   {{.}}                 the current element itself (a list of strings)
 *
 * A section tag alone on its line removes that line, so plain-text templates read as they print.
 *
 * A template that does not parse (an unclosed or mismatched section) is refused when loaded, so a
 * broken template stops the service at start instead of the first mail.
 */
export type TemplateValue = string | number | boolean | null | undefined | TemplateView | readonly TemplateValue[];
export interface TemplateView {
  readonly [name: string]: TemplateValue;
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'section'; name: string; inverted: boolean; children: Node[] };

export class MailTemplate {
  private readonly nodes: Node[];

  constructor(
    readonly name: string,
    source: string,
    private readonly escape: (text: string) => string,
  ) {
    this.nodes = parse(name, source.replace(STANDALONE_SECTION_TAG, '$1'));
  }

  render(view: TemplateView): string {
    return renderNodes(this.nodes, [view], this.escape);
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export const noEscape = (text: string): string => text;

/** A section tag alone on its line takes the line with it (as in Mustache), so text templates keep their layout. */
const STANDALONE_SECTION_TAG = /^[ \t]*(\{\{\s*[#^/]\s*[A-Za-z0-9_.]+\s*\}\})[ \t]*\r?\n/gm;

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z0-9_.]+|\.)\s*\}\}/g;

function parse(template: string, source: string): Node[] {
  const root: Node[] = [];
  const open: { name: string; children: Node[] }[] = [{ name: '', children: root }];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const [tag, sigil, name] = match;
    const current = open[open.length - 1];
    if (match.index > last) current.children.push({ kind: 'text', text: source.slice(last, match.index) });
    last = match.index + tag.length;
    if (sigil === '#' || sigil === '^') {
      const section: Node = { kind: 'section', name, inverted: sigil === '^', children: [] };
      current.children.push(section);
      open.push({ name, children: section.children });
    } else if (sigil === '/') {
      if (open.length === 1 || current.name !== name) throw new Error(`mail template ${template}: {{/${name}}} closes ${open.length === 1 ? 'nothing' : `{{#${current.name}}}`}`);
      open.pop();
    } else {
      current.children.push({ kind: 'value', name });
    }
  }
  if (open.length > 1) throw new Error(`mail template ${template}: {{#${open[open.length - 1].name}}} is not closed`);
  if (last < source.length) root.push({ kind: 'text', text: source.slice(last) });
  return root;
}

function lookup(name: string, scopes: readonly TemplateValue[]): TemplateValue {
  if (name === '.') return scopes[scopes.length - 1];
  const [first, ...rest] = name.split('.');
  for (let index = scopes.length - 1; index >= 0; index -= 1) {
    const scope = scopes[index];
    if (isView(scope) && first in scope) {
      let value: TemplateValue = scope[first];
      for (const part of rest) value = isView(value) ? value[part] : undefined;
      return value;
    }
  }
  return undefined;
}

function isView(value: TemplateValue): value is TemplateView {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: TemplateValue): boolean {
  return value === undefined || value === null || value === false || value === '' || (Array.isArray(value) && value.length === 0);
}

function renderNodes(nodes: readonly Node[], scopes: readonly TemplateValue[], escape: (text: string) => string): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'value') {
      const value = lookup(node.name, scopes);
      if (!isEmpty(value) && !isView(value) && !Array.isArray(value)) out += escape(String(value));
    } else {
      const value = lookup(node.name, scopes);
      if (node.inverted) {
        if (isEmpty(value)) out += renderNodes(node.children, scopes, escape);
      } else if (Array.isArray(value)) {
        for (const element of value as readonly TemplateValue[]) out += renderNodes(node.children, [...scopes, element], escape);
      } else if (!isEmpty(value)) {
        out += renderNodes(node.children, [...scopes, value], escape);
      }
    }
  }
  return out;
}
