import fs from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { countOf } from '../../../electron/core/locales';
import { followRegionalPlurals } from '../../../renderer/src/plurals';

const read = (lng: string, ns: string) => JSON.parse(fs.readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Record<string, unknown>;

/** An i18next instance as the app starts it, with the real strings of `lng`. */
async function started(lng: string, ns = 'translation') {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [lng]: { [ns]: read(lng, ns) } }, lng, defaultNS: ns, interpolation: { escapeValue: false } });
  followRegionalPlurals(instance);
  return instance;
}

describe('plural forms in European Portuguese', () => {
  it('the interface says "0 contactos" (Portugal), not "0 contacto" (Brazil)', async () => {
    const t = (await started('pt')).t;
    expect(t('contacts.count', { count: 0 })).toBe('0 contactos');
    expect(t('contacts.count', { count: 1 })).toBe('1 contacto');
    expect(t('contacts.count', { count: 2 })).toBe('2 contactos');
  });

  it('the voting page on a phone says "Restam 0 pontos"', async () => {
    const t = (await started('pt', 'vote')).t;
    expect(t('dotsLeft', { count: 0 })).toBe('Restam 0 pontos');
    expect(t('dotsLeft', { count: 1 })).toBe('Resta 1 ponto');
  });

  it('the documents pick the same form', () => {
    const forms = { n_one: '{{count}} contacto', n_other: '{{count}} contactos' };
    expect(countOf(forms, 'n', 0, 'pt')).toBe('0 contactos');
    expect(countOf(forms, 'n', 1, 'pt')).toBe('1 contacto');
  });

  it('leaves the other languages as Intl has them', async () => {
    const resolver = (await started('es')).services.pluralResolver as { getSuffix(code: string, count: number): string };
    for (const n of [0, 1, 2, 1_000_000]) expect(resolver.getSuffix('es', n)).toBe(`_${new Intl.PluralRules('es').select(n)}`);
    expect(countOf({ n_one: 'one', n_other: 'other' }, 'n', 0, 'en')).toBe('other');
  });
});
