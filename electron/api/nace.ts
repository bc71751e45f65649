import { fold } from './text';

/**
 * The sector of an SME in NACE Rev. 2.1 (Commission Delegated Regulation (EU) 2023/137, in use
 * from 2025): its 22 sections and their 87 divisions. Only the codes live here; the titles, and
 * the everyday words an owner uses for the trade ("bakery" for division 10), are per language in
 * locales/<lng>/nace.json, read when a screen needs them.
 */
export const NACE_SECTIONS: readonly { section: string; divisions: readonly string[] }[] = [
  { section: 'A', divisions: ['01', '02', '03'] },
  { section: 'B', divisions: ['05', '06', '07', '08', '09'] },
  { section: 'C', divisions: Array.from({ length: 24 }, (_, i) => String(10 + i)) },
  { section: 'D', divisions: ['35'] },
  { section: 'E', divisions: ['36', '37', '38', '39'] },
  { section: 'F', divisions: ['41', '42', '43'] },
  { section: 'G', divisions: ['46', '47'] },
  { section: 'H', divisions: ['49', '50', '51', '52', '53'] },
  { section: 'I', divisions: ['55', '56'] },
  { section: 'J', divisions: ['58', '59', '60'] },
  { section: 'K', divisions: ['61', '62', '63'] },
  { section: 'L', divisions: ['64', '65', '66'] },
  { section: 'M', divisions: ['68'] },
  { section: 'N', divisions: ['69', '70', '71', '72', '73', '74', '75'] },
  { section: 'O', divisions: ['77', '78', '79', '80', '81', '82'] },
  { section: 'P', divisions: ['84'] },
  { section: 'Q', divisions: ['85'] },
  { section: 'R', divisions: ['86', '87', '88'] },
  { section: 'S', divisions: ['90', '91', '92', '93'] },
  { section: 'T', divisions: ['94', '95', '96'] },
  { section: 'U', divisions: ['97', '98'] },
  { section: 'V', divisions: ['99'] },
];

/**
 * NACE Rev. 2 sections A–U, as SMEs recorded before Rev. 2.1 keep them. The letters mean other
 * things in Rev. 2.1 (Rev. 2 "L" is real estate, Rev. 2.1 "L" finance), so a stored value says its
 * revision: a bare letter is Rev. 2, and Rev. 2.1 codes are stored as "2.1:C" or "2.1:10".
 */
export const NACE_REV2_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('') as readonly string[];

const REV21 = '2.1:';
const sectionOf = new Map(NACE_SECTIONS.flatMap(({ section, divisions }) => [[section, section], ...divisions.map((d) => [d, section] as const)]));

export type Sector =
  | { revision: '2.1'; level: 'section' | 'division'; code: string; section: string }
  | { revision: '2'; level: 'section'; code: string; section: string };

/** What a stored sector means, or null for a value that is neither revision's code. */
export function readSector(value: string): Sector | null {
  if (value.startsWith(REV21)) {
    const code = value.slice(REV21.length);
    const section = sectionOf.get(code);
    return section ? { revision: '2.1', level: code === section ? 'section' : 'division', code, section } : null;
  }
  return NACE_REV2_SECTIONS.includes(value) ? { revision: '2', level: 'section', code: value, section: value } : null;
}

export const isSector = (value: string): boolean => readSector(value) !== null;

/** The stored value of a Rev. 2.1 section or division code. */
export const sectorValue = (code: string): string => `${REV21}${code}`;

/** One language's nace.json. */
export interface NaceText {
  sections: Record<string, string>;
  divisions: Record<string, string>;
  /** Everyday words for the trades of a division, comma-separated, searched but not shown. */
  words: Record<string, string>;
}

/** How a sector reads: the NACE text, and the Rev. 2 section titles with their "(NACE Rev. 2)" note. */
export interface SectorNames {
  nace: NaceText;
  rev2: (section: string) => string;
}

/** "C · Manufacturing", "10 · Manufacture of food products", or a Rev. 2 section with its note. */
export function sectorLabel(value: string, names: SectorNames): string {
  const sector = readSector(value);
  if (!sector) return value;
  if (sector.revision === '2') return names.rev2(sector.code);
  const title = sector.level === 'section' ? names.nace.sections[sector.code] : names.nace.divisions[sector.code];
  return title ? `${sector.code} · ${title}` : sector.code;
}

export interface SectorOption {
  value: string;
  label: string;
  level: 'section' | 'division';
  /** The folded label and everyday words that a search looks in. */
  searchText: string;
}

/** Every Rev. 2.1 section followed by its divisions, in the order of the classification. */
export function sectorOptions(nace: NaceText): SectorOption[] {
  const option = (code: string, level: SectorOption['level']): SectorOption => {
    const label = sectorLabel(sectorValue(code), { nace, rev2: (c) => c });
    return { value: sectorValue(code), label, level, searchText: fold(`${label} ${nace.words[code] ?? ''}`) };
  };
  return NACE_SECTIONS.flatMap(({ section, divisions }) => [option(section, 'section'), ...divisions.map((d) => option(d, 'division'))]);
}

/** Whether every word typed is found in the option (case and accents ignored): "bake" finds "bakery". */
export function sectorMatches(searchText: string, query: string): boolean {
  const words = fold(query).split(/[\s,.;:·]+/).filter(Boolean);
  return words.every((w) => searchText.includes(w));
}
