import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NaceText } from '../../../electron/api/nace';
import { NACE_SECTIONS, readSector, sectorLabel, sectorMatches, sectorOptions, sectorValue } from '../../../electron/api/nace';
import { LANGUAGES } from '../../../electron/api/languages';
import { sectorNames } from '../../../electron/core/smes/sector-names';
import { coreForEachTest } from '../../helpers/core';

const nace = (lng: string) => JSON.parse(fs.readFileSync(path.join('locales', lng, 'nace.json'), 'utf8')) as NaceText;
/** The options a search in `lng` leaves, by stored value. */
const found = (lng: string, query: string) => sectorOptions(nace(lng)).filter((o) => sectorMatches(o.searchText, query)).map((o) => o.value);

describe('NACE Rev. 2.1', () => {
  it('has the 22 sections and 87 divisions of the regulation, each titled in every language', () => {
    const divisions = NACE_SECTIONS.flatMap((s) => s.divisions);
    expect(NACE_SECTIONS.map((s) => s.section).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUV');
    expect(divisions).toHaveLength(87);
    expect(new Set(divisions).size).toBe(87);
    // Rev. 2.1 dropped division 45 (motor trade, now in 46 and 47) and 44 never existed.
    expect(divisions).not.toContain('45');
    for (const lng of LANGUAGES) {
      const text = nace(lng);
      expect(Object.keys(text.sections).sort(), lng).toEqual(NACE_SECTIONS.map((s) => s.section));
      expect(Object.keys(text.divisions).sort(), lng).toEqual([...divisions].sort());
      expect(Object.keys(text.words).every((d) => divisions.includes(d)), lng).toBe(true);
    }
  });

  it('finds a trade by an everyday word in the interface language, and nothing for nonsense', () => {
    expect(found('en', 'bake')).toEqual([sectorValue('10')]);
    expect(sectorLabel(sectorValue('10'), sectorNames('en'))).toBe('10 · Manufacture of food products');
    expect(found('lt', 'kepykl')).toEqual([sectorValue('10')]);
    expect(found('el', 'αρτοποιειο')).toEqual([sectorValue('10')]);
    // Words of the title and codes work too, accents and case ignored.
    expect(found('pl', 'spożywczych')).toEqual([sectorValue('10')]);
    expect(found('en', 'hotel')).toEqual([sectorValue('55')]);
    expect(found('en', 'qwxz')).toEqual([]);
  });

  it('keeps a NACE Rev. 2 section readable, marked as Rev. 2, because its letters mean other things in Rev. 2.1', () => {
    expect(readSector('L')).toEqual({ revision: '2', level: 'section', code: 'L', section: 'L' });
    expect(readSector(sectorValue('L'))).toEqual({ revision: '2.1', level: 'section', code: 'L', section: 'L' });
    expect(readSector(sectorValue('95'))).toEqual({ revision: '2.1', level: 'division', code: '95', section: 'T' });
    expect(readSector('V')).toBeNull();
    expect(readSector(sectorValue('45'))).toBeNull();
    expect(sectorLabel('L', sectorNames('en'))).toBe('L · Real estate activities (NACE Rev. 2)');
    expect(sectorLabel(sectorValue('L'), sectorNames('en'))).toBe('L · Financial and insurance activities');
    expect(sectorLabel('C', sectorNames('lt'))).toBe('C · Apdirbamoji gamyba (EVRK 2 red.)');
  });
});

describe('the sector of an SME', () => {
  const cores = coreForEachTest();

  it('takes a Rev. 2.1 division or section, keeps a Rev. 2 section, and refuses anything else without creating the SME', async () => {
    cores.start();
    const bakery = await cores.call('smes.create', { name: 'Kepykla Rūta', country: 'LT', sector: sectorValue('10') });
    expect(bakery.sector).toBe('2.1:10');
    const older = await cores.call('smes.create', { name: 'Senoji kepykla', country: 'LT', sector: 'C' });
    expect((await cores.call('smes.get', { id: older.id })).sector).toBe('C');
    expect(await cores.issues('smes.create', { name: 'Bad sector', country: 'LT', sector: '2.1:45' })).toEqual({ sector: 'invalid_choice' });
    expect(await cores.issues('smes.create', { name: 'Bad sector', country: 'LT', sector: 'Bakery' })).toEqual({ sector: 'invalid_choice' });
    expect((await cores.call('smes.list', {})).items.map((s) => s.name).sort()).toEqual(['Kepykla Rūta', 'Senoji kepykla']);
  });
});
