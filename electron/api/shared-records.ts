import type { AnswerValue } from './workshops';
import type { StrategyRecord } from './strategy';

/**
 * Worksheet fields that capture the same things as a strategy record. There is one source for
 * each: the strategy record. The workshop shows (and live mode edits) the records in the field's
 * place, the minutes print them, and answers typed before were carried into the records once
 * (migration 0140). Worksheets and fields not listed here keep their own answers.
 */
export const SHARED_FIELDS = {
  'ws2-stakeholder-map': { stakeholders: 'stakeholders' },
  'ws3-vision': { vision: 'vision' },
  'ws3-objectives': { objectives: 'objectives' },
  'ws5-action-plan': { activities: 'activities' },
} as const satisfies Record<string, Record<string, SharedRecord>>;

export type SharedRecord = 'stakeholders' | 'vision' | 'objectives' | 'activities';

/** The strategy record a worksheet field shows, or null when the field keeps its own answer. */
export function sharedRecordOf(worksheetId: string, fieldId: string): SharedRecord | null {
  const fields = (SHARED_FIELDS as Record<string, Record<string, SharedRecord>>)[worksheetId];
  return fields?.[fieldId] ?? null;
}

/** Names compared the way a person reads them: case, accents kept; spacing and case ignored. */
export const sameName = (a: string, b: string) => foldName(a) === foldName(b);
export const foldName = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * A worksheet's answers with its shared fields read from the strategy: the rows the printed
 * worksheet shows, in the worksheet's own columns.
 */
export function answersWithRecords(worksheetId: string, answers: Record<string, AnswerValue>, strategy: StrategyRecord): Record<string, AnswerValue> {
  const out = { ...answers };
  const fields = (SHARED_FIELDS as Record<string, Record<string, SharedRecord>>)[worksheetId] ?? {};
  for (const [fieldId, record] of Object.entries(fields)) out[fieldId] = recordAnswer(record, strategy);
  return out;
}

function recordAnswer(record: SharedRecord, s: StrategyRecord): AnswerValue {
  switch (record) {
    case 'vision':
      return s.vision;
    case 'stakeholders':
      return s.stakeholders.map((x) => ({
        group: (STAKEHOLDER_MAP_GROUPS as readonly string[]).includes(x.group) ? x.group : 'other',
        name: x.name, influence: x.influence, impact: x.impact, expectations: x.expectations, relationship: x.relationship,
      }));
    case 'objectives':
      return s.objectives.map((o) => ({ perspective: o.perspective, objective: o.title, why: o.description }));
    case 'activities': {
      const titleOf = new Map(s.objectives.map((o) => [o.id, o.title]));
      return s.activities.map((a) => ({
        activity: a.title,
        objective: a.objectiveId ? (titleOf.get(a.objectiveId) ?? '') : '',
        kind: a.kind === 'existing' ? 'expanded' : 'new',
        owner: a.owner,
        start: a.startDate ?? '',
        due: a.dueDate ?? '',
        'business-benefit': a.businessBenefit,
        'stakeholder-benefit': a.stakeholderBenefit,
        learning: a.learning ? 'yes' : 'no',
      }));
    }
  }
}

/** The groups the stakeholder-map worksheet offers; the strategy's others print as "other". */
const STAKEHOLDER_MAP_GROUPS = ['employees', 'customers', 'suppliers', 'competitors', 'community', 'environment', 'other'] as const;
