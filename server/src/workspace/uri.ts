/**
 * File paths as URIs, without Node: what `url.pathToFileURL(path).href` gives for an absolute POSIX path or a
 * Windows drive path, so that the service (which runs where there is no `url` module) can name a knowledge base
 * file. The Node-only adapters use Node's own conversions (nodeWorkspace.ts).
 */

/** The `file:` URI of an absolute path. */
export function fileUri(path: string): string {
  const windows = /^[A-Za-z]:[\\/]/.test(path);
  let p = windows ? '/' + path.replace(/\\/g, '/') : path;
  // As Node escapes them before the URL parser sees the path: a per cent sign, a POSIX backslash, controls.
  p = p.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  if (!windows) p = p.replace(/\\/g, '%5C');
  const url = new URL('file:///');
  url.pathname = p;
  return url.href;
}
