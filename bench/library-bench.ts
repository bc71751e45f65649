import path from 'node:path';
import { blocksText } from '../electron/api/library';
import { appRoot } from '../electron/core/app-root';
import { ContentLibrary } from '../electron/core/library/library';
import { ms, timeEach } from './stats';

/** Library search over each package present (English first), words a facilitator would look up, typed. */
export async function benchLibrarySearch(): Promise<void> {
  const library = new ContentLibrary(path.join(appRoot(), 'content'));
  const languages = ['en', ...library.languages().filter((l) => l !== 'en')];
  console.log('\nLibrary search, 200 typed queries (3 to 8 letters of words of the package) per language (target p95 < 10 ms):');
  for (const lng of languages) {
    const start = performance.now();
    const documents = library.documents(lng);
    library.search(lng, 'warm up'); // builds the index
    const loadMs = performance.now() - start;
    const words = documents.map((d) => blocksText(d.blocks)).join(' ').split(/\s+/).filter((w) => /^\p{L}{5,}$/u.test(w));
    const queries: string[] = [];
    for (let i = 0; queries.length < 200; i += 37) {
      const word = words[i % words.length]!.toLocaleLowerCase(lng);
      for (let n = 3; n <= Math.min(word.length, 8) && queries.length < 200; n++) queries.push(word.slice(0, n));
    }
    const timing = await timeEach(queries, (q) => library.search(lng, q, 20));
    console.log(`  ${lng}: load + index ${ms(loadMs)}   p50 ${ms(timing.p50)}   p95 ${ms(timing.p95)}   max ${ms(timing.max)}   (${words.length} words of 5+ letters)`);
  }
  library.close();
}
