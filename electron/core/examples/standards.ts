import type { Crosswalk } from '../library/crosswalk';
import type { StandardsRepository } from '../standards/repository';
import type { StrategyRecord } from '../../api/strategy';
import type { ObjectiveCode } from './scorecard';

/**
 * How the example's facilitator tagged the bakery's strategy: each objective takes the tags of
 * the typical objective it was written from (content/structure/crosswalk.json), each indicator
 * those the crosswalk gives the example's indicators. Only the leavers feed a VSME datapoint:
 * the other indicators relate to a disclosure but do not measure what it asks (tasks covered
 * by two people are not training hours).
 */
const TYPICAL: Record<ObjectiveCode, string> = {
  B1: 'obj-business-turnover-cost',
  B2: 'obj-business-new-markets',
  S1: 'obj-stakeholders-staff-stay',
  S2: 'obj-stakeholders-customer-trust',
  S3: 'obj-stakeholders-good-neighbour',
  P1: 'obj-processes-less-waste',
  L1: 'obj-learning-second-person',
  L2: 'obj-learning-good-start',
};
const FEEDS: Record<string, string> = { I1: 'B8-turnover-rate' };

const tagsOf = (t: { iso26000?: string[]; vsme?: string[]; sdg?: string[] }) => ({ iso26000: t.iso26000 ?? [], vsme: t.vsme ?? [], sdg: t.sdg ?? [] });

export function tagExample(
  standards: StandardsRepository, crosswalk: Crosswalk, processId: string, record: StrategyRecord,
  objectiveCodes: Map<string, ObjectiveCode>, indicatorCodes: Map<string, string>,
): void {
  for (const o of record.objectives) {
    const code = objectiveCodes.get(o.id);
    const typical = code ? crosswalk.typicalObjectives.find((t) => t.id === TYPICAL[code]) : undefined;
    if (typical) standards.setTags(processId, 'objective', o.id, tagsOf(typical));
  }
  for (const i of record.indicators) {
    const code = indicatorCodes.get(i.id);
    const mapped = code ? crosswalk.exampleIndicators[code] : undefined;
    if (mapped) standards.setTags(processId, 'indicator', i.id, tagsOf(mapped));
    const feeds = code ? FEEDS[code] : undefined;
    if (feeds) standards.setDatapoint(processId, i.id, feeds);
  }
}
