import type { Request } from '../../../electron/api/contract';
import { describe, expect, it } from 'vitest';
import type { SmePage } from '../../../electron/api/smes';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const call = cores.call;
const create = (data: Partial<Request<'smes.create'>> & { name: string }) => call('smes.create', { country: 'LT', ...data });
const list = (query: Request<'smes.list'> = {}) => call('smes.list', query);
const names = (page: SmePage) => page.items.map((s) => s.name);

describe('SME register', () => {
  it('creates an SME with contacts, derives the size class and reads it back', async () => {
    cores.start();
    const sme = await create({
      name: '  Kepykla Šiaulių duona ',
      city: 'Šiauliai',
      sector: 'C',
      employees: 12,
      founded: 1998,
      website: 'www.duona.lt',
      contacts: [{ name: 'Rūta Petrauskienė', role: 'Owner', email: 'ruta@duona.lt', phone: '+370 600 12345' }],
    });
    expect(sme.name).toBe('Kepykla Šiaulių duona');
    expect(sme.sizeClass).toBe('small');
    const again = await call('smes.get', { id: sme.id });
    expect(again.contacts).toEqual([expect.objectContaining({ name: 'Rūta Petrauskienė', email: 'ruta@duona.lt' })]);
    expect(again.founded).toBe(1998);
  });

  it.each([
    [9, 'micro'],
    [10, 'small'],
    [49, 'small'],
    [50, 'medium'],
    [249, 'medium'],
    [250, 'large'],
  ])('%i employees is a %s enterprise', async (employees, size) => {
    cores.start();
    expect((await create({ name: 'X', employees })).sizeClass).toBe(size);
  });

  it('finds SMEs by name, city or contact, ignoring case and diacritics', async () => {
    cores.start();
    await create({ name: 'Šiaulių duona', city: 'Šiauliai' });
    await create({ name: 'Łódź Logistics', country: 'PL', city: 'Łódź' });
    await create({ name: 'Hotel Aurora', country: 'BG', city: 'Plovdiv', contacts: [{ name: 'Ζωή Παπαδοπούλου' }] });
    expect(names(await list({ text: 'siauliu' }))).toEqual(['Šiaulių duona']);
    expect(names(await list({ text: 'LODZ' }))).toEqual(['Łódź Logistics']);
    expect(names(await list({ text: 'plovdiv' }))).toEqual(['Hotel Aurora']);
    expect(names(await list({ text: 'ζωη' }))).toEqual(['Hotel Aurora']);
    expect(names(await list({ text: 'duona siau' }))).toEqual(['Šiaulių duona']);
    expect((await list({ text: 'nothing like this' })).total).toBe(0);
  });

  it('filters by country and size and sorts by name, folding diacritics', async () => {
    cores.start();
    await create({ name: 'Zeta', employees: 300 });
    await create({ name: 'Ąžuolas', employees: 5 });
    await create({ name: 'Beta', country: 'LV', employees: 20 });
    expect(names(await list())).toEqual(['Ąžuolas', 'Beta', 'Zeta']);
    expect(names(await list({ descending: true }))).toEqual(['Zeta', 'Beta', 'Ąžuolas']);
    expect(names(await list({ country: 'LV' }))).toEqual(['Beta']);
    expect(names(await list({ size: 'large' }))).toEqual(['Zeta']);
    expect(names(await list({ sort: 'employees' }))).toEqual(['Ąžuolas', 'Beta', 'Zeta']);
    const page = await list({ limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3 });
    expect(names(page)).toEqual(['Zeta']);
  });

  it('archives, trashes and restores without losing anything', async () => {
    cores.start();
    const sme = await create({ name: 'Family hotel', contacts: [{ name: 'Ana' }] });
    await call('smes.setArchived', { id: sme.id, archived: true });
    expect((await list()).total).toBe(0);
    expect(names(await list({ view: 'archived' }))).toEqual(['Family hotel']);
    await call('smes.trash', { id: sme.id });
    expect((await list({ view: 'all' })).total).toBe(0);
    expect(names(await list({ view: 'trash' }))).toEqual(['Family hotel']);
    const restored = await call('smes.restore', { id: sme.id });
    expect(restored).toMatchObject({ deletedAt: null, archived: true, contacts: [expect.objectContaining({ name: 'Ana' })] });
  });

  it('refuses to change an SME in the trash and purges only from the trash', async () => {
    cores.start();
    const sme = await create({ name: 'Carpentry' });
    const purgeActive = await cores.get().dispatch('smes.purge', { id: sme.id });
    expect(purgeActive).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await call('smes.trash', { id: sme.id });
    const update = await cores.get().dispatch('smes.update', { id: sme.id, data: { name: 'New', country: 'LT' } });
    expect(update).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect((await call('smes.get', { id: sme.id })).name).toBe('Carpentry');
    await call('smes.purge', { id: sme.id });
    expect(await cores.get().dispatch('smes.get', { id: sme.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps contact ids across edits but never takes over another SME’s contact', async () => {
    cores.start();
    const a = await create({ name: 'A', contacts: [{ name: 'Anna' }] });
    const b = await create({ name: 'B', contacts: [{ name: 'Bob' }] });
    const annaId = a.contacts[0]!.id;
    const updated = await call('smes.update', { id: a.id, data: { name: 'A', country: 'LT', contacts: [{ id: annaId, name: 'Anna K.' }] } });
    expect(updated.contacts[0]!.id).toBe(annaId);
    const stolen = await call('smes.update', { id: b.id, data: { name: 'B', country: 'LT', contacts: [{ id: annaId, name: 'Thief' }] } });
    expect(stolen.contacts[0]!.id).not.toBe(annaId);
    expect((await call('smes.get', { id: a.id })).contacts[0]!.name).toBe('Anna K.');
  });
});

describe('SME validation', () => {
  it('answers with translatable field issues and stores nothing', async () => {
    cores.start();
    const r = await cores.get().dispatch('smes.create', {
      name: '   ',
      country: 'XX',
      employees: 2.5,
      founded: 2999,
      website: 'not a site',
      contacts: [{ name: 'Ok', email: 'nope', phone: 'call me' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    const byPath = Object.fromEntries(r.error.issues!.map((i) => [i.path, i.code]));
    expect(byPath).toMatchObject({
      name: 'required',
      country: 'invalid_country',
      employees: 'not_integer',
      founded: 'future_year',
      website: 'invalid_url',
      'contacts.0.email': 'invalid_email',
      'contacts.0.phone': 'invalid_phone',
    });
    expect((await list({ view: 'all' })).total).toBe(0);
  });

  it('rejects payloads of the wrong shape and unknown channels without throwing', async () => {
    cores.start();
    expect(await cores.get().dispatch('smes.get', 'just a string')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await cores.get().dispatch('smes.get', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await cores.get().dispatch('smes.drop', {})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await cores.get().dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await cores.get().dispatch('smes.list', { limit: 10_000 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('SME search text', () => {
  it('with a NUL in it is refused, not matched by the part before the NUL', async () => {
    cores.start();
    await create({ name: 'Alpha Bakery' });
    await create({ name: 'Beta Joinery' });
    expect(await cores.issues('smes.list', { text: 'alpha\u0000zzz' })).toEqual({ text: 'invalid' });
    expect(names(await list({ text: 'alpha' }))).toEqual(['Alpha Bakery']);
  });
});
