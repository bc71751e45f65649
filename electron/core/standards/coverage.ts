import type { Coverage, CoverageRow, DraftDatapoint, ProcessTags, RecordTags, VsmeDraft } from '../../api/standards';
import type { StrategyRecord } from '../../api/strategy';
import type { LoadedCrosswalk, StandardsText } from '../library/crosswalk';

const NONE: RecordTags = { iso26000: [], vsme: [], sdg: [] };

/** The tags the facilitator gave a record (none when untagged). */
export const recordTags = (tags: ProcessTags, id: string): RecordTags => tags.records[id] ?? NONE;

/**
 * The tags that count for a record: its own, or, for an activity or indicator left untagged,
 * those of its objective (what it works towards). An indicator that feeds a VSME datapoint
 * touches that datapoint too.
 */
export function effectiveTags(tags: ProcessTags, id: string, objectiveId: string | null, datapoint?: string): RecordTags {
  const own = tags.records[id];
  const base = own && (own.iso26000.length || own.vsme.length || own.sdg.length) ? own : objectiveId ? recordTags(tags, objectiveId) : NONE;
  return datapoint && !base.vsme.includes(datapoint) ? { ...base, vsme: [...base.vsme, datapoint] } : base;
}

const touches = (codes: string[], code: string) => codes.some((c) => c === code || c.startsWith(`${code}.`) || c.startsWith(`${code}-`));

/**
 * Which ISO 26000 core subjects and VSME disclosures the strategy touches: objectives,
 * activities and the indicators that have been measured, counted per code; and what the
 * Basic-module draft still cannot fill.
 */
export function coverageOf(strategy: StrategyRecord, tags: ProcessTags, crosswalk: LoadedCrosswalk & { names: { standards: StandardsText } }, draft: VsmeDraft): Coverage {
  const records = [
    ...strategy.objectives.map((o) => ({ kind: 'objectives' as const, tags: effectiveTags(tags, o.id, null) })),
    ...strategy.activities.map((a) => ({ kind: 'activities' as const, tags: effectiveTags(tags, a.id, a.objectiveId) })),
    ...strategy.indicators.filter((i) => i.measurements.length > 0).map((i) => ({ kind: 'indicators' as const, tags: effectiveTags(tags, i.id, i.objectiveId, tags.datapoints[i.id]) })),
  ];
  const row = (code: string, name: string, scheme: 'iso26000' | 'vsme'): CoverageRow => {
    const counts = { objectives: 0, activities: 0, indicators: 0 };
    for (const r of records) if (touches(r.tags[scheme], code)) counts[r.kind] += 1;
    return { code, name, ...counts };
  };
  const names = crosswalk.names.standards;
  const missing: (DraftDatapoint & { disclosure: string })[] = draft.disclosures.flatMap((d) => d.datapoints.filter((p) => p.value === null).map((p) => ({ ...p, disclosure: d.code })));
  return {
    iso26000: crosswalk.standards.iso26000.coreSubjects.map((s) => row(s.code, names.iso26000[s.code] ?? s.code, 'iso26000')),
    vsme: crosswalk.standards.vsme.disclosures.map((d) => row(d.code, names.vsme[d.code] ?? d.code, 'vsme')),
    untagged: records.filter((r) => !r.tags.iso26000.length && !r.tags.vsme.length && !r.tags.sdg.length).length,
    toCollect: missing.map((p) => ({ code: p.code, disclosure: p.disclosure, label: p.label, hint: p.hint })),
  };
}
