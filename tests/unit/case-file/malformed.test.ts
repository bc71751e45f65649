import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseFileDocument } from '../../../electron/api/case-file';
import { CASE_FILE_PROBLEMS } from '../../../electron/api/result';
import { exportDocument, serialize } from '../../../electron/core/case-file/document';
import { seal } from '../../../electron/core/case-file/sealed';
import type { Db } from '../../../electron/core/db/open';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const meta = { appVersion: 't', language: 'en' as const };
/** A cheap scrypt cost, so a hundred files are checked in seconds; the format is the same. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

/** Everything the facilitator could lose: every case file, and what the connection has written so far. */
function fingerprint(db: Db, dataDir: string) {
  return {
    state: { ...exportDocument(db, 'all', meta), createdAt: '' },
    writes: (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
    backups: fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).sort() : [],
  };
}

/** A hundred files a facilitator might pick by mistake or receive damaged, each with the refusal it must get. */
function malformedFiles(doc: CaseFileDocument): { label: string; bytes: Buffer; passphrase?: string; code?: string }[] {
  const good = serialize(doc);
  const edit = (label: string, change: (d: CaseFileDocument & Record<string, unknown>) => void) => {
    const d = structuredClone(doc) as CaseFileDocument & Record<string, unknown>;
    change(d);
    return { label, bytes: serialize(d), code: label.startsWith('newer') ? 'case_file_newer' : 'case_file_invalid' };
  };
  const files: { label: string; bytes: Buffer; passphrase?: string; code?: string }[] = [];
  // 19 random byte strings of growing length.
  for (let i = 0; i < 19; i++) files.push({ label: `random ${i}`, bytes: randomBytes(1 + i * 997) });
  // 20 cuts of a good file (a copy interrupted on the way).
  for (let i = 0; i < 20; i++) files.push({ label: `truncated ${i}`, bytes: good.subarray(0, Math.floor((good.length * (i + 0.5)) / 20) - 2), code: 'case_file_damaged' });
  // 6 JSON files of something else.
  for (const [i, other] of ['[]', 'null', '42', '{"hello":"world"}', '{"format":"another-app","formatVersion":1}', '"socialsme-case-file"'].entries()) {
    files.push({ label: `foreign ${i}`, bytes: Buffer.from(other), code: 'case_file_foreign' });
  }
  // 4 newer (or unknown) format versions.
  files.push(edit('newer 2', (d) => ((d as { formatVersion: number }).formatVersion = 2)));
  files.push(edit('newer 99', (d) => ((d as { formatVersion: number }).formatVersion = 99)));
  files.push(edit('version 0', (d) => ((d as { formatVersion: number }).formatVersion = 0)));
  files.push(edit('version as text', (d) => ((d as { formatVersion: unknown }).formatVersion = '1')));
  // 10 protected files opened with the wrong passphrase, 10 with a changed byte.
  const sealed = seal(good, 'correct horse battery staple', CHEAP);
  for (let i = 0; i < 10; i++) files.push({ label: `wrong passphrase ${i}`, bytes: sealed, passphrase: `guess ${i}`, code: 'case_file_wrong_passphrase' });
  const headerEnd = sealed.indexOf(0x0a, 8);
  for (let i = 0; i < 10; i++) {
    const t = Buffer.from(sealed);
    // Bytes of the ciphertext, its last byte, and characters of the header's salt, iv and tag.
    const at = i < 7 ? headerEnd + 1 + Math.floor(((t.length - headerEnd - 2) * i) / 6) : sealed.indexOf(['"salt":"', '"iv":"', '"tag":"'][i - 7]!) + 12;
    t[at] = t[at]! ^ (at > headerEnd ? 0x01 : 0x02);
    files.push({ label: `tampered ${i}`, bytes: t, passphrase: 'correct horse battery staple', code: 'case_file_tampered' });
  }
  // 29 schema violations and inconsistencies.
  const f = (d: CaseFileDocument) => d.caseFiles[0]!;
  files.push(
    edit('invalid no sme', (d) => delete (f(d) as unknown as Record<string, unknown>).sme),
    edit('invalid sme id not a uuid', (d) => (f(d).sme.id = 'bakery')),
    edit('invalid sme name a number', (d) => ((f(d).sme as Record<string, unknown>).name = 7)),
    edit('invalid country of three letters', (d) => (f(d).sme.country = 'LTU')),
    edit('invalid employees a fraction', (d) => (f(d).sme.employees = 2.5)),
    edit('invalid archived 2', (d) => ((f(d).sme as Record<string, unknown>).archived = 2)),
    edit('invalid created-at not a date', (d) => (f(d).sme.createdAt = 'yesterday')),
    edit('invalid extra top field', (d) => (d.extra = true)),
    edit('invalid extra row field', (d) => ((f(d).contacts[0] as Record<string, unknown>).shoeSize = 42)),
    edit('invalid no language', (d) => delete (d as Partial<CaseFileDocument>).language),
    edit('invalid unknown language', (d) => ((d as Record<string, unknown>).language = 'xx')),
    edit('invalid case files not a list', (d) => ((d as Record<string, unknown>).caseFiles = {})),
    edit('invalid contacts not a list', (d) => ((f(d) as Record<string, unknown>).contacts = 'none')),
    edit('invalid process language', (d) => ((f(d).processes[0] as Record<string, unknown>).language = 'klingon')),
    edit('invalid start date', (d) => (f(d).processes[0]!.startDate = '2026-02-30')),
    edit('invalid workshop planned-at', (d) => ((f(d).workshops[0] as Record<string, unknown>).plannedAt = 12)),
    edit('invalid score a string', (d) => ((f(d).scores[0] as Record<string, unknown>).score = 'high')),
    edit('invalid measurement value missing', (d) => delete (f(d).measurements[0] as Record<string, unknown>).value),
    edit('invalid cost as text', (d) => ((f(d).activities[0] as Record<string, unknown>).cost = '100 EUR')),
    edit('invalid huge text', (d) => (f(d).sme.name = 'x'.repeat(5000))),
    edit('invalid contact of another sme', (d) => (f(d).contacts[0]!.smeId = '00000000-0000-4000-8000-000000000009')),
    edit('invalid workshop of a missing process', (d) => (f(d).workshops[0]!.processId = '00000000-0000-4000-8000-000000000009')),
    edit('invalid measurement of a missing indicator', (d) => (f(d).measurements[0]!.indicatorId = '00000000-0000-4000-8000-000000000009')),
    edit('invalid link to a missing objective', (d) => (f(d).objectiveLinks[0]!.effectId = '00000000-0000-4000-8000-000000000009')),
    edit('invalid activity of a missing objective', (d) => (f(d).activities[0]!.objectiveId = '00000000-0000-4000-8000-000000000009')),
    edit('invalid duplicate contact id', (d) => (f(d).contacts[1] = { ...f(d).contacts[1]!, id: f(d).contacts[0]!.id })),
    edit('invalid duplicate sme in one file', (d) => d.caseFiles.push(structuredClone(f(d)))),
    edit('invalid participant contact missing', (d) => (f(d).participants.find((p) => p.contactId)!.contactId = '00000000-0000-4000-8000-000000000009')),
    edit('invalid no case files', (d) => (d.caseFiles = [])),
  );
  // A valid document that is not UTF-8, and 50 MB of junk.
  files.push({ label: 'latin-1 bytes', bytes: Buffer.concat([good.subarray(0, 200), Buffer.from([0xe9, 0xff]), good.subarray(200)]), code: 'case_file_damaged' });
  files.push({ label: '50 MB of junk', bytes: Buffer.alloc(50 * 1024 * 1024, 'x'), code: 'case_file_damaged' });
  return files;
}

describe('malformed case files', () => {
  it('a hundred of them are each refused with their own code and nothing is written', async () => {
    const core = cores.start();
    await cores.call('examples.load', {});
    const { processId } = await cores.call('examples.load', {});
    await cores.call('processes.nextCycle', { id: processId, title: 'Next', startDate: '2099-01-10' });
    const doc = exportDocument(core.db!, 'all', meta);
    const files = malformedFiles(doc);
    expect(files).toHaveLength(100);
    const before = fingerprint(core.db!, core.dataDir);
    for (const file of files) {
      const base64 = file.bytes.toString('base64');
      // Preview and import both refuse, each SME in the file chosen to be replaced (the harshest choice).
      for (const channel of ['caseFiles.preview', 'caseFiles.import'] as const) {
        // A file with no case file is readable: its preview shows it empty, its import is refused.
        if (channel === 'caseFiles.preview' && file.label === 'invalid no case files') continue;
        const payload = channel === 'caseFiles.import' ? { base64, passphrase: file.passphrase, conflicts: 'replace' } : { base64, passphrase: file.passphrase };
        const r = await core.dispatch(channel, payload);
        expect(r.ok, `${file.label} (${channel})`).toBe(false);
        if (r.ok) continue;
        expect(CASE_FILE_PROBLEMS as readonly string[], file.label).toContain(r.error.code);
        if (file.code) expect(r.error.code, file.label).toBe(file.code);
      }
    }
    expect(fingerprint(core.db!, core.dataDir)).toEqual(before);
  }, 120_000);
});
