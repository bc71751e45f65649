import type { Calendar } from './calendar';
import { DAYS } from './calendar';
import { ACTIVITIES, INDICATORS } from './plan';
import type { Worksheets } from './answers';

/** The action plan and indicator worksheets, as adopted at workshop 5 and checked at workshop 6. */
function planSheets(c: Calendar, notes: { capacity: string; parked: string; firstSteps: string; balance: string; baselines: string }): Worksheets {
  return {
    'ws5-action-plan': {
      activities: ACTIVITIES.map((a) => ({
        code: a.code, activity: a.title, objective: a.objective, kind: a.kind === 'existing' ? 'expanded' : 'new', owner: a.owner ?? '',
        start: c.day(a.start), due: c.day(a.due), resources: a.resources, 'business-benefit': a.businessBenefit ?? '',
        'stakeholder-benefit': a.stakeholderBenefit ?? '', learning: a.learning ? 'yes' : 'no',
      })),
      milestones: [
        { activity: 'A2', milestone: 'Skills board up with the twelve key tasks', date: c.day(-100) },
        { activity: 'A7', milestone: 'Complaint books in both shops', date: c.day(-110) },
        { activity: 'A3', milestone: 'Checklist tested with two newcomers', date: c.day(-40) },
        { activity: 'A6', milestone: 'Fifteen recipe cards at the workstations', date: c.day(-35) },
        { activity: 'A5', milestone: 'The town-centre shop plans its orders from sales', date: c.day(-45) },
        { activity: 'A1', milestone: 'Eglė bakes the light rye alone', date: c.day(-30) },
        { activity: 'A5', milestone: 'Both shops plan their orders', date: c.day(30) },
        { activity: 'A1', milestone: 'Mantas and Eglė bake all three rye breads', date: c.day(70) },
      ],
      'capacity-check': notes.capacity,
      parked: notes.parked,
      'first-steps': notes.firstSteps,
    },
    'ws5-indicators': {
      indicators: INDICATORS.map((i) => ({
        indicator: i.name, objective: i.objective, unit: i.unit, direction: ({ up: 'increase', down: 'decrease', keep: 'keep' } as const)[i.direction],
        baseline: i.baseline, target: i.target, 'target-date': c.day(i.targetDay), 'how-measured': i.howMeasured, frequency: i.frequency, 'who-measures': i.who,
      })),
      'balance-check': notes.balance,
      'missing-baselines': notes.baselines,
    },
  };
}

export function workshop5(c: Calendar): Worksheets {
  return planSheets(c, {
    capacity: 'No new activity starts in the busy weeks before Christmas and Easter, and the mentoring nights pause then. Tomas was named in six rows; the complaint book and the induction moved to Inga. In total about 280 working hours and €3,400 in the year, which Rūta accepts.',
    parked: 'A loyalty card; a gluten-free range; an energy audit of the ovens; the cake decoration course (next year).',
    firstSteps: 'Tomas lists the twelve key tasks and puts up the skills board within two weeks. Darius and Tomas fix the two mentoring nights. Inga drafts the induction checklist, prints the sales per shop and puts a complaint book in each shop. Rūta books the hygiene trainer for a practical session.',
    balance: 'Every objective has one or two indicators, so all four perspectives are covered; employees and customers have two each. Deliveries before 7:00 are a strength: that indicator is kept at 95 % or more while the café orders grow, not pushed higher.',
    baselines: 'Returns from the shops: Tomas weighs them for four weeks to confirm the 180 kg. Key tasks with two people: counted when Tomas has listed the tasks. Complaints: Inga counts from the new complaint books; until then the phone log.',
  });
}

export function workshop6(c: Calendar): Worksheets {
  const review = (d: number) => c.meeting(d);
  return {
    ...planSheets(c, {
      capacity: 'Checked at workshop 6: the plan still fits, but everything that depends on Darius\'s free time slips. Two hours a week off the line for him are now planned.',
      parked: 'Still parked: a loyalty card, a gluten-free range, the cake decoration course. The Sunday opening (A12) is dropped after the trial.',
      firstSteps: 'Inga puts the review dates in the calendar. Rūta presents the plan to all staff. Darius dictates the first recipe cards to Eglė. Tomas starts the job rotation in the packing area.',
      balance: 'Unchanged since workshop 5; the returns indicator is the one to watch.',
      baselines: 'None missing: the returns baseline (180 kg a week) was confirmed by four weeks of weighing.',
    }),
    'ws6-review-checklist': {
      team: 'Rūta, Tomas, Inga and Darius; Aistė joins the first review and the yearly review',
      coordinator: 'Inga Petrauskienė',
      rhythm: 'every-two-months',
      dates: [
        { meeting: 'First review', date: review(DAYS.reviews[0]), 'linked-to': 'Monday leaders\' meeting' },
        { meeting: 'Second review', date: review(DAYS.reviews[1]), 'linked-to': 'Monday leaders\' meeting' },
        { meeting: 'Third review', date: review(DAYS.nextReview), 'linked-to': 'Monday leaders\' meeting' },
        { meeting: 'Yearly review with the follow-up self-evaluation', date: review(DAYS.yearlyReview), 'linked-to': 'Yearly budget meeting' },
        { meeting: 'Fifth review', date: review(DAYS.yearlyReview + 60), 'linked-to': 'Monday leaders\' meeting' },
      ],
      agenda: '1. Figures and traffic lights (Inga, 10 minutes). 2. Red items: decide what to do (15 minutes). 3. Activities due before the next review (10 minutes). 4. What staff and customers told us (5 minutes). 5. Who does what by when (5 minutes).',
      'data-sources': 'Leavers: payroll list, Inga. Complaints: the complaint books and the café phone log, Inga. Returns: the scales at the ramp, noted daily by the drivers and added up by Tomas. Key tasks: a photo of the skills board, Tomas. Sales to cafés and canteens: the invoices, Rūta. Induction: the checklists in the office folder, Inga. All figures one day before the review.',
      status: [
        { item: 'A1 Mentoring in rye and sourdough', kind: 'activity', light: 'green', comment: 'Two nights a week since the start', decision: 'Continue', who: 'Darius', 'by-when': c.day(70) },
        { item: 'A2 Skills board and job rotation', kind: 'activity', light: 'yellow', comment: 'The board is up; rotation has not started', decision: 'Start the rotation in the packing area', who: 'Tomas', 'by-when': c.day(-20) },
        { item: 'A3 Induction checklist and buddy', kind: 'activity', light: 'green', comment: 'Draft ready; buddies named', decision: 'Test it with the next newcomer, then finish it', who: 'Inga', 'by-when': c.day(-40) },
        { item: 'A6 Recipe cards', kind: 'activity', light: 'red', comment: 'Two of fifteen cards written', decision: 'Two hours a week off the line for Darius', who: 'Tomas', 'by-when': c.day(-60) },
        { item: 'A7 Complaint book', kind: 'activity', light: 'green', comment: 'In use in both shops', decision: 'Done', who: 'Inga', 'by-when': c.day(-85) },
        { item: 'A12 Sunday opening (trial)', kind: 'activity', light: 'red', comment: 'About 40 customers a Sunday; staff against it', decision: 'Drop it', who: 'Rūta', 'by-when': c.day(DAYS.workshops[5] + 7) },
        { item: 'Employees who left in 12 months', kind: 'indicator', light: 'yellow', comment: 'Still 7: too early to see the effect', decision: 'Look again at the first review', who: 'Inga', 'by-when': review(DAYS.reviews[0]) },
        { item: 'Customer complaints per month', kind: 'indicator', light: 'yellow', comment: 'From 14 to 13', decision: 'The complaint of the week opens each Monday meeting', who: 'Inga', 'by-when': review(DAYS.reviews[0]) },
        { item: 'Unsold bread returned from the shops', kind: 'indicator', light: 'yellow', comment: '172 kg a week; the shops still copy old orders', decision: 'Start order planning in the town-centre shop', who: 'Inga', 'by-when': c.day(-45) },
        { item: 'Key tasks that two people can do', kind: 'indicator', light: 'green', comment: '4 of 12, up from 3', decision: 'Continue', who: 'Tomas', 'by-when': review(DAYS.reviews[0]) },
        { item: 'Monthly sales to cafés and canteens', kind: 'indicator', light: 'yellow', comment: '€18,900, slightly up', decision: 'Rūta visits two more canteens with samples', who: 'Rūta', 'by-when': c.day(-20) },
        { item: 'Newcomers with an induction checklist', kind: 'indicator', light: 'yellow', comment: 'No newcomer since workshop 5', decision: 'Use the draft checklist for the next hire', who: 'Inga', 'by-when': review(DAYS.reviews[0]) },
        { item: 'Cost of leavers and returned bread', kind: 'indicator', light: 'yellow', comment: 'Still about €23,000 a year: too early to see the effect', decision: 'Look again at the first review', who: 'Rūta', 'by-when': review(DAYS.reviews[0]) },
        { item: 'Deliveries before 7:00', kind: 'indicator', light: 'green', comment: '97 %, above the level of 95 %', decision: 'Hold it while the café orders grow', who: 'Tomas', 'by-when': review(DAYS.reviews[0]) },
        { item: 'Families reached through the food bank', kind: 'indicator', light: 'yellow', comment: 'Fixed pick-up days agreed; first count at the first review', decision: 'Count the families every month', who: 'Inga', 'by-when': review(DAYS.reviews[0]) },
      ],
      'when-red': 'A red item gets a decision in the same meeting. If it is red twice, Rūta and the person responsible for the item (its activity lead, or whoever measures the indicator) meet within a week and tell the team what changes.',
    },
    'ws6-communication': {
      messages: [
        { audience: 'All staff', relationship: 'employees', message: 'What we will do this year and why: the vision, the plan, the skills board', channel: 'meeting', when: 'The Monday after workshop 6, then after each review', who: 'Rūta' },
        { audience: 'The night shift', relationship: 'employees', message: 'Mentoring nights and the skills board: who learns what next', channel: 'conversation', when: 'Monthly, at the start of the shift', who: 'Darius' },
        { audience: 'Shop assistants', relationship: 'employees', message: 'Order planning, the complaint book and the results of each review', channel: 'notice-board', when: 'Every two months', who: 'Inga' },
        { audience: 'Cafés and restaurants', relationship: 'customers', message: 'Delivery before 7:00 and one contact person (Inga)', channel: 'email', when: 'Once, then when something changes', who: 'Inga' },
        { audience: 'School canteens', relationship: 'customers', message: 'Allergen sheets and the new less-sweet snack range', channel: 'printed', when: 'Before the next school term', who: 'Rūta' },
        { audience: 'Shoppers', relationship: 'customers', message: 'Bread we do not sell goes to the food bank twice a week', channel: 'notice-board', when: 'In both shops, permanently', who: 'Inga' },
        { audience: 'Regional flour mill', relationship: 'suppliers', message: 'Our yearly volume plan and the strategy summary', channel: 'conversation', when: 'At the yearly contract talk', who: 'Rūta' },
        { audience: 'Neighbours of the production hall', relationship: 'community', message: 'The shift leader\'s phone number for noise at night', channel: 'printed', when: 'Once, a letter in the mailboxes', who: 'Tomas' },
        { audience: 'Vocational school, bakery class', relationship: 'community', message: 'Two practice places a year and what pupils will learn', channel: 'conversation', when: 'Before the school year', who: 'Tomas' },
        { audience: 'Followers of our Facebook page', relationship: 'community', message: 'Photos of mentoring nights and of the pupils\' first loaves', channel: 'social-media', when: 'Monthly', who: 'Inga' },
      ],
      listening: 'The complaint books in both shops; the café phone log; the suggestion box in the production hall again, this time opened every Monday with every note answered on the notice board within two weeks; the yearly talks. Inga brings all of it to the review.',
      'claims-check': '"We throw no bread away" was removed: part of the returns still goes to animal feed. It now reads "Bread we do not sell goes to the food bank twice a week". "Every newcomer has a buddy" was kept: true since the checklist started.',
    },
    'ws6-next-cycle': {
      comparison: 'Overall from 2.26 to 3.02. Processes rose most (2.0 → 3.0): complaints are recorded and answered, activities have leads and dates. Learning rose from 2.2 to 3.1: newcomers get a buddy and a checklist, Darius mentors two bakers, the yearly talks have started. The employees relationship rose from 2.0 to 3.3. Competitors (2.8) and the environment (2.0) did not move: we did nothing for them this cycle.',
      lessons: 'Short, concrete activities with one owner worked; those that depend on Darius\'s free time slipped. Real figures, like the scales at the ramp, changed the discussion more than opinions did. Next time a shop assistant takes part from the start, as Gintarė did in workshop 2.',
      'yearly-review-date': review(DAYS.yearlyReview),
      'follow-up-date': review(DAYS.yearlyReview),
      themes: [
        { theme: 'Returns are still rising', source: 'indicator', perspective: 'processes', 'first-step': 'Joint Friday order planning for both shops' },
        { theme: 'Energy use of the ovens', source: 'parked-idea', perspective: 'processes', 'first-step': 'Ask the regional energy agency for a free audit' },
        { theme: 'Environment scores unchanged (2.0)', source: 'self-evaluation', perspective: 'learning', 'first-step': 'Staff sort and weigh waste by type for one month' },
        { theme: 'A joint stand with the other family bakery at the town festival', source: 'self-evaluation', perspective: 'stakeholders', 'first-step': 'Rūta calls its owner' },
        { theme: 'Cake decoration course for a shop assistant', source: 'parked-idea', perspective: 'learning', 'first-step': 'Get two course offers' },
        { theme: 'Noise from night loading', source: 'stakeholder', perspective: 'stakeholders', 'first-step': 'Ask two neighbours whether the letter helped' },
      ],
      support: 'Aistė at the yearly review. The employment service\'s subsidy for apprentice places. A practical hygiene and allergen trainer who comes to the shop.',
      commitment: '"I will keep two hours a week for Darius to teach and write, and I will hold the yearly talk with every employee myself. When an item is red twice, I sit down with its owner within a week." (Rūta)',
    },
  };
}
