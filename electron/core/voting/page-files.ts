import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../api/result';
import { contentType } from '../static-files';

export interface PageFile {
  body: Buffer;
  type: string;
}

/** The participant page's entry in the renderer build. */
export const PAGE = 'vote.html';

/**
 * The participant page and exactly the built files it loads, read into memory when a round
 * opens: the voting server answers from this map and never turns a request path into a file
 * path, so nothing else of the app (the facilitator's page, its scripts) can be reached.
 */
export function loadPageFiles(rendererDir: string): Map<string, PageFile> {
  const page = path.join(rendererDir, PAGE);
  if (!fs.existsSync(page)) throw new AppFailure('not_found', `The participant page is not built (${PAGE} missing)`);
  const files = new Map<string, PageFile>([[PAGE, { body: fs.readFileSync(page), type: contentType(page) }]]);
  const pending = references(files.get(PAGE)!.body.toString('utf8'), '');
  while (pending.length) {
    const name = pending.pop()!;
    if (files.has(name)) continue;
    const file = path.join(rendererDir, ...name.split('/'));
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    files.set(name, { body, type: contentType(file) });
    if (/\.(js|css)$/.test(name)) pending.push(...references(body.toString('utf8'), 'assets/'));
  }
  return files;
}

/** assets/… paths a built file mentions (Vite writes chunks as "./x.js" inside assets/, as "./assets/x.js" in the page). */
function references(text: string, folder: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/["'`(](?:\.\/|\/)?(assets\/[\w.-]+)["'`)]/g)) out.push(m[1]!);
  if (folder) for (const m of text.matchAll(/["'`(]\.\/([\w.-]+\.(?:js|css|json|svg|woff2?))["'`)]/g)) out.push(`${folder}${m[1]!}`);
  return out;
}
