import type { Crosswalk } from '../library/crosswalk';
import type { AnyRow } from '../../api/case-file';
import type { RecordTags, TaggedRecord } from '../../api/standards';
import { TAG_SCHEMES, TagsInput } from '../../api/standards';
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

/** The tag rows of one record, each code once per scheme (as the standards screen stores them). */
function tagRows(processId: string, recordKind: TaggedRecord, recordId: string, tags: RecordTags): AnyRow[] {
  return TAG_SCHEMES.flatMap((scheme) => [...new Set(tags[scheme])].map((code) => ({ processId, recordKind, recordId, scheme, code })));
}

/** The example's tags and the datapoint its indicator feeds, as case-file rows; record id -> example code. */
export function exampleTags(
  crosswalk: Crosswalk, processId: string, objectiveCodes: Map<string, ObjectiveCode>, indicatorCodes: Map<string, string>,
): { standardTags: AnyRow[]; indicatorDatapoints: AnyRow[] } {
  const standardTags: AnyRow[] = [];
  const indicatorDatapoints: AnyRow[] = [];
  for (const [id, code] of objectiveCodes) {
    const typical = crosswalk.typicalObjectives.find((t) => t.id === TYPICAL[code]);
    if (typical) standardTags.push(...tagRows(processId, 'objective', id, TagsInput.parse(tagsOf(typical))));
  }
  for (const [id, code] of indicatorCodes) {
    const mapped = crosswalk.exampleIndicators[code];
    if (mapped) standardTags.push(...tagRows(processId, 'indicator', id, TagsInput.parse(tagsOf(mapped))));
    const feeds = FEEDS[code];
    if (feeds) indicatorDatapoints.push({ indicatorId: id, datapoint: feeds });
  }
  return { standardTags, indicatorDatapoints };
}
