import type { ActivityInput, KeepKind, ReviewInput } from '../../api/strategy';
import type { Calendar } from './calendar';
import { DAYS } from './calendar';
import type { ObjectiveCode } from './scorecard';

/**
 * The action plan of the example (workshop 5) and what became of it: activities with their
 * state today, indicators with their measurements, and the review meetings since workshop 6.
 * Days are counted from today; the lights and the overdue items come out of these dates.
 */

export interface PlannedActivity extends Omit<ActivityInput, 'objectiveId' | 'startDate' | 'dueDate'> {
  code: string;
  objective: ObjectiveCode;
  start: number;
  due: number;
  /** For the action plan worksheet: hours and cost. */
  resources: string;
}

const OWNER = { owner: 'Rūta Jankauskienė', production: 'Tomas Jankauskas', shops: 'Inga Petrauskienė', baker: 'Darius Vaitkus' };

export const ACTIVITIES: PlannedActivity[] = [
  { code: 'A1', objective: 'L1', kind: 'new', status: 'running', owner: OWNER.baker, start: -110, due: 70, cost: 1200,
    title: 'Darius mentors two younger bakers in rye and sourdough baking',
    resources: 'Two nights a week, two hours each, for six months; €1,200 extra pay',
    businessBenefit: 'The rye bread (about 30 % of turnover) no longer depends on one person',
    stakeholderBenefit: 'Mantas and Eglė learn the core of the trade and can become shift leaders',
    learning: true, learners: 'Mantas and Eglė, bakers on the night shift', learningHow: 'mentoring',
    learningWhat: 'Feeding and keeping the rye sourdough, the three old rye recipes, judging dough and proof by hand, loading the deck oven' },
  { code: 'A2', objective: 'L1', kind: 'new', status: 'running', owner: OWNER.production, start: -115, due: -20, cost: 150,
    title: 'Skills board for the twelve key production tasks, and planned job rotation',
    resources: 'Board and cards €150; one hour a week of Tomas',
    businessBenefit: 'Tomas can plan the night shift with whoever is there; fewer late deliveries',
    stakeholderBenefit: 'Staff see what they can learn next, and the work is more varied',
    learning: true, learners: 'All twelve production staff', learningHow: 'on_the_job',
    learningWhat: 'At least one new key task per person, for example oven programming, mixing rye dough or cake assembly' },
  { code: 'A3', objective: 'L2', kind: 'new', status: 'done', owner: OWNER.shops, start: -100, due: -40, cost: 200,
    title: 'Induction checklist and a named buddy for every newcomer',
    resources: 'Eight hours to write the checklist; €50 for the buddy per newcomer',
    businessBenefit: 'Fewer people leaving in their first three months, each of whom costs about €2,000',
    stakeholderBenefit: 'New staff know what to expect and whom to ask from the first night',
    learning: true, learners: 'Every new employee and the four buddies', learningHow: 'peer',
    learningWhat: 'The essentials of the first week: hygiene, safety at the ovens, the order of the night, the shops and the products' },
  { code: 'A4', objective: 'S2', kind: 'existing', status: 'planned', owner: OWNER.shops, start: 10, due: 45, cost: 600,
    title: 'Practical hygiene and allergen training instead of the yearly lecture',
    resources: 'Two sessions of three hours with an external trainer; €600',
    businessBenefit: 'Meets the law and the canteens\' requirements; fewer complaints about allergens',
    stakeholderBenefit: 'Staff answer customers\' questions with confidence; customers with allergies are safe',
    learning: true, learners: 'All nine shop assistants and the twelve production staff', learningHow: 'course',
    learningWhat: 'The allergens in our products, labels, cross-contact in the bakery, answering a worried customer calmly' },
  { code: 'A5', objective: 'P1', kind: 'new', status: 'running', owner: OWNER.shops, start: -90, due: 30, cost: 0,
    title: 'The shops plan their daily orders from the sales of past weeks, the weather and holidays',
    resources: 'Half an hour a week per shop; sales printout from the till system',
    businessBenefit: 'Less unsold bread: every 10 kg less a week saves about €1,000 a year',
    stakeholderBenefit: 'Fewer rushed calls at 5 a.m.; shoppers find fresh bread until the evening' },
  { code: 'A6', objective: 'P1', kind: 'existing', status: 'running', owner: OWNER.baker, start: -100, due: -35, cost: 100,
    title: 'Recipe cards and oven checklists at every workstation',
    resources: 'About 20 hours of Darius; laminating €100',
    businessBenefit: 'The same quality on every shift; fewer failed batches',
    stakeholderBenefit: 'Stand-ins and new bakers can work without asking' },
  { code: 'A7', objective: 'S2', kind: 'new', status: 'done', owner: OWNER.shops, start: -115, due: -85, cost: 20,
    title: 'Complaint book in both shops and an answer within three working days',
    resources: 'Two notebooks; ten minutes a day',
    businessBenefit: 'Complaints are counted and their causes fixed, not only apologised for',
    stakeholderBenefit: 'Customers get an answer and see what changed' },
  { code: 'A8', objective: 'S1', kind: 'new', status: 'running', owner: OWNER.owner, start: -60, due: 90, cost: null,
    title: 'A yearly talk with every employee about their work and what they want to learn',
    resources: 'Thirty minutes per employee in working time; about 15 hours of Rūta',
    businessBenefit: 'Early warning before people leave; learning wishes feed the skills board',
    stakeholderBenefit: 'Every employee is heard once a year, in working time' },
  { code: 'A9', objective: 'S3', kind: 'existing', status: 'running', owner: OWNER.shops, start: -115, due: 125, cost: null,
    title: 'Unsold bread to the Kėdainiai food bank on fixed days twice a week',
    resources: 'The food bank collects; ten minutes of packing',
    businessBenefit: 'Lower waste costs and a good name in the town',
    stakeholderBenefit: 'About 60 families a week get good bread' },
  { code: 'A10', objective: 'S3', kind: 'existing', status: 'planned', owner: OWNER.production, start: 20, due: 110, cost: 400,
    title: 'Two practice places a year for pupils of the vocational school\'s bakery class',
    resources: 'A buddy per pupil; work clothes and meals €400',
    businessBenefit: 'Young people get to know us before they look for a job',
    stakeholderBenefit: 'Pupils learn the trade in a real bakery' },
  { code: 'A11', objective: 'B2', kind: 'new', status: 'running', owner: OWNER.owner, start: -40, due: 60, cost: 300,
    title: 'Offer a rye bread and less-sweet snack range to two more school canteens',
    resources: 'Samples and allergen sheets €300; four visits',
    businessBenefit: 'About €1,500 more sales a month',
    stakeholderBenefit: 'Children get fresh bakery products with less sugar' },
  { code: 'A12', objective: 'B2', kind: 'new', status: 'dropped', owner: OWNER.owner, start: -100, due: -45, cost: null,
    title: 'Open the town-centre shop on Sundays (trial)',
    resources: 'Two shop assistants every Sunday for two months',
    businessBenefit: 'Sunday sales; the trial brought about 40 customers a Sunday, too few',
    stakeholderBenefit: 'Fresh bread on Sundays for the town centre' },
];

export interface PlannedIndicator {
  /** Stable within the example, so the crosswalk (content/structure/crosswalk.json) can tag it. */
  code: string;
  objective: ObjectiveCode;
  name: string;
  unit: string;
  direction: 'up' | 'down' | 'keep';
  /** For a kept indicator: how its level (`target`) is held. */
  keep?: KeepKind;
  baseline: number;
  target: number;
  /** Days from today. */
  targetDay: number;
  howMeasured: string;
  frequency: 'monthly' | 'quarterly' | 'yearly';
  who: string;
  /** What the baseline, measured at workshop 5, rests on. */
  baselineNote: string;
  /** The measurements since: [days from today, value, note]. */
  measurements: [number, number, string][];
}

/** One or two per objective (rules.json: indicatorsPerObjectiveMin…Max), one of them kept at a level. */
export const INDICATORS: PlannedIndicator[] = [
  { code: 'I1', objective: 'S1', name: 'Employees who left in the last 12 months', unit: 'people', direction: 'down', baseline: 7, target: 3, targetDay: 245,
    howMeasured: 'Payroll list of leavers, rolling twelve months', frequency: 'quarterly', who: OWNER.shops,
    baselineNote: 'Four of them within three months',
    measurements: [[-68, 6, 'Nobody hired since the checklist has left'], [-8, 5, '']] },
  { code: 'I2', objective: 'S2', name: 'Customer complaints per month', unit: 'complaints', direction: 'down', baseline: 14, target: 6, targetDay: 120,
    howMeasured: 'Complaint books of both shops and the café phone log', frequency: 'monthly', who: OWNER.shops,
    baselineNote: 'Estimate from the phone log',
    measurements: [[-90, 13, ''], [-68, 11, 'Fewer late deliveries'], [-30, 12, 'Stale bread in the second shop'], [-8, 12, '']] },
  { code: 'I3', objective: 'P1', name: 'Unsold bread returned from the shops', unit: 'kg per week', direction: 'down', baseline: 180, target: 120, targetDay: 150,
    howMeasured: 'Drivers weigh the returns at the ramp; weekly total', frequency: 'monthly', who: OWNER.production,
    baselineNote: 'Drivers\' estimate, confirmed by four weeks of weighing',
    measurements: [[-90, 172, ''], [-68, 176, ''], [-30, 188, 'New café orders added to the old list'], [-8, 195, 'Second shop still copies last week\'s orders']] },
  { code: 'I4', objective: 'L1', name: 'Key production tasks that at least two people can do', unit: '% of 12 tasks', direction: 'up', baseline: 25, target: 75, targetDay: 180,
    howMeasured: 'Skills board in the production hall', frequency: 'monthly', who: OWNER.production,
    baselineNote: '3 of 12',
    measurements: [[-90, 33, '4 of 12'], [-68, 42, '5 of 12'], [-30, 58, '7 of 12'], [-8, 67, '8 of 12: Eglė bakes the light rye alone']] },
  { code: 'I5', objective: 'B2', name: 'Monthly sales to cafés and school canteens', unit: '€ thousand', direction: 'up', baseline: 18.5, target: 22, targetDay: 245,
    howMeasured: 'Invoices of the month', frequency: 'monthly', who: OWNER.owner,
    baselineNote: 'Last three months before workshop 5',
    measurements: [[-90, 18.9, ''], [-68, 19.1, ''], [-30, 19, 'One café closed for four weeks for renovation'], [-8, 19.2, 'Samples at two new canteens, no contract yet']] },
  { code: 'I6', objective: 'L2', name: 'Newcomers with a completed induction checklist', unit: '%', direction: 'up', baseline: 0, target: 100, targetDay: 60,
    howMeasured: 'Signed checklists in the office folder, newcomers of the last quarter', frequency: 'quarterly', who: OWNER.shops,
    baselineNote: 'No checklist yet',
    measurements: [[-68, 50, 'One of two newcomers'], [-8, 100, 'Both newcomers of the quarter']] },
  { code: 'I7', objective: 'B1', name: 'Cost of leavers and returned bread', unit: '€ thousand a year', direction: 'down', baseline: 23, target: 12, targetDay: 245,
    howMeasured: 'Leavers of the last twelve months × €2,000, plus returns of the last twelve months at cost price', frequency: 'quarterly', who: OWNER.owner,
    baselineNote: '7 leavers (€14,000) and about 9 tonnes of returns (€9,000)',
    measurements: [[-68, 22.5, 'One leaver fewer; returns as before'], [-8, 22, 'Fewer leavers, but more returns']] },
  { code: 'I8', objective: 'S2', name: 'Deliveries to cafés and canteens before 7:00', unit: '% of deliveries', direction: 'keep', keep: 'at_least', baseline: 96, target: 95, targetDay: 245,
    howMeasured: 'Drivers note the hand-over time on the delivery slip; monthly share', frequency: 'monthly', who: OWNER.production,
    baselineNote: 'A strength to hold while the café orders grow, not to push higher',
    measurements: [[-90, 97, ''], [-68, 94, 'Two drivers ill in the same week'], [-30, 96, ''], [-8, 97, '']] },
  { code: 'I9', objective: 'S3', name: 'Families a week who get our bread through the food bank', unit: 'families', direction: 'up', baseline: 40, target: 60, targetDay: 125,
    howMeasured: 'The food bank\'s weekly list', frequency: 'monthly', who: OWNER.shops,
    baselineNote: 'Donations only now and then before workshop 5',
    measurements: [[-68, 52, 'Fixed pick-up days since the spring'], [-8, 58, '']] },
];

export function reviews(c: Calendar): ReviewInput[] {
  const [first, second] = DAYS.reviews.map((d) => c.meeting(d)) as [string, string];
  return [
    {
      heldOn: first, nextOn: second,
      findings: 'Leavers down from 7 to 6 over twelve months; nobody hired since the induction checklist has left. Complaints down from 14 to 11 a month, mostly fewer about late deliveries. Deliveries before 7:00 fell to 94 % in the week two drivers were ill: one month outside the level, so yellow, not red. The food bank now collects on fixed days; 52 families a week get our bread. Returns still about 175 kg a week. Skills board: 5 of 12 key tasks have a second person. The recipe cards are late: Darius has had no time to write them.',
      decisions: 'Tomas takes Darius off the line for two hours a week to dictate the recipe cards to Eglė. Inga starts order planning in the town-centre shop first and brings the returns of that shop separately to the next review.',
    },
    {
      heldOn: second, nextOn: c.meeting(DAYS.nextReview),
      findings: 'Green: leavers (5), key tasks with two people (8 of 12), induction (both newcomers), deliveries before 7:00 back at 97 %, families reached through the food bank (58). Amber: complaints stuck at 12 a month; sales to cafés and canteens up only slightly; the cost of leavers and returns down only to €22,000 a year, because the returns ate up what fewer leavers saved. Red: returns rose to 195 kg a week after the second shop took on the new café orders and kept copying the old list. Two activities are overdue: the recipe cards and the job rotation.',
      decisions: 'Returns: Inga and Tomas plan the orders of both shops together every Friday for four weeks, then we weigh again. Job rotation: Tomas proposes a new date at the next leaders\' meeting. Complaints: the complaint of the week opens each Monday meeting. The Sunday opening stays dropped.',
    },
  ];
}
