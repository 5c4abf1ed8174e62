/**
 * The CommonMark spec's own examples as a measure of where the recogniser reads prose. In each example that holds
 * `foo` (any case), `foo` becomes a name the fixture knowledge base knows (`trotsky`, case kept: `Foo` →
 * `Trotsky`, `FOO` → `TROTSKY`, so that reference labels still match as they did), in the Markdown and in the
 * spec's HTML alike. The HTML says which occurrences are prose: those in text nodes, outside `<code>`, `<pre>`,
 * `<script>`, `<style>` and `<textarea>`, and outside attribute values and tags; link text and image alt text
 * count as prose. A URL is never prose, whether CommonMark links it or not (a word holding `://`, `www.` or
 * `@`, or a link whose text is its destination).
 * An example agrees when the recogniser finds as many mentions of the name as the HTML has prose occurrences.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

const spec = require('commonmark-spec') as { tests: SpecExample[] };

export interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

export const NAME_ID = 'leon-trotsky';

function replaceFoo(s: string): string {
  return s.replace(/foo/gi, (m) => (m === 'Foo' ? 'Trotsky' : m === 'FOO' ? 'TROTSKY' : 'trotsky'));
}

/** The examples whose Markdown holds the word, with `foo` replaced. */
export function specExamples(): SpecExample[] {
  return spec.tests
    .filter((t) => /foo/i.test(t.markdown))
    .map((t) => ({
      ...t,
      markdown: replaceFoo(t.markdown.replace(/→/g, '\t')),
      html: replaceFoo(t.html.replace(/→/g, '\t')),
    }));
}

const OCCURRENCE = /(?<![\p{L}\p{N}])trotskys?(?![\p{L}\p{N}])/giu;
const URL_WORD = /\S*(?::\/\/|www\.|@)\S*/g;
const NOT_PROSE = new Set(['code', 'pre', 'script', 'style', 'textarea']);

function countIn(text: string): number {
  return (text.replace(URL_WORD, ' ').match(OCCURRENCE) ?? []).length;
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A link whose text is its destination: an autolink, a URL (`<localhost:5001/x>`, `<a@b.c>`). */
function isAutolink(href: string, text: string): boolean {
  let decoded = href;
  try {
    decoded = decodeURI(href);
  } catch {
    // keep it as written
  }
  return text === href || text === decoded || `mailto:${text}` === href || `mailto:${text}` === decoded;
}

/** How many occurrences of the name the spec's HTML shows as prose. */
export function expectedProseCount(html: string): number {
  let n = 0;
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') n += countIn(node.data);
      else if (node.type === 'tag' && node.name === 'img') n += countIn(node.attribs.alt ?? '');
      else if (node.type === 'tag' && node.name === 'a' && isAutolink(node.attribs.href ?? '', textOf(node))) continue;
      else if ((node.type === 'tag' || node.type === 'script' || node.type === 'style') && !NOT_PROSE.has(node.name))
        walk(node.children);
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  return n;
}

export interface Agreement {
  total: number;
  agreed: number;
  disagreements: { number: number; section: string; markdown: string; expected: number; found: number }[];
}

/** Runs every example through `count` (mentions of NAME_ID in a note) and compares with the HTML. */
export function specAgreement(count: (markdown: string) => number): Agreement {
  const out: Agreement = { total: 0, agreed: 0, disagreements: [] };
  for (const ex of specExamples()) {
    const expected = expectedProseCount(ex.html);
    const found = count(ex.markdown);
    out.total++;
    if (expected === found) out.agreed++;
    else out.disagreements.push({ number: ex.number, section: ex.section, markdown: ex.markdown, expected, found });
  }
  return out;
}
