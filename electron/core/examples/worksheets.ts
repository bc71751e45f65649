import type { Worksheets } from './answers';
import { feedbackOf } from './answers-feedback';
import { WORKSHOP_1, WORKSHOP_2 } from './answers-w1-w2';
import { WORKSHOP_3, WORKSHOP_4 } from './answers-w3-w4';
import { workshop5, workshop6 } from './answers-w5-w6';
import type { Calendar } from './calendar';

/** The filled-in worksheets of workshop `n` (1–6). */
export function worksheetsOf(n: number, c: Calendar): Worksheets {
  return { ...[WORKSHOP_1, WORKSHOP_2, WORKSHOP_3, WORKSHOP_4, workshop5(c), workshop6(c)][n - 1]!, ...feedbackOf(n) };
}
