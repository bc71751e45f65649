import type { SmeInput } from '../electron/api/smes';

// Deterministic synthetic SMEs with names in the partner languages' alphabets.
const FIRST = ['Rūta', 'Jānis', 'Zofia', 'Ioana', 'Γιώργος', 'Иван', 'María', 'João', 'Ēriks', 'Łukasz', 'Šarūnas', 'Δήμητρα', 'Петя', 'Inês', 'Ștefan'];
const LAST = ['Petrauskienė', 'Bērziņš', 'Wójcik', 'Popescu', 'Παπαδόπουλος', 'Иванов', 'García', 'Silva', 'Kalniņš', 'Dąbrowski', 'Žukauskas', 'Νικολάου', 'Георгиева', 'Sousa', 'Ionescu'];
const WORDS = ['Duona', 'Maiznīca', 'Piekarnia', 'Brutărie', 'Αρτοποιείο', 'Пекарна', 'Panadería', 'Padaria', 'Logistics', 'Hotel', 'Stolarnia', 'Dental', 'Tīkls', 'Šviesa', 'Εταιρεία', 'Строй', 'Oficina', 'Atelier'];
const CITIES: [string, string][] = [['Šiauliai', 'LT'], ['Rīga', 'LV'], ['Łódź', 'PL'], ['Plovdiv', 'BG'], ['Cluj-Napoca', 'RO'], ['Λεμεσός', 'CY'], ['Sevilla', 'ES'], ['Coimbra', 'PT'], ['Kaunas', 'LT'], ['Daugavpils', 'LV'], ['Kraków', 'PL'], ['Варна', 'BG'], ['Iași', 'RO'], ['Λάρνακα', 'CY'], ['València', 'ES'], ['Évora', 'PT']];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateSmes(count: number, seed = 42): SmeInput[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const out: SmeInput[] = [];
  for (let i = 0; i < count; i++) {
    const [city, country] = pick(CITIES);
    out.push({
      name: `${pick(WORDS)} ${pick(LAST)} ${i}`,
      country,
      city,
      sector: pick('ACFGHIJMNQS'.split('')),
      employees: Math.floor(r() * 240),
      founded: 1950 + Math.floor(r() * 70),
      website: '',
      notes: 'Bench record '.repeat(5),
      contacts: [0, 1, 2].map(() => ({ name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(['Owner', 'HR', 'Manager']), email: '', phone: '' })),
    });
  }
  return out;
}

/** What a facilitator types, keystroke by keystroke: prefixes of names, cities and people. */
export function typedQueries(count: number, seed = 7): string[] {
  const r = rng(seed);
  const sources = [...WORDS, ...CITIES.map((c) => c[0]), ...LAST, ...FIRST].map((w) =>
    w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase(),
  );
  const out: string[] = [];
  while (out.length < count) {
    const word = sources[Math.floor(r() * sources.length)]!;
    for (let n = 1; n <= word.length && out.length < count; n++) out.push(word.slice(0, n));
  }
  return out;
}
