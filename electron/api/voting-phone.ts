/**
 * What the participant page and the voting server say to each other. Plain types and constants
 * only (no zod): the phone's bundle must stay small; the server validates with its own schemas.
 */
export const ROUND_KINDS = ['self_evaluation', 'dots', 'feedback', 'question'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The workshop feedback form: ratings 1–5 and one open comment (the package has no feedback worksheet yet). */
export const FEEDBACK_QUESTIONS = [
  { id: 'fb-goals', type: 'rating' },
  { id: 'fb-useful', type: 'rating' },
  { id: 'fb-pace', type: 'rating' },
  { id: 'fb-voice', type: 'rating' },
  { id: 'fb-next', type: 'rating' },
  { id: 'fb-comment', type: 'text' },
] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

export interface PhoneItem {
  id: string;
  type: 'rating' | 'dots' | 'choice' | 'text';
  /** The statement, list entry or question; empty for the feedback form, whose questions the page translates. */
  label: string;
  /** choice: the options, answered by index. */
  options?: string[];
  /** A heading the page groups items under (a scorecard perspective). */
  group?: string;
}

export interface PhoneRound {
  kind: RoundKind;
  /** The language the text of the items is in (the package may fall back to English). */
  language: string;
  /** dots: how many each phone may give. */
  dots: number;
  /** self-evaluation: the labels of the scale 1..5. */
  scale: string[];
  items: PhoneItem[];
}

/** An answer: a score 1–5, a number of dots, an option index or a text; null takes it back. */
export type PhoneValue = number | string | null;

export interface PhoneJoin {
  phoneId: string;
}

export interface PhoneAnswers {
  answers: Record<string, Exclude<PhoneValue, null>>;
}

/** Error codes the page translates (vote.json errors.*). */
export const PHONE_ERRORS = ['closed', 'wrong_code', 'too_fast', 'invalid', 'too_many_dots', 'unknown_phone', 'full', 'offline'] as const;
export type PhoneError = (typeof PHONE_ERRORS)[number];
