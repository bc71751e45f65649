import type { EnergyBalance } from '../../api/energy';
import { EMISSION_FACTORS } from '../../api/energy';

interface NoteCaptions {
  factorDefault: string;
  factorArea: string;
  factorOverride: string;
  missingFactor: string;
}

/** Where each line's factor comes from, one note per line of the balance, so the paper shows the calculation's sources. */
export function energyNotes(balance: EnergyBalance, c: NoteCaptions): string[] {
  return balance.lines.map((l) => {
    const f = l.factor;
    if (!f) return c.missingFactor;
    if (f.origin === 'override') return c.factorOverride;
    const source = f.source ? EMISSION_FACTORS.sources[f.source] : undefined;
    const text = c.factorDefault.replace('{{source}}', source?.title ?? f.source ?? '').replace('{{year}}', String(f.year ?? source?.year ?? ''));
    return f.area ? `${text}, ${c.factorArea.replace('{{area}}', f.area)}` : text;
  });
}
