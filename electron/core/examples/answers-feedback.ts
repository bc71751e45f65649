import type { Worksheets } from './answers';

/**
 * The feedback sheets of the example: a few participants' rows after each workshop and the
 * facilitator's log, and the look back on the whole process at workshop 6.
 */
const LOGS = [
  'Inventory ran over by five minutes; the keep-expand-stop decisions went to Rūta as homework, as planned. Follow up: Darius scores the self-evaluation with Tomas.',
  'Gintarė\'s view on orders was the turning point. The incident list took longer than planned; the employees\' view was shortened by five minutes.',
  'The vision took longer; the scorecard recap was cut to ten minutes. Next time: send the draft vision a week before.',
  'Held in the afternoon for the night shift. The nine cards worked; the learning needs table was too long for one session, Inga finishes it with the shop team.',
  'Pairs chose the indicators for two objectives each; the leads finished the method and frequency at home. The reality check moved two activities to the autumn.',
  'The trial review took the full 20 minutes; Inga led it well. The owner\'s commitment was written without help.',
];

function feedback(n: number): Worksheets {
  return {
    [`ws${n}-feedback`]: {
      responses: [
        { participant: 'Rūta', useful: 5, clear: 4, pace: 'right', best: 'Seeing our own facts on one page', change: 'Start on time' },
        { participant: 'Participant 2', useful: 4, clear: 3, pace: n === 4 ? 'too-fast' : 'right', best: 'Talking openly with production', change: 'Shorter input at the start' },
        { participant: 'Inga', useful: 4, clear: 4, pace: n === 5 ? 'too-slow' : 'right', best: 'The examples from other small firms', change: 'Send the worksheets a day before' },
      ],
      'facilitator-log': LOGS[n - 1]!,
    },
  };
}

export function feedbackOf(n: number): Worksheets {
  if (n !== 6) return feedback(n);
  return {
    ...feedback(6),
    'ws6-process-evaluation': {
      responses: [
        { participant: 'Rūta', 'worth-time': 5, 'strategy-fits': 4, 'learning-core': 5, facilitation: 5, recommend: 'yes', keep: 'The inventory in workshop 1', change: 'Fewer worksheets in workshop 5' },
        { participant: 'Tomas', 'worth-time': 4, 'strategy-fits': 4, 'learning-core': 5, facilitation: 4, recommend: 'yes', keep: 'Real figures on the table', change: 'Include the night shift earlier' },
        { participant: 'Participant 3', 'worth-time': 3, 'strategy-fits': 4, 'learning-core': 4, facilitation: 4, recommend: 'maybe', keep: 'The trial review', change: 'Less time on the vision' },
      ],
      'changed-so-far': 'Two newcomers had a planned introduction with a buddy; complaints are written down in both shops; Darius teaches two bakers on two nights a week.',
      'facilitator-lessons': 'Invite a shop assistant from workshop 1, not only from workshop 2. Keep the cards for the ways of learning; they started the best discussion of the process.',
    },
  };
}
