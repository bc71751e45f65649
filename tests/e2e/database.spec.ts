import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('a damaged database is explained and left untouched', async ({ app: page, host }) => {
  const file = path.join(host.dataDir, 'socialsme.sqlite');
  await host.stop();
  for (const extra of ['-wal', '-shm']) fs.rmSync(file + extra, { force: true });
  fs.writeFileSync(file, 'not a database at all; perhaps a USB stick was pulled out '.repeat(100));
  const before = hash(file);
  await host.start();
  await page.goto(host.url);
  await expect(page.getByRole('alert')).toContainText('The case files cannot be opened');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByRole('alert')).toContainText(host.dataDir);
  expect(hash(file)).toBe(before);
});
