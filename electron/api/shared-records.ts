import LEARNING_WAYS from '../../content/structure/learning-ways.json';
import type { AnswerValue } from './workshops';
import type { StrategyRecord } from './strategy';

/**
 * Worksheet fields that capture the same things as a strategy record. There is one source for
 * each: the strategy record. The workshop shows (and live mode edits) the records in the field's
 * place, the minutes and handouts print them, and answers typed before were carried into the
 * records once (migrations 0140 and 0160). Worksheets and fields not listed here keep their own
 * answers. The learning needs of workshop 4 are the learning plan: the action plan's learning
 * activities, seen as who learns what and how.
 */
export const SHARED_FIELDS = {
  'ws2-stakeholder-map': { stakeholders: 'stakeholders' },
  'ws3-vision': { vision: 'vision' },
  'ws3-objectives': { objectives: 'objectives' },
  'ws4-learning-needs': { needs: 'learning' },
  'ws5-action-plan': { activities: 'activities' },
  'ws5-indicators': { indicators: 'indicators' },
} as const satisfies Record<string, Record<string, SharedRecord>>;

export type SharedRecord = 'stakeholders' | 'vision' | 'objectives' | 'activities' | 'learning' | 'indicators';

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

/**
 * The shared fields of a worksheet that the SME's strategy has records for, as the handout prints
 * them pre-filled (empty ones stay blank to write in).
 */
export function filledFromRecords(worksheetId: string, strategy: StrategyRecord): Record<string, AnswerValue> {
  const shown = answersWithRecords(worksheetId, {}, strategy);
  return Object.fromEntries(Object.entries(shown).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '')));
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
    case 'learning': {
      const titleOf = new Map(s.objectives.map((o) => [o.id, o.title]));
      return s.activities.filter((a) => a.learning).map((a) => ({
        who: a.learners,
        what: a.learningWhat || a.title,
        why: (a.objectiveId ? titleOf.get(a.objectiveId) : undefined) ?? a.businessBenefit,
        source: null,
        how: a.learningHow ? (WAY_OF_METHOD.get(a.learningHow) ?? null) : null,
        urgency: null,
      }));
    }
    case 'indicators': {
      const titleOf = new Map(s.objectives.map((o) => [o.id, o.title]));
      return s.indicators.map((i) => ({
        indicator: i.name,
        objective: titleOf.get(i.objectiveId) ?? '',
        unit: i.unit,
        direction: DIRECTION_CHOICE[i.direction],
        baseline: i.baseline,
        target: i.target,
        'target-date': i.targetDate ?? '',
        'how-measured': '',
        frequency: null,
        'who-measures': '',
      }));
    }
  }
}

/** The learning-needs worksheet's ways of learning (its option ids) by the code an activity stores. */
export const WAY_OF_METHOD = new Map<string, string>(LEARNING_WAYS.ways.map((w) => [w.stored, w.id]));
/** The indicators worksheet's directions by the record's. */
export const DIRECTION_CHOICE = { up: 'increase', down: 'decrease', keep: 'keep' } as const;

/** The name a worksheet row goes by in its strategy record (what rows are merged on). */
export function rowName(record: Exclude<SharedRecord, 'vision'>, row: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  switch (record) {
    case 'stakeholders':
      return text(row['name']);
    case 'objectives':
      return text(row['objective']);
    case 'activities':
      return text(row['activity']);
    case 'learning':
      return text(row['what']) || text(row['who']);
    case 'indicators':
      return text(row['indicator']);
  }
}

/**
 * Rows typed on a worksheet before it showed the records that did not become a record (a row the
 * record cannot hold without an objective, a baseline or a target): their names, so the facilitator
 * can add them; the answer itself stays stored as typed.
 */
export function rowsNotInRecords(record: SharedRecord, typed: AnswerValue | undefined, s: StrategyRecord): string[] {
  if (record === 'vision' || !Array.isArray(typed)) return [];
  const names = new Set(
    (record === 'stakeholders' ? s.stakeholders.map((x) => x.name)
      : record === 'objectives' ? s.objectives.map((x) => x.title)
        : record === 'indicators' ? s.indicators.map((x) => x.name)
          : s.activities.flatMap((x) => [x.title, x.learningWhat])).map(foldName),
  );
  return (typed as Record<string, unknown>[]).map((r) => rowName(record, r)).filter((n) => n !== '' && !names.has(foldName(n)));
}

/** The groups the stakeholder-map worksheet offers; the strategy's others print as "other". */
const STAKEHOLDER_MAP_GROUPS = ['employees', 'customers', 'suppliers', 'competitors', 'community', 'environment', 'other'] as const;
