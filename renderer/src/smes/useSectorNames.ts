import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NaceText, SectorNames } from '@api/nace';
import { isLanguage } from '@api/languages';

// The NACE titles of each language are their own chunk, read the first time a sector is shown or
// chosen, so the first screen does not wait for 109 titles it may never show.
const files = import.meta.glob<{ default: NaceText }>('../../../locales/*/nace.json');
const loaded = new Map<string, NaceText>();

async function readNace(language: string): Promise<NaceText> {
  const lng = isLanguage(language) ? language : 'en';
  const known = loaded.get(lng);
  if (known) return known;
  const file = files[`../../../locales/${lng}/nace.json`];
  if (!file) throw new Error(`No NACE titles for language "${lng}"`);
  const text = (await file()).default;
  loaded.set(lng, text);
  return text;
}

/**
 * How sectors read in the interface language; null until its titles are read. `needed` false
 * reads nothing (the SME list on a fresh start has no sector to name).
 */
export function useSectorNames(needed = true): SectorNames | null {
  const { t, i18n } = useTranslation();
  const [nace, setNace] = useState<NaceText | null>(() => loaded.get(i18n.language) ?? null);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void readNace(i18n.language).then((text) => live && setNace(text));
    return () => { live = false; };
  }, [i18n.language, needed]);
  if (!nace || !needed) return null;
  return { nace, rev2: (code) => t('sme.sectorRev2', { label: `${code} · ${t(`sector.${code}`)}` }) };
}
