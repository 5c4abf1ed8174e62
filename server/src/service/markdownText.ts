/**
 * Building the Markdown the editor shows. Every string from a note or a knowledge base file is escaped: no raw
 * HTML, no link that is not an https URL, so nothing in a fact card can run a command.
 */

/** Escapes Markdown and HTML syntax in plain text. */
export function escapeMd(text: string): string {
  // Inline markup only: links need an unescaped `]`, HTML an unescaped `<`, emphasis `*` or `_`. The text never
  // starts a line of the card, so list and heading markers need nothing.
  return text.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** A link to an https source; anything else is shown as escaped text. */
export function sourceLink(url: string, title?: string): string {
  if (!/^https?:\/\/[^\s()<>]+$/.test(url)) return escapeMd(title ?? url);
  let label = title;
  if (!label) {
    try {
      label = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      label = url;
    }
  }
  return `[${escapeMd(label)}](${url})`;
}

/** The title of a page from its URL, for a short source label: `en.wikipedia.org › Leon Trotsky`. */
export function sourceTitle(url: string): string {
  try {
    const u = new URL(url);
    const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '').replace(/_/g, ' ');
    return last ? `${u.hostname.replace(/^www\./, '')} › ${last}` : u.hostname;
  } catch {
    return url;
  }
}
