import { describe, expect, it } from 'vitest';
import type { CaseFileDocument } from '../../../electron/api/case-file';
import { exportDocument, importDocument, parseDocument, serialize } from '../../../electron/core/case-file/document';
import type { Db } from '../../../electron/core/db/open';
import { openDatabase } from '../../../electron/core/db/open';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const meta = { appVersion: '0.0.0-test', language: 'en' as const };
const withoutStamp = (doc: CaseFileDocument) => ({ ...doc, createdAt: '' });
const count = (db: Db, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The example bakery exported from a real core, plus a next cycle so that a process points to the one before. */
async function exampleDocument() {
  const core = cores.start();
  const { smeId, processId } = await cores.call('examples.load', {});
  await cores.call('processes.nextCycle', { id: processId, title: 'Second cycle', startDate: '2099-01-10' });
  return { doc: exportDocument(core.db!, [smeId], meta), smeId, db: core.db! };
}

describe('the case-file document', () => {
  it('round trip: the example exported, imported into an empty database and exported again is the same document', async () => {
    const { doc } = await exampleDocument();
    const file = doc.caseFiles[0]!;
    // Every part of the case file is there, so the comparison below compares something.
    for (const table of ['contacts', 'energyYears', 'processes', 'workshops', 'participants', 'agenda', 'answers', 'homework', 'evaluations', 'scores',
      'evaluationParticipants', 'evaluationParticipantScores', 'stakeholders', 'objectives', 'objectiveLinks', 'activities', 'indicators',
      'indicatorDatapoints', 'measurements', 'reviews', 'strategies', 'standardTags'] as const) {
      expect(file[table].length, table).toBeGreaterThan(0);
    }
    expect(file.sme.legalForm).not.toBe('');
    expect(file.indicators.some((i) => i.keep === 'at_least')).toBe(true);
    expect(file.processes.some((p) => p.previousId === file.processes[0]!.id)).toBe(true);

    const empty = openDatabase(':memory:');
    const outcome = importDocument(empty, parseDocument(serialize(doc)));
    expect(outcome.imported).toEqual([{ id: file.sme.id, name: file.sme.name, as: 'new' }]);
    const again = exportDocument(empty, 'all', meta);
    expect(withoutStamp(again)).toEqual(withoutStamp(doc));
    // The derived search columns are rebuilt, so the imported SME is found by a contact's name.
    const found = empty.prepare("SELECT id FROM smes WHERE instr(search_folded, 'jankauskiene') > 0").all();
    expect(found).toHaveLength(1);
    empty.close();
  });

  it('an SME that exists already is kept both ways (copy), replaced, or skipped, as chosen', async () => {
    const { doc, smeId, db } = await exampleDocument();
    const smes = count(db, 'smes');
    const activities = count(db, 'activities');

    expect(importDocument(db, doc, { conflicts: 'skip' })).toMatchObject({ imported: [], skipped: [smeId] });
    expect(count(db, 'activities')).toBe(activities);

    const copied = importDocument(db, doc, { choices: { [smeId]: 'copy' } });
    expect(copied.imported[0]!.as).toBe('copy');
    expect(copied.imported[0]!.id).not.toBe(smeId);
    expect(count(db, 'smes')).toBe(smes + 1);
    expect(count(db, 'activities')).toBe(activities * 2);
    // The copy is the same case file under new ids.
    const copy = exportDocument(db, [copied.imported[0]!.id], meta).caseFiles[0]!;
    expect(copy.activities.map((a) => a.title)).toEqual(doc.caseFiles[0]!.activities.map((a) => a.title));
    expect(copy.activities.map((a) => a.id).some((id) => doc.caseFiles[0]!.activities.some((b) => b.id === id))).toBe(false);
    // Tags, the datapoint and participants' own scores point at the copy's records, not the original's.
    const own = new Set([...copy.objectives, ...copy.activities, ...copy.indicators].map((r) => r.id));
    expect(copy.standardTags.length).toBe(doc.caseFiles[0]!.standardTags.length);
    for (const tag of copy.standardTags) expect(own.has(tag.recordId), tag.code).toBe(true);
    // The example's datapoint, and the one its next cycle carried forward.
    expect(copy.indicatorDatapoints.map((d) => own.has(d.indicatorId))).toEqual([true, true]);
    const participants = new Set(copy.evaluationParticipants.map((p) => p.id));
    expect(copy.evaluationParticipantScores.length).toBe(doc.caseFiles[0]!.evaluationParticipantScores.length);
    for (const score of copy.evaluationParticipantScores) expect(participants.has(score.participantId)).toBe(true);

    // Replace: our later change is gone, the file's version is back; the copy stays.
    db.prepare("UPDATE smes SET name = 'Changed here' WHERE id = ?").run(smeId);
    let backedUp = 0;
    const replaced = importDocument(db, doc, { conflicts: 'replace', backUp: () => `backup-${++backedUp}` });
    expect(replaced).toMatchObject({ imported: [{ id: smeId, as: 'replace' }], backup: 'backup-1' });
    expect(withoutStamp(exportDocument(db, [smeId], meta))).toEqual(withoutStamp(doc));
    expect(count(db, 'smes')).toBe(smes + 1);
  });

  it('a file whose rows clash with records of another SME is refused whole, nothing written', async () => {
    const { doc, db } = await exampleDocument();
    const other = structuredClone(doc);
    // A different SME id, but the same process ids as the SME already here.
    const file = other.caseFiles[0]!;
    const newSme = '00000000-0000-4000-8000-000000000001';
    file.sme.id = newSme;
    for (const c of file.contacts) c.smeId = newSme;
    for (const p of file.processes) p.smeId = newSme;
    const before = count(db, 'smes');
    expect(() => importDocument(db, parseDocument(serialize(other)))).toThrow(expect.objectContaining({ code: 'case_file_invalid' }));
    expect(count(db, 'smes')).toBe(before);
  });

  it('a tag that names an objective but points at an activity is refused before anything is written', async () => {
    const { doc } = await exampleDocument();
    const other = structuredClone(doc);
    const file = other.caseFiles[0]!;
    const tag = file.standardTags.find((t) => t.recordKind === 'objective')!;
    tag.recordId = file.activities[0]!.id;
    expect(() => parseDocument(serialize(other))).toThrow(expect.objectContaining({ code: 'case_file_invalid', message: expect.stringContaining('standardTags') }));
  });
});
