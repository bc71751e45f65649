import { z } from 'zod';
import LEARNING_WAYS from '../../content/structure/learning-ways.json';
import type { PdfFile } from './channel';
import { ContentId, Id, IsoDate, ProcessId, returns, save } from './channel';
import { endsBeforeStart } from './dates';

/**
 * The SR strategy of one 6x3 process and the records that keep it alive: self-evaluations,
 * stakeholders, objectives on the balanced scorecard, the action plan with its learning
 * activities, indicators with measurements, and review meetings. Stored by id and by
 * language-neutral codes (perspective, group, status…), so it reads in any language.
 */

export const PERSPECTIVES = ['business', 'stakeholders', 'processes', 'learning'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const RELATIONSHIPS = ['employees', 'customers', 'suppliers', 'competitors', 'community', 'environment'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const STAKEHOLDER_GROUPS = [...RELATIONSHIPS, 'owners', 'authorities', 'other'] as const;
export const EVALUATION_KINDS = ['baseline', 'end', 'followup'] as const;
export const ACTIVITY_KINDS = ['existing', 'new'] as const;
export const ACTIVITY_STATUSES = ['planned', 'running', 'done', 'dropped'] as const;
/**
 * How an activity's learning happens: the ways of learning of the methodology package
 * (content/structure/learning-ways.json, the list workshop 4 presents), as the codes the action
 * plan stores, plus 'other'. Stored codes never change; a new way only adds one.
 */
export type LearningMethod = 'on_the_job' | 'mentoring' | 'peer' | 'learning_from_errors' | 'job_rotation' | 'internal_training' | 'visits' | 'course' | 'self_study' | 'other';
const [firstWay, ...laterWays] = LEARNING_WAYS.ways.map((w) => w.stored as LearningMethod);
export const LEARNING_METHODS: [LearningMethod, ...LearningMethod[]] = [firstWay!, ...laterWays, 'other'];
/** More is better, less is better, or hold a level ("keep": at least, at most or within a range). */
export const DIRECTIONS = ['up', 'down', 'keep'] as const;
export const KEEP_KINDS = ['at_least', 'at_most', 'within'] as const;
export type KeepKind = (typeof KEEP_KINDS)[number];
/** Traffic light of an indicator against its target (see `indicatorStatus`). */
export const LIGHTS = ['green', 'amber', 'red', 'none'] as const;
export type Light = (typeof LIGHTS)[number];

const text = (max: number) => z.string().trim().max(max).default('');
const title = z.string().trim().min(1).max(200);
const level = z.number().int().min(1).max(5);
const amount = z.number().finite().min(-1e12).max(1e12);

export const StrategyInput = z.object({
  vision: text(5_000),
  reviewRoutine: text(5_000),
});
export type StrategyInput = z.input<typeof StrategyInput>;

export const EvaluationInput = z.object({
  kind: z.enum(EVALUATION_KINDS),
  takenOn: IsoDate,
  note: text(5_000),
});
export type EvaluationInput = z.input<typeof EvaluationInput>;

/** One participant of a self-evaluation; an empty name keeps them anonymous (shown as a number). */
export const EvaluationParticipantInput = z.object({ name: text(120) });
export type EvaluationParticipantInput = z.input<typeof EvaluationParticipantInput>;

export const StakeholderInput = z.object({
  group: z.enum(STAKEHOLDER_GROUPS),
  name: title,
  /** How much they can affect the SME, 1 (little) to 5 (very much). */
  influence: level,
  /** How much the SME affects them, 1 to 5. */
  impact: level,
  expectations: text(5_000),
  /** How good the relationship is now, 1 (poor) to 5 (excellent). */
  relationship: level,
});
export type StakeholderInput = z.input<typeof StakeholderInput>;

export const ObjectiveInput = z.object({
  perspective: z.enum(PERSPECTIVES),
  title,
  description: text(5_000),
  /** Objectives of the same process this one contributes to (cause -> effect on the strategy map). */
  leadsTo: z.array(z.uuid()).max(20).default([]),
});
export type ObjectiveInput = z.input<typeof ObjectiveInput>;

export const ActivityInput = z
  .object({
    objectiveId: z.uuid().nullable().default(null),
    title,
    kind: z.enum(ACTIVITY_KINDS).default('new'),
    owner: text(120),
    startDate: IsoDate.nullable().default(null),
    dueDate: IsoDate.nullable().default(null),
    status: z.enum(ACTIVITY_STATUSES).default('planned'),
    cost: z.number().finite().min(0).max(1e9).nullable().default(null),
    businessBenefit: text(2_000),
    stakeholderBenefit: text(2_000),
    learning: z.boolean().default(false),
    learners: text(500),
    learningWhat: text(2_000),
    learningHow: z.enum(LEARNING_METHODS).nullable().default(null),
  })
  .refine((a) => !endsBeforeStart(a.startDate, a.dueDate), { message: 'due_before_start', path: ['dueDate'] });
export type ActivityInput = z.input<typeof ActivityInput>;

export const IndicatorInput = z
  .object({
    objectiveId: z.uuid(),
    name: title,
    unit: text(40),
    direction: z.enum(DIRECTIONS),
    /** Only for direction 'keep': how the level is held. */
    keep: z.enum(KEEP_KINDS).nullable().default(null),
    baseline: amount,
    baselineDate: IsoDate.nullable().default(null),
    /** The value to reach; for a kept indicator the level (the lower end of a range). */
    target: amount,
    /** Only for 'keep within': the upper end of the range. */
    targetHigh: amount.nullable().default(null),
    targetDate: IsoDate.nullable().default(null),
  })
  .superRefine((d, ctx) => {
    const keeps = d.direction === 'keep';
    if (keeps && !d.keep) ctx.addIssue({ code: 'custom', message: 'keep_required', path: ['keep'] });
    if (!keeps && d.keep) ctx.addIssue({ code: 'custom', message: 'keep_only_for_keep', path: ['keep'] });
    const within = keeps && d.keep === 'within';
    if (within && d.targetHigh === null) ctx.addIssue({ code: 'custom', message: 'range_end_required', path: ['targetHigh'] });
    if (within && d.targetHigh !== null && d.targetHigh < d.target) ctx.addIssue({ code: 'custom', message: 'range_end_below_start', path: ['targetHigh'] });
    if (!within && d.targetHigh !== null) ctx.addIssue({ code: 'custom', message: 'range_end_only_within', path: ['targetHigh'] });
    // The one date rule of records that run from one day to another (see endsBeforeStart).
    if (endsBeforeStart(d.baselineDate, d.targetDate)) ctx.addIssue({ code: 'custom', message: 'target_before_baseline', path: ['targetDate'] });
  });
export type IndicatorInput = z.input<typeof IndicatorInput>;

export const MeasurementInput = z.object({
  measuredOn: IsoDate,
  value: amount,
  note: text(1_000),
});
export type MeasurementInput = z.input<typeof MeasurementInput>;

export const ReviewInput = z.object({
  heldOn: IsoDate,
  findings: text(20_000),
  decisions: text(20_000),
  /** When the next review is planned. */
  nextOn: IsoDate.nullable().default(null),
});
export type ReviewInput = z.input<typeof ReviewInput>;

type Out<T extends z.ZodType> = z.output<T>;

export interface Scores {
  /** Mean score (1–5) per perspective and per relationship; null where nothing was rated. */
  perspectives: Record<Perspective, number | null>;
  relationships: Record<Relationship, number | null>;
  overall: number | null;
  rated: number;
  total: number;
}

/** A participant's own scores, kept beside the agreed ones (optional). */
export interface EvaluationParticipant extends Out<typeof EvaluationParticipantInput> {
  id: string;
  /** item id -> score 1–5 */
  scores: Record<string, number>;
}

export interface Evaluation extends Out<typeof EvaluationInput> {
  id: string;
  /** The edition of the statement set it was scored with: its statements are the ones it shows. */
  edition: number;
  /** The agreed scores: item id -> score 1–5 */
  scores: Record<string, number>;
  /** Each participant's own scores, if the facilitator recorded them; oldest first. */
  participants: EvaluationParticipant[];
  /** Means of the agreed scores over the statements of its edition. */
  result: Scores;
  updatedAt: string;
}

export interface Stakeholder extends Out<typeof StakeholderInput> {
  id: string;
}
export interface Objective extends Out<typeof ObjectiveInput> {
  id: string;
}
export interface Activity extends Out<typeof ActivityInput> {
  id: string;
  /** Not done or dropped, and its due date has passed. */
  overdue: boolean;
}
export interface Measurement extends Out<typeof MeasurementInput> {
  id: string;
}
export interface Indicator extends Out<typeof IndicatorInput> {
  id: string;
  /** Oldest first. */
  measurements: Measurement[];
  status: Light;
}
export interface Review extends Out<typeof ReviewInput> {
  id: string;
}

export interface StrategyRecord {
  processId: string;
  smeId: string;
  vision: string;
  reviewRoutine: string;
  /** Oldest first. */
  evaluations: Evaluation[];
  stakeholders: Stakeholder[];
  objectives: Objective[];
  activities: Activity[];
  indicators: Indicator[];
  /** Newest first. */
  reviews: Review[];
  updatedAt: string;
}

export interface PerspectiveStatus {
  perspective: Perspective;
  objectives: number;
  indicators: Record<Light, number>;
  /** The worst light of its indicators; 'none' while none is measured. */
  status: Light;
}

/** Everything the SME's dashboard shows, in one call. */
export interface Dashboard {
  smeId: string;
  /** The process the dashboard is about: the latest one that is not planned only, else the latest. */
  processId: string | null;
  processTitle: string;
  scorecard: PerspectiveStatus[];
  overdue: Activity[];
  activities: Record<(typeof ACTIVITY_STATUSES)[number], number>;
  learningActivities: number;
  nextReview: string | null;
  lastReview: string | null;
  latestEvaluation: { kind: Evaluation['kind']; takenOn: string; overall: number | null } | null;
  nextWorkshop: { id: string; number: number; plannedAt: string } | null;
  openHomework: number;
}

const strategy = returns<StrategyRecord>();

/** The channels of this slice and of the records the strategy is made of (joined into THE contract in contract.ts). */
export const strategyChannels = {
  'strategy.get': { input: ProcessId, output: strategy },
  'strategy.update': { input: ProcessId.extend({ data: StrategyInput }), output: strategy },
  'strategy.pdf': { input: ProcessId, output: returns<PdfFile>() },
  'strategy.progressPdf': { input: ProcessId.extend({ from: IsoDate, to: IsoDate }), output: returns<PdfFile>() },
  'strategy.summaryPdf': { input: ProcessId, output: returns<PdfFile>() },
  'evaluations.create': { input: ProcessId.extend({ data: EvaluationInput }), output: strategy },
  'evaluations.update': { input: Id.extend({ data: EvaluationInput }), output: strategy },
  'evaluations.setScore': {
    input: Id.extend({ itemId: ContentId, score: z.number().int().min(1).max(5).nullable() }),
    output: returns<{ updatedAt: string }>(),
  },
  'evaluations.delete': { input: Id, output: strategy },
  /** Adds a participant (no id) or renames one. */
  'evaluations.saveParticipant': { input: z.object({ evaluationId: z.uuid(), id: z.uuid().optional(), data: EvaluationParticipantInput }), output: strategy },
  'evaluations.deleteParticipant': { input: Id, output: strategy },
  'evaluations.setParticipantScore': {
    input: Id.extend({ itemId: ContentId, score: z.number().int().min(1).max(5).nullable() }),
    output: returns<{ updatedAt: string }>(),
  },
  'stakeholders.save': { input: save(StakeholderInput), output: strategy },
  'stakeholders.delete': { input: Id, output: strategy },
  /** Brings back a record deleted a moment ago (an objective with the indicators deleted with it). */
  'stakeholders.restore': { input: Id, output: strategy },
  'objectives.save': { input: save(ObjectiveInput), output: strategy },
  'objectives.delete': { input: Id, output: strategy },
  'objectives.restore': { input: Id, output: strategy },
  'activities.save': { input: save(ActivityInput), output: strategy },
  'activities.delete': { input: Id, output: strategy },
  'activities.restore': { input: Id, output: strategy },
  'indicators.save': { input: save(IndicatorInput), output: strategy },
  'indicators.delete': { input: Id, output: strategy },
  'indicators.restore': { input: Id, output: strategy },
  'measurements.save': { input: z.object({ indicatorId: z.uuid(), id: z.uuid().optional(), data: MeasurementInput }), output: strategy },
  'measurements.delete': { input: Id, output: strategy },
  'measurements.restore': { input: Id, output: strategy },
  'reviews.save': { input: save(ReviewInput), output: strategy },
  'reviews.delete': { input: Id, output: strategy },
  'reviews.restore': { input: Id, output: strategy },
} as const;
