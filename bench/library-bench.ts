import path from 'node:path';
import { blocksText } from '../electron/api/library';
import { appRoot } from '../electron/core/app-root';
import { ContentLibrary } from '../electron/core/library/library';
import { ms, timeEach } from './stats';

/** Library search over the whole English package, words a facilitator would look up, typed. */
export async function benchLibrarySearch(): Promise<void> {
  const library = new ContentLibrary(path.join(appRoot(), 'content'));
  const start = performance.now();
  const documents = library.documents('en');
  library.search('en', 'warm up'); // builds the index
  const loadMs = performance.now() - start;
  const words = documents.map((d) => blocksText(d.blocks)).join(' ').split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w));
  const queries: string[] = [];
  for (let i = 0; queries.length < 200; i += 37) {
    const word = words[i % words.length]!.toLowerCase();
    for (let n = 3; n <= Math.min(word.length, 8) && queries.length < 200; n++) queries.push(word.slice(0, n));
  }
  const timing = await timeEach(queries, (q) => library.search('en', q, 20));
  console.log(`\nLibrary search, ${queries.length} typed queries over the English package (${words.length} words of 5+ letters):`);
  console.log(`  load + index: ${ms(loadMs)}   p50 ${ms(timing.p50)}   p95 ${ms(timing.p95)}   max ${ms(timing.max)}   (target p95 < 10 ms)`);
  library.close();
}
