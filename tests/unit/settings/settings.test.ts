import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isFirstStart } from '../../../electron/api/settings';
import { JsonSettingsStore } from '../../../electron/core/settings/json-store';
import { testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/tmp';

describe('settings (browser host store)', () => {
  it('starts from defaults and keeps changes across restarts', () => {
    const dir = tempDir();
    const store = new JsonSettingsStore(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    store.update({ uiLanguage: 'bg', contentLanguage: 'lt', facilitatorName: '  Ieva Ozola ', organisation: 'Riga Training Centre' });
    const again = new JsonSettingsStore(dir).get();
    expect(again).toMatchObject({ uiLanguage: 'bg', contentLanguage: 'lt', facilitatorName: 'Ieva Ozola', organisation: 'Riga Training Centre' });
  });

  it('keeps the valid fields of a hand-edited file and a copy of a damaged one', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ uiLanguage: 'xx', facilitatorName: 'Maria' }));
    expect(new JsonSettingsStore(dir).get()).toMatchObject({ uiLanguage: null, facilitatorName: 'Maria' });
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    expect(new JsonSettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    expect(fs.readFileSync(path.join(dir, 'settings.json.bad'), 'utf8')).toBe('{ not json');
  });

  it('refuses invalid updates through the contract and keeps the old values', async () => {
    const core = testCore();
    await core.dispatch('settings.update', { facilitatorName: 'Jonas' });
    const bad = await core.dispatch('settings.update', { uiLanguage: 'de', facilitatorName: 'x'.repeat(500) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { facilitatorName: 'Jonas', uiLanguage: null } });
    core.close();
  });
});

describe('settings patches', () => {
  it('change only the keys they name', async () => {
    const core = testCore();
    await core.dispatch('settings.update', { facilitatorName: 'Jonas', organisation: 'Vilnius SME Association' });
    await core.dispatch('settings.update', { contentLanguage: 'lt' });
    await core.dispatch('settings.update', { uiLanguage: 'pl' });
    expect(await core.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { facilitatorName: 'Jonas', organisation: 'Vilnius SME Association', contentLanguage: 'lt', uiLanguage: 'pl' },
    });
    core.close();
  });
});

describe('the first start', () => {
  it('is a data folder where the welcome was never closed and no facilitator name is set', () => {
    const dir = tempDir();
    expect(isFirstStart(new JsonSettingsStore(dir).get())).toBe(true);
    // A facilitator who set a name before the welcome existed is not greeted as new.
    expect(isFirstStart({ ...DEFAULT_SETTINGS, facilitatorName: 'Ieva Ozola' })).toBe(false);
    new JsonSettingsStore(dir).update({ welcomeSeen: true });
    expect(isFirstStart(new JsonSettingsStore(dir).get())).toBe(false);
  });
});
