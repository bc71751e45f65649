import type { AnswerValue } from '../../api/workshops';

/** worksheet id -> field id -> answer, as `workshops.saveAnswer` stores them. */
export type Worksheets = Record<string, Record<string, AnswerValue>>;
