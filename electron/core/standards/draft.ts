import type { ProcessRecord } from '../../api/processes';
import type { Sme } from '../../api/smes';
import type { DraftDatapoint, DraftDisclosure, DraftPractice, EnergyYearRecord, ProcessTags, RecordTags, VsmeDraft } from '../../api/standards';
import type { StrategyRecord } from '../../api/strategy';
import type { LoadedCrosswalk, StandardsText } from '../library/crosswalk';
import { localeStrings } from '../locales';
import { readSector } from '../../api/nace';
import { sectorNames } from '../smes/sector-names';
import { energyNotes } from './energy-notes';
import type { VsmeCaptions } from '../pdf/captions';
import { vsmeCaptions } from '../pdf/captions';
import { recordTags } from './coverage';

/** What the draft is made from: the case file, the codes with their names, the facilitator's settings. */
export interface DraftSources {
  sme: Sme;
  process: Pick<ProcessRecord, 'title' | 'language' | 'facilitator'>;
  strategy: StrategyRecord;
  tags: ProcessTags;
  energy: EnergyYearRecord[];
  crosswalk: LoadedCrosswalk & { names: { standards: StandardsText } };
  organisation: string;
  facilitator: string;
  today: string;
}

/** B1's sector with its NACE code: "division 10: Manufacture of food products"; Rev. 2 sections say so. */
function naceOfB1(value: string, c: VsmeCaptions, language: string): string {
  const sector = readSector(value);
  if (!sector) return value;
  const names = sectorNames(language);
  if (sector.revision === '2') {
    const rev2: Record<string, string | undefined> = localeStrings(language, 'translation').sector;
    const label = c.sectionOnly.replace('{{code}}', sector.code).replace('{{name}}', rev2[sector.code] ?? '');
    return localeStrings(language, 'translation').sme.sectorRev2.replace('{{label}}', label);
  }
  const title = (sector.level === 'section' ? names.nace.sections : names.nace.divisions)[sector.code] ?? '';
  return (sector.level === 'section' ? c.sectionOnly : c.divisionOnly).replace('{{code}}', sector.code).replace('{{name}}', title);
}

// Units a reader can take as they are; the others are words and come from the captions.
const SYMBOLS = new Set(['EUR', 'MWh', 'tCO2e', '%', 'm3', 't', 'ha']);
const UNIT_WORDS: Record<string, 'headcount' | 'hoursPerEmployee' | 'perTurnover'> = {
  'headcount or FTE': 'headcount', 'hours per employee': 'hoursPerEmployee', 'tCO2e per EUR turnover': 'perTurnover',
};

/**
 * The VSME Basic module (B1–B11) filled from the case file, in the process's language: every
 * datapoint of content/structure/standards.json either has a value with its source or is "to
 * collect" with a hint. A datapoint an indicator is marked to feed takes that indicator's latest
 * measurement, so the next year's draft fills itself.
 */
export function buildVsmeDraft(src: DraftSources): VsmeDraft {
  const language = src.process.language;
  const c = vsmeCaptions(language);
  const names = src.crosswalk.names.standards;
  const num = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const fmtDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const ui = localeStrings(language, 'translation');
  const unitOf = (code: string) => {
    const unit = src.crosswalk.standards.vsme.datapoints.find((d) => d.code === code)?.unit;
    if (!unit) return null;
    if (SYMBOLS.has(unit)) return unit;
    const word = UNIT_WORDS[unit];
    return word ? c.units[word] : unit;
  };
  const hints = c.hints as Record<string, string | undefined>;
  const point = (code: string, filled?: { value: string; amount?: number; unit?: string | null; source: string }): DraftDatapoint => ({
    code,
    label: names.vsmeDatapoints[code] ?? code,
    value: filled?.value ?? null,
    amount: filled?.amount ?? null,
    unit: filled && filled.unit !== undefined ? filled.unit : unitOf(code),
    source: filled?.source ?? null,
    hint: hints[code] ?? '',
  });
  const amount = (v: number, source: string, unit?: string | null) => ({ value: num.format(v), amount: v, source, ...(unit !== undefined ? { unit } : {}) });

  // Indicators marked as feeding a datapoint: their latest measurement fills it.
  const fromIndicators = new Map<string, ReturnType<typeof amount>>();
  for (const i of src.strategy.indicators) {
    const code = src.tags.datapoints[i.id];
    const last = i.measurements.at(-1);
    if (!code || !last || fromIndicators.has(code)) continue;
    fromIndicators.set(code, amount(last.value, c.sourceIndicator.replace('{{name}}', i.name).replace('{{date}}', fmtDay(last.measuredOn)), i.unit || unitOf(code)));
  }

  const { sme } = src;
  const register = c.sourceRegister;
  const sector = sme.sector ? naceOfB1(sme.sector, c, language) : null;
  const country = regionName(sme.country, language);
  const known: Record<string, ReturnType<typeof amount> | { value: string; source: string }> = {
    'B1-reporting-option': { value: c.basicModule, source: c.sourceDraft },
    ...(sme.legalForm ? { 'B1-legal-form': { value: sme.legalForm, source: register } } : {}),
    ...(sector ? { 'B1-nace': { value: sector, source: register } } : {}),
    ...(sme.balanceSheet !== null ? { 'B1-balance-sheet': amount(sme.balanceSheet, register) } : {}),
    ...(sme.turnover !== null ? { 'B1-turnover': amount(sme.turnover, register) } : {}),
    ...(sme.employees !== null ? { 'B1-employees': amount(sme.employees, register, c.units.headcount) } : {}),
    'B1-country': { value: country, source: register },
    ...(sme.city ? { 'B1-sites': { value: `${sme.city}, ${country}`, source: register } } : {}),
    ...(src.strategy.objectives.length ? { 'B2-practices': { value: practicesCount(src, c), source: c.sourceStrategy } } : {}),
  };

  const energy = src.energy[0] ?? null;
  if (energy) {
    const b = energy.balance;
    const source = c.sourceEnergy.replace('{{year}}', String(energy.year));
    known['B3-energy-total'] = amount(b.totalMwh, source);
    known['B3-energy-breakdown'] = { value: b.lines.map((l) => `${c.carriers[l.carrier]} ${num.format(l.mwh)}`).join('; '), source };
    known['B3-scope-1'] = amount(b.scope1, source);
    if (b.scope2Location !== null) {
      known['B3-scope-2-location'] = amount(b.scope2Location, source);
      // Per euro the intensity is tiny (0.0000123): three significant digits, in plain decimals an
      // owner can read, and the exact number for the spreadsheet.
      if (sme.turnover) {
        const intensity = (b.scope1 + b.scope2Location) / sme.turnover;
        known['B3-ghg-intensity'] = { value: new Intl.NumberFormat(language, { maximumSignificantDigits: 3 }).format(intensity), amount: intensity, source };
      }
    }
  }

  const disclosures: DraftDisclosure[] = src.crosswalk.standards.vsme.disclosures.filter((d) => d.module === 'basic').map((d) => ({
    code: d.code,
    title: names.vsme[d.code] ?? d.code,
    datapoints: src.crosswalk.standards.vsme.datapoints.filter((p) => p.disclosure === d.code).map((p) => point(p.code, fromIndicators.get(p.code) ?? known[p.code])),
  }));
  const b = (code: string) => disclosures.find((d) => d.code === code)!;
  b('B2').practices = practices(src, ui.strategy);
  b('B3').energy = energy ? { year: energy.year, balance: energy.balance, factorNotes: energyNotes(energy.balance, c) } : null;
  b('B10').learning = src.strategy.activities.filter((a) => a.learning && a.status !== 'dropped').map((a) => ({
    who: a.learners, what: a.learningWhat || a.title, how: a.learningHow ? ui.strategy.learningHow[a.learningHow] : '',
  }));
  return {
    language, title: c.title, smeName: sme.name, processTitle: src.process.title, edition: src.crosswalk.standards.vsme.edition,
    today: src.today, organisation: src.organisation, facilitator: src.facilitator, disclosures,
  };
}

/** B2's datapoint: how many objectives and activities the practices below hold. */
const practicesCount = (src: DraftSources, c: VsmeCaptions) => c.practicesCount
  .replace('{{objectives}}', String(src.strategy.objectives.length))
  .replace('{{activities}}', String(src.strategy.activities.filter((a) => a.status !== 'dropped').length));

/** B2: objectives with their activities, grouped under the ISO 26000 core subject of their tags (the sustainability matter). */
function practices(src: DraftSources, ui: ReturnType<typeof localeStrings<'translation'>>['strategy']): NonNullable<DraftDisclosure['practices']> {
  const names = src.crosswalk.names.standards;
  const c = vsmeCaptions(src.process.language);
  const subjects = src.crosswalk.standards.iso26000.coreSubjects.map((s) => s.code);
  const groups = new Map<string, DraftPractice[]>();
  for (const o of src.strategy.objectives) {
    const tags: RecordTags = recordTags(src.tags, o.id);
    const subject = subjects.find((s) => tags.iso26000.some((t) => t === s || t.startsWith(`${s}.`))) ?? '';
    const items = groups.get(subject) ?? [];
    items.push({
      objective: o.title,
      perspective: ui.perspective[o.perspective],
      activities: src.strategy.activities.filter((a) => a.objectiveId === o.id && a.status !== 'dropped').map((a) => ({
        title: a.title, status: ui.activityStatus[a.status], learning: a.learning ? [a.learners, a.learningWhat].filter(Boolean).join(': ') : null,
      })),
    });
    groups.set(subject, items);
  }
  return [...subjects, ''].filter((s) => groups.has(s)).map((s) => ({ matter: s ? `${s} ${names.iso26000[s] ?? ''}`.trim() : c.untagged, items: groups.get(s)! }));
}

export function regionName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The Basic-module datapoints still to collect, in order. */
export const toCollect = (draft: VsmeDraft) => draft.disclosures.flatMap((d) => d.datapoints.filter((p) => p.value === null).map((p) => ({ ...p, disclosure: d.code })));
