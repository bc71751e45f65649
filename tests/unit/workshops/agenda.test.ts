import { describe, expect, it } from 'vitest';
import { agendaItems, plannedAgenda, plannedTotal, WORKSHOP_MINUTES } from '../../../electron/api/agenda';
import type { AgendaRow } from '../../../electron/api/library';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();

async function guideRows(): Promise<AgendaRow[]> {
  cores.start();
  const guide = await cores.call('library.document', { language: 'en', id: 'w1' });
  return guide.blocks.flatMap((b) => (b.type === 'agenda' ? b.rows : []));
}

describe('the agenda a workshop follows', () => {
  it('is the guide’s own while nothing was adapted, and stores back as the same blocks', async () => {
    const guide = await guideRows();
    const rows = plannedAgenda(guide, []);
    expect(rows.map((r) => [r.id, r.title, r.minutes, r.start])).toEqual(guide.map((g) => [g.id, g.title, g.minutes, g.start]));
    expect(plannedTotal(rows)).toBe(WORKSHOP_MINUTES);
    expect(agendaItems(rows)).toEqual(guide.map((g) => ({ blockId: g.id, title: '', plannedMinutes: g.minutes, actualMinutes: null })));
  });

  it('follows the adapted order and minutes, keeps the guide’s notes and worksheet, and numbers added blocks', async () => {
    const guide = await guideRows();
    const withSheet = guide.find((g) => g.worksheet)!;
    const rows = plannedAgenda(guide, [
      { blockId: withSheet.id, title: '', plannedMinutes: 25, actualMinutes: 30 },
      { blockId: null, title: 'Tour of the bakery', plannedMinutes: 20, actualMinutes: null },
      { blockId: guide[0]!.id, title: 'Coffee and welcome', plannedMinutes: 5, actualMinutes: null },
      { blockId: null, title: 'Questions', plannedMinutes: 10, actualMinutes: null },
    ]);
    expect(rows.map((r) => [r.id, r.title, r.minutes, r.start])).toEqual([
      [withSheet.id, withSheet.title, 25, 0],
      ['added-1', 'Tour of the bakery', 20, 25],
      [guide[0]!.id, 'Coffee and welcome', 5, 45],
      ['added-2', 'Questions', 10, 50],
    ]);
    expect(rows[0]).toMatchObject({ worksheet: withSheet.worksheet, facilitator: withSheet.facilitator, actualMinutes: 30 });
    expect(rows[1]).toMatchObject({ blockId: null, kind: 'work', facilitator: [], worksheet: null });
    expect(plannedTotal(rows)).toBe(60);
    // Renamed guide blocks keep their own title; the rest keep the guide's (in any language).
    expect(agendaItems(rows, (id) => (id === 'added-1' ? 22 : null))).toEqual([
      { blockId: withSheet.id, title: '', plannedMinutes: 25, actualMinutes: null },
      { blockId: null, title: 'Tour of the bakery', plannedMinutes: 20, actualMinutes: 22 },
      { blockId: guide[0]!.id, title: 'Coffee and welcome', plannedMinutes: 5, actualMinutes: null },
      { blockId: null, title: 'Questions', plannedMinutes: 10, actualMinutes: null },
    ]);
  });

  it('gives a guide block used twice two different row ids', async () => {
    const guide = await guideRows();
    const id = guide[1]!.id;
    const rows = plannedAgenda(guide, [
      { blockId: id, title: '', plannedMinutes: 10, actualMinutes: null },
      { blockId: id, title: '', plannedMinutes: 10, actualMinutes: null },
    ]);
    expect(rows.map((r) => r.id)).toEqual([id, `${id}-2`]);
  });
});
