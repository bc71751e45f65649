import { WAY_OF_METHOD } from '../../api/shared-records';
import { ACTIVITIES } from './plan';
import { LINKS, OBJECTIVES, VISION, VISION_SHORT } from './scorecard';
import type { Worksheets } from './answers';

/** Why the team named each learning activity's need, and how soon it must be met. */
const NEED: Record<string, { source: string; urgency: string }> = {
  A1: { source: 'key-person-risk', urgency: 'now' },
  A2: { source: 'key-person-risk', urgency: 'now' },
  A3: { source: 'objective', urgency: 'now' },
  A4: { source: 'legal', urgency: 'this-year' },
};

/** Workshop 3: vision, objectives on the four perspectives and the strategy map. */
export const WORKSHOP_3: Worksheets = {
  'ws3-vision': {
    'stakeholder-input': 'The cafés value the taste and that we answer the phone, but want a delivery time they can count on (before 7:00) and one contact person. The school canteen wants allergen sheets and less sugar. Staff want the rota a month ahead and time to learn from Darius. The mill is happy with us and offers a fixed price for a yearly volume.',
    'future-voices': [
      { relationship: 'employees', voice: 'At Šilo duona you learn the whole craft, and they plan your shifts with you.' },
      { relationship: 'customers', voice: 'Their bread is at our door at 6:45 every day, and if something goes wrong they call before we do.' },
      { relationship: 'suppliers', voice: 'A partner who plans ahead and pays on time; we grow our rye for them.' },
      { relationship: 'competitors', voice: 'They compete on taste, not on price, and share a stand with us at the town festival.' },
      { relationship: 'community', voice: 'The bakery that trains our young people and throws no good bread away.' },
      { relationship: 'environment', voice: 'They bake what they sell; the returns have halved.' },
    ],
    vision: VISION,
    'vision-short': VISION_SHORT,
    'vision-test': '1. Would our staff recognise themselves in it? Darius: yes, if the learning is real. 2. Is it ours and not a slogan? We replaced "quality leader" with "honest rye and sourdough bread". 3. Does it name our key stakeholders? We added the school canteens. 4. Can we check it in five years? Yes: two people per key task, deliveries on time, returns. 5. Does it make business sense? Yes, it starts from our most expensive problems.',
  },
  'ws3-objectives': {
    objectives: OBJECTIVES.map((o) => ({ code: o.code, perspective: o.perspective, objective: o.title, why: o.why, relationship: o.relationship, priority: o.priority })),
    'balance-check': 'Eight objectives, one to three per perspective. Employees and customers, our two priority relationships, are covered on three levels each; the community has one objective. Complaints went into S2 rather than a ninth objective: more than eight is too much for one year. S3 and B2 get only small activities in this cycle.',
    parked: 'Energy saving at the ovens (the new oven is planned in two years). A loyalty card for the shops (first fix the basics). A gluten-free range (needs a separate room).',
  },
  'ws3-strategy-map': {
    links: LINKS.map((l) => ({ from: l.from, to: l.to, how: l.how, confidence: l.confidence })),
    'main-chain': 'L1 → P1 → S2 → B2: when two people know each key task, the night shift runs on time, the cafés and canteens get their bread before 7:00, and they order more. Second chain: L2 → S1 → B1: a good start keeps new people, which saves the cost of hiring again.',
    'loose-ends': 'Complaints are part of S2 rather than an objective of their own: discussing them with the whole team is a learning step for workshop 4. The links from S3 (community) to S1 and B2 are still to be checked.',
    'learning-roots': 'S2 and B2 rest on the bakers\' skills (L1), but the shop staff also need to learn to plan orders and to handle complaints. To workshop 4: learning for the shop team.',
  },
};

/** Workshop 4: how people learn today, what they need to learn, and win-win activities. */
export const WORKSHOP_4: Worksheets = {
  'ws4-learning-today': {
    ways: [
      { situation: 'A new baker works next to Darius on the night shift', method: 'on-the-job', who: 'New bakers', works: 3, improve: 'Darius has no time on busy nights; nothing is written down' },
      { situation: 'Yearly hygiene lecture by an outside lecturer', method: 'course', who: 'All staff', works: 2, improve: 'A lecture in a hot room that nobody remembers; make it practical, in the shop' },
      { situation: 'Shop assistants show each other the till', method: 'peer-learning', who: 'Shop staff', works: 3, improve: 'Only the till; nobody explains the products' },
      { situation: 'Tasting of new products', method: 'internal-training', who: 'Production and shop leaders', works: 4, improve: 'Invite the shop assistants too' },
      { situation: 'A new driver rides the route with the previous driver for two days', method: 'on-the-job', who: 'Drivers', works: 4, improve: 'Write down the customer notes: back doors, key codes' },
      { situation: 'Tomas visits the bakery fair in Vilnius', method: 'other', who: 'Tomas', works: 4, improve: 'Share what he saw with the team' },
      { situation: 'Rūta reads trade magazines and recipe books', method: 'self-study', who: 'Owner', works: 3, improve: 'Pass on one idea a month' },
      { situation: 'A pupil on summer practice', method: 'mentoring', who: 'Pupils of the vocational school', works: 3, improve: 'Plan tasks beyond cleaning and packing' },
    ],
    'single-person': 'The rye sourdough and the old rye recipes (Darius). Programming the deck oven (Darius, partly Tomas). Wedding cake decoration (one shop assistant who bakes at home). Orders and invoices of the school canteens (Inga). If Darius is away for a month, the rye bread stops.',
    barriers: 'The night shift: no time while the ovens run, and people are tired afterwards. The older bakers fear that written recipes make them replaceable. Courses cost money and mean travel to Kaunas. Shop staff cannot leave the counter. "Why train them if they leave?"',
  },
  'ws4-learning-needs': {
    // The learning plan is the action plan's learning activities (one source): the needs the team
    // wrote are those activities, with where each need came from and how soon.
    needs: ACTIVITIES.filter((a) => a.learning).map((a) => ({
      who: a.learners ?? '', what: a.learningWhat ?? '', why: `${a.objective}: ${a.businessBenefit}`,
      source: NEED[a.code]!.source, how: WAY_OF_METHOD.get(a.learningHow ?? '') ?? 'other', urgency: NEED[a.code]!.urgency,
    })),
    managers: 'Rūta: holding a yearly talk with each employee, and delegating more to Tomas and Inga. Tomas: planning the rota four weeks ahead and leading the night team without doing every job himself. Inga: reading the sales figures with the shop staff. All three: giving feedback in a way that people can hear.',
    'check-with-staff': 'Darius talks with Mantas and Eglė about the mentoring plan and the night hours it needs. Inga asks the shop team which days suit a training session. Tomas asks the older bakers how they feel about written recipe cards.',
  },
  'ws4-win-win': {
    activities: [
      { activity: 'Darius mentors two younger bakers in rye and sourdough', kind: 'new', 'staff-gain': 'A valued skill and a step towards shift leader', 'company-gain': 'No stop of the rye bread when Darius is away', objective: 'L1', effort: 'medium', 'first-step': 'Agree two mentoring nights a week with Tomas' },
      { activity: 'Skills board and planned job rotation in production', kind: 'new', 'staff-gain': 'Variety and visible progress', 'company-gain': 'A flexible night shift, fewer late deliveries', objective: 'L1', effort: 'medium', 'first-step': 'Tomas lists the twelve key tasks' },
      { activity: 'Induction checklist and a buddy for every newcomer', kind: 'new', 'staff-gain': 'A calm start, someone to ask', 'company-gain': 'Fewer early leavers', objective: 'L2', effort: 'low', 'first-step': 'Inga drafts the checklist from the last three hires' },
      { activity: 'Practical hygiene and allergen training', kind: 'expanded', 'staff-gain': 'Confidence with customers\' questions', 'company-gain': 'Fewer complaints; the canteens\' requirement met', objective: 'S2', effort: 'low', 'first-step': 'Ask the lecturer for a practical session' },
      { activity: 'The shops plan their orders from the sales figures', kind: 'new', 'staff-gain': 'Less stress in the morning, a say in the plan', 'company-gain': 'Fewer returns, less waste', objective: 'P1', effort: 'medium', 'first-step': 'Inga prints the weekly sales per shop' },
      { activity: 'A five-minute tip in each Monday leaders\' meeting', kind: 'new', 'staff-gain': 'Learning from each other', 'company-gain': 'Small improvements every week', objective: 'L2', effort: 'low', 'first-step': 'Rūta starts with the complaint of the week' },
      { activity: 'Practice places for pupils of the bakery class', kind: 'expanded', 'staff-gain': 'Pupils try the trade; buddies teach', 'company-gain': 'Future bakers get to know us', objective: 'S3', effort: 'medium', 'first-step': 'Tomas calls the head of the bakery class' },
      { activity: 'Cake decoration course for a shop assistant', kind: 'new', 'staff-gain': 'A new skill and higher pay', 'company-gain': 'Our own wedding cakes instead of buying them in', objective: 'B2', effort: 'medium', 'first-step': 'Ask for two course offers' },
    ],
    selected: 'Mentoring in rye and sourdough, the skills board, the induction checklist with a buddy, the practical hygiene and allergen training, and order planning in the shops. They answer our most urgent triggers and cost little. The cake decoration course waits for next year.',
    'learning-culture': 'A five-minute tip at the start of each Monday leaders\' meeting, beginning with the complaint of the week. A checklist for the first week of every newcomer, signed by the buddy.',
    'map-update': 'None added: every learning need of the day already serves L1 (two people for every key task) or L2 (a planned start for newcomers). The arrows from L1 to P1 and from L2 to S1 were checked on the map.',
  },
};
