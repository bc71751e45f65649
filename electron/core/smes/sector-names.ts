import type { SectorNames } from '../../api/nace';
import { localeStrings } from '../locales';

/** How sectors read in a language: NACE Rev. 2.1 titles, and Rev. 2 sections marked as such. */
export function sectorNames(language: string): SectorNames {
  const ui = localeStrings(language, 'translation');
  const rev2: Record<string, string | undefined> = ui.sector;
  return {
    nace: localeStrings(language, 'nace'),
    rev2: (code) => ui.sme.sectorRev2.replace('{{label}}', `${code} · ${rev2[code] ?? ''}`.trim()),
  };
}
