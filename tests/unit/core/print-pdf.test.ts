import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const PDF = Buffer.from('%PDF-1.3\n% a tiny stand-in\n%%EOF\n');

describe('printing a PDF in the desktop app', () => {
  it('writes the file into print/ in the data folder and hands it to the system viewer, replacing the one before', async () => {
    const opened: string[] = [];
    const core = cores.start({ openFile: async (file) => (opened.push(file), '') });
    await cores.call('app.printPdf', { fileName: 'Minutes: workshop 1 / Šilo duona.pdf', base64: PDF.toString('base64') });
    await cores.call('app.printPdf', { fileName: 'Strategy.pdf', base64: PDF.toString('base64') });
    expect(opened.map((f) => path.relative(core.dataDir, f))).toEqual([path.join('print', 'Minutes workshop 1 Šilo duona.pdf'), path.join('print', 'Strategy.pdf')]);
    expect(fs.readdirSync(path.join(core.dataDir, 'print'))).toEqual(['Strategy.pdf']);
    expect(fs.readFileSync(opened[1]!)).toEqual(PDF);
  });

  it('refuses what is not a PDF, and says so when the system cannot open the file', async () => {
    cores.start({ openFile: async () => 'No application knows how to open this file' });
    const notPdf = await cores.get().dispatch('app.printPdf', { fileName: 'x.pdf', base64: Buffer.from('<html>').toString('base64') });
    expect(!notPdf.ok && notPdf.error.code).toBe('bad_request');
    const failed = await cores.get().dispatch('app.printPdf', { fileName: 'x.pdf', base64: PDF.toString('base64') });
    expect(!failed.ok && failed.error.code).toBe('internal');
  });

  it('is refused in the browser host, which prints through the browser', async () => {
    cores.start();
    const r = await cores.get().dispatch('app.printPdf', { fileName: 'x.pdf', base64: PDF.toString('base64') });
    expect(!r.ok && r.error.code).toBe('bad_request');
  });
});
