import type { AgendaItemInput, HomeworkInput } from '../../api/workshops';
import type { Calendar } from './calendar';
import { DAYS, spoken } from './calendar';
import type { Person } from './firm';
import { PLACES } from './firm';

/** What happened at one workshop of the example, apart from the worksheets. */
export interface HeldWorkshop {
  time: string;
  place: string;
  durationMinutes: number;
  notes: string;
  decisions: string;
  /** The contacts invited, and whether each came. */
  invited: Partial<Record<Person, boolean>>;
  /** Whether the staff representative joined (workshop 2). */
  guest: boolean;
  homework: HomeworkInput[];
}

const all = { owner: true, production: true, shops: true, baker: true };

/** The six workshops, in order. Homework is due a few days before the next workshop. */
export function heldWorkshops(c: Calendar): HeldWorkshop[] {
  const before = (n: number) => c.day(DAYS.workshops[n - 1]! - 3);
  return [
    {
      time: '09:00', place: PLACES.shop, durationMinutes: 180, invited: { ...all, baker: false }, guest: false,
      notes: 'Darius could not come: the deck oven broke down during the night and he stayed for the repair. The dot vote on triggers was clear: people leaving and knowledge held by one person got most dots. Scoring the self-evaluation alone first and then comparing showed large differences between production and the shops on learning. The energy was low at the start (the team came from a busy weekend) and rose during the inventory, when people saw how much they already do.',
      decisions: 'Our working definition of SR is agreed (see the worksheet). Starting themes for workshop 2: keeping new staff, passing on Darius\'s knowledge, orders and returns, being a good neighbour. Workshops 2 to 6 take place every two to three weeks, 9:00–12:00, never in the two weeks before Christmas or Easter.',
      homework: [
        { task: 'Complete the inventory and ask three staff members what the company does that they value', owner: 'Rūta', dueDate: before(2), done: true },
        { task: 'Write down the two or three most important names for each stakeholder group', owner: 'All participants', dueDate: before(2), done: true },
        { task: 'Collect the complaints and incidents of the last twelve months (complaint notes, phone log, accident book)', owner: 'Inga', dueDate: before(2), done: true },
        { task: 'Fill in the self-evaluation with Tomas', owner: 'Darius', dueDate: before(2), done: true },
      ],
    },
    {
      time: '09:00', place: PLACES.shop, durationMinutes: 185, invited: all, guest: true,
      notes: 'Gintarė Stankutė, shop assistant and staff representative, joined at Rūta\'s invitation for the stakeholder map and the employees\' view. Her view changed the discussion on orders: the shops copy last week\'s list because nobody shows them what was sold. The incident list was long; the root-cause work on late deliveries led back to the night shift again. Quick win agreed on the spot: the shift rota is published four weeks ahead from next month.',
      decisions: 'Priority relationships: employees and customers (high), community (medium). The shift rota is published four weeks ahead from next month (Tomas); it is done at once and not part of the action plan. Each participant talks with two stakeholders before workshop 3.',
      homework: [
        { task: 'Talk with two stakeholders of the priority relationships: what do you value, what should we do better?', owner: 'Each participant', dueDate: before(3), done: true },
        { task: 'Ask three to five staff members what they expect from us and what they would like to learn', owner: 'Rūta and Inga', dueDate: before(3), done: true },
        { task: 'Call the vocational school about practice places for the bakery class', owner: 'Tomas', dueDate: before(3), done: true },
      ],
    },
    {
      time: '09:00', place: PLACES.shop, durationMinutes: 190, invited: all, guest: false,
      notes: 'The vision took longer than planned: Darius insisted that "learning" must mean time on the night shift, not a course somewhere else. The strategy map on the wall with sticky notes worked well; the team moved arrows until everyone agreed. We shortened the scorecard recap and added ten minutes to check that the plan survives the Christmas season. The meeting ran ten minutes over.',
      decisions: 'Vision adopted, with the one-sentence version for staff. Eight objectives, one to three per perspective; main chain L1 → P1 → S2 → B2. Energy saving at the ovens, a loyalty card and a gluten-free range are parked for a later cycle.',
      homework: [
        { task: 'Hang the draft vision in the break room and collect comments', owner: 'Rūta', dueDate: before(4), done: true },
        { task: 'List the tasks that only one person can do, and what happens if that person is away for a month', owner: 'Tomas and Darius', dueDate: before(4), done: true },
        { task: 'Ask the shop team which learning they need', owner: 'Inga', dueDate: before(4), done: true },
      ],
    },
    {
      time: '13:00', place: PLACES.hall, durationMinutes: 175, invited: { ...all, shops: false }, guest: false,
      notes: 'Held in the break room of the production hall in the afternoon, so that the night shift could see the flip charts before their shift. Inga was ill; Tomas presented her notes on the shop team\'s wishes. The fear of the older bakers that written recipes make them replaceable was discussed openly. Darius said he would rather see his recipes continued by Mantas and Eglė than lost.',
      decisions: 'Five win-win activities go to workshop 5: mentoring in rye and sourdough, the skills board with job rotation, the induction checklist with a buddy, practical hygiene and allergen training, and order planning in the shops. From next week each Monday leaders\' meeting starts with a five-minute tip.',
      homework: [
        { task: 'Talk with Mantas and Eglė about the mentoring plan and the night hours it needs', owner: 'Darius', dueDate: before(5), done: true },
        { task: 'Ask the hygiene lecturer for a practical session on allergens in the shop', owner: 'Inga', dueDate: before(5), done: true },
        { task: 'Estimate hours and cost of each selected activity', owner: 'Tomas', dueDate: before(5), done: true },
      ],
    },
    {
      time: '09:00', place: PLACES.shop, durationMinutes: 180, invited: all, guest: false,
      notes: 'Twelve activities went into the plan and were then checked against the year: Tomas was named in too many rows, so the complaint book and the induction moved to Inga. The baseline for returns (180 kg a week) is the drivers\' estimate; Tomas will weigh for four weeks. Targets were argued over: Rūta wanted no leavers at all, the group settled on three.',
      decisions: 'Action plan with twelve activities and nine indicators, one or two per objective, adopted; about 280 working hours and €3,400 for the year. Inga coordinates the figures. First steps in the next four weeks as listed in the action plan.',
      homework: [
        { task: 'Weigh the returns from the shops for four weeks to confirm the baseline', owner: 'Tomas', dueDate: before(6), done: true },
        { task: 'Put a complaint book in each shop and explain the three-day rule to the team', owner: 'Inga', dueDate: before(6), done: true },
        { task: 'Put up the skills board in the production hall', owner: 'Tomas', dueDate: before(6), done: true },
        { task: 'Write the first five recipe cards', owner: 'Darius', dueDate: before(6), done: false },
      ],
    },
    {
      time: '09:00', place: PLACES.shop, durationMinutes: 180, invited: all, guest: false,
      notes: 'The team filled in the self-evaluation again: the overall score rose from 2.26 to 3.02, most in processes (2.0 → 3.0) and learning (2.2 → 3.1). The trial review with the real figures took 35 minutes. The Sunday opening trial was discussed: too few customers, and the shop staff were against it. Darius\'s recipe cards are late; he asked for time off the line to write them.',
      decisions: `Reviews every two months after the Monday leaders' meeting; Inga coordinates. Yearly review with the follow-up self-evaluation on ${spoken(c.meeting(DAYS.yearlyReview))}. The Sunday opening is dropped. Communication plan adopted. First themes for the next cycle: energy at the ovens, the cake decoration course, a joint stand with the other family bakery.`,
      homework: [
        { task: 'Put the review dates in the office calendar and invite the team', owner: 'Inga', dueDate: c.day(DAYS.workshops[5] + 7), done: true },
        { task: 'Present the plan to all staff at the Monday meeting and on the notice board', owner: 'Rūta', dueDate: c.day(DAYS.workshops[5] + 7), done: true },
        { task: 'Send the strategy summary to the flour mill and the two school canteens', owner: 'Rūta', dueDate: c.day(DAYS.workshops[5] + 30), done: false },
        { task: 'Book the yearly review with Aistė', owner: 'Rūta', dueDate: c.day(DAYS.yearlyReview - 30), done: false },
      ],
    },
  ];
}

/** Workshop 3 as adapted on the day: the scorecard recap shortened, a block added, minutes used. */
export const WORKSHOP_3_AGENDA: AgendaItemInput[] = [
  { blockId: 'w3-welcome', plannedMinutes: 10, actualMinutes: 10 },
  { blockId: 'w3-vision', plannedMinutes: 35, actualMinutes: 45 },
  { blockId: 'w3-scorecard', plannedMinutes: 15, actualMinutes: 15 },
  { blockId: 'w3-break', plannedMinutes: 15, actualMinutes: 15 },
  { blockId: 'w3-objectives', plannedMinutes: 45, actualMinutes: 50 },
  { blockId: 'w3-strategy-map', plannedMinutes: 30, actualMinutes: 30 },
  { blockId: null, title: 'Does the plan survive the Christmas season?', plannedMinutes: 10, actualMinutes: 10 },
  { blockId: 'w3-priorities', plannedMinutes: 10, actualMinutes: 5 },
  { blockId: 'w3-close', plannedMinutes: 10, actualMinutes: 10 },
];
