import type { Perspective, Relationship, StakeholderInput } from '../../api/strategy';

/**
 * The SR strategy of the example bakery on the balanced scorecard: its vision, stakeholders,
 * objectives and the cause-and-effect links between them. The worksheets of workshops 2 and 3
 * are filled from the same lists, so the case file tells one story.
 */

export const VISION =
  'In three years Šilo duona is still a family bakery in Kėdainiai, known for honest rye and sourdough bread. Every key recipe and machine is mastered by at least two people, and young bakers come to us because they learn the trade here. Cafés, school canteens and shoppers can rely on our quality and our delivery times. We bake what we sell and give the rest to people who need it. Because people stay and mistakes are rare, the bakery earns enough to invest in a new oven and fair wages.';

export const VISION_SHORT = 'Good bread, learned and baked together, on time and without waste.';

export const REVIEW_ROUTINE =
  'Every two months, on the Monday after the leaders\' meeting, about an hour in the office. Inga (coordinator) brings the figures one day before. We go through the traffic lights, take a decision on every red item, check the activities due before the next review and note what staff and customers told us. If an item is red twice, Rūta and the person responsible for it (the activity lead, or whoever measures the indicator) meet within a week. Once a year the yearly review, with a follow-up self-evaluation, plans the next cycle.';

export const STAKEHOLDERS: StakeholderInput[] = [
  { group: 'employees', name: 'Night-shift bakers and production staff (12)', influence: 4, impact: 5, relationship: 3, expectations: 'Shifts planned ahead, fair pay, time to learn the craft, respect for experience' },
  { group: 'employees', name: 'Shop assistants in the two shops (9)', influence: 3, impact: 4, relationship: 3, expectations: 'Shifts that fit family life, product knowledge, no blame for production mistakes' },
  { group: 'customers', name: 'Cafés and restaurants (14 accounts) and two school canteens', influence: 4, impact: 3, relationship: 3, expectations: 'Delivery before 7:00, one contact person, allergen sheets, stable prices' },
  { group: 'customers', name: 'Regular shoppers in the two shops', influence: 4, impact: 2, relationship: 4, expectations: 'Fresh bread until the evening, friendly service, smaller loaves for single households' },
  { group: 'suppliers', name: 'Regional flour mill (rye and wheat flour)', influence: 4, impact: 3, relationship: 4, expectations: 'A yearly volume they can plan with, payment on the agreed date' },
  { group: 'competitors', name: 'Supermarket bakeries and the other family bakery in town', influence: 3, impact: 2, relationship: 2, expectations: 'Fair competition; the family bakery is open to a joint stand at the town festival' },
  { group: 'community', name: 'Vocational training centre, bakery class', influence: 2, impact: 2, relationship: 3, expectations: 'Practice places where pupils learn more than cleaning and packing' },
  { group: 'authorities', name: 'State Food and Veterinary Service, district office', influence: 5, impact: 1, relationship: 4, expectations: 'Hygiene rules kept, allergen information correct, products traceable' },
];

export type ObjectiveCode = 'B1' | 'B2' | 'S1' | 'S2' | 'S3' | 'P1' | 'L1' | 'L2';

export interface PlannedObjective {
  code: ObjectiveCode;
  perspective: Perspective;
  title: string;
  description: string;
  /** For the objectives worksheet: the evidence, the key relationship, the priority. */
  why: string;
  relationship: Relationship;
  priority: 'high' | 'medium' | 'low';
}

/** Within the rules (rules.json): objectivesMin…objectivesMax objectives, one to three per perspective. */
export const OBJECTIVES: PlannedObjective[] = [
  { code: 'B1', perspective: 'business', title: 'Lower the cost of staff turnover and waste', relationship: 'employees', priority: 'high',
    description: 'Every leaver costs about €2,000 and 150–200 kg of bread a week come back from the shops. Halving both pays for the whole plan.',
    why: 'Seven leavers and about 9 tonnes of returns last year' },
  { code: 'B2', perspective: 'business', title: 'Grow sales to cafés and school canteens by a fifth', relationship: 'customers', priority: 'medium',
    description: 'Business customers are our most stable income: from €18,500 to €22,000 a month within a year.',
    why: 'One café lost to a supermarket supplier; two more canteens are interested' },
  { code: 'S1', perspective: 'stakeholders', title: 'Staff stay, and young bakers want to work with us', relationship: 'employees', priority: 'high',
    description: 'Fewer people leave in their first months, and the night shift is fully staffed without constant overtime.',
    why: 'Four of the seven leavers left within three months' },
  { code: 'S2', perspective: 'stakeholders', title: 'Cafés, canteens and shoppers can rely on our quality and delivery times', relationship: 'customers', priority: 'high',
    description: 'Bread is at the cafés before 7:00, and every complaint gets an answer within three working days.',
    why: 'Late deliveries; a canteen asked for allergen sheets' },
  { code: 'S3', perspective: 'stakeholders', title: 'A good neighbour in Kėdainiai', relationship: 'community', priority: 'medium',
    description: 'Good bread goes to the food bank, pupils of the bakery class learn with us, and the neighbours know whom to call.',
    why: 'A letter about night noise; donations only now and then' },
  { code: 'P1', perspective: 'processes', title: 'Orders planned and recipes written down, so every shift bakes right and wastes less', relationship: 'customers', priority: 'high',
    description: 'The shops order from their sales figures; recipe cards and oven checklists hang at every workstation.',
    why: 'Late ovens when the shift is short; orders copied from last week' },
  { code: 'L1', perspective: 'learning', title: 'A second person for every key recipe and machine', relationship: 'employees', priority: 'high',
    description: 'At least two people can do each of the twelve key production tasks, starting with the rye sourdough and the deck oven.',
    why: 'Only Darius knows the rye recipes; four days without rye bread when he was ill' },
  { code: 'L2', perspective: 'learning', title: 'A good start for every newcomer', relationship: 'employees', priority: 'high',
    description: 'Every new employee gets a planned first week, a checklist and a named buddy.',
    why: 'Newcomers feel lost; two packers left after three weeks' },
];

/** Cause and effect, learning → processes → stakeholders → business, as the team drew it. */
export const LINKS: { from: ObjectiveCode; to: ObjectiveCode; how: string; confidence: 'sure' | 'likely' | 'to-check' }[] = [
  { from: 'L1', to: 'P1', how: 'When two people know each task, the night runs to plan even when someone is away', confidence: 'sure' },
  { from: 'L1', to: 'S1', how: 'Young bakers stay where they learn the whole craft', confidence: 'likely' },
  { from: 'L2', to: 'S1', how: 'A good first month keeps new people', confidence: 'sure' },
  { from: 'L2', to: 'P1', how: 'Newcomers who know the routine make fewer mistakes on the line', confidence: 'likely' },
  { from: 'P1', to: 'S2', how: 'Bread on time and of the same quality every morning', confidence: 'sure' },
  { from: 'P1', to: 'B1', how: 'Fewer returns and failed batches cost less', confidence: 'sure' },
  { from: 'S1', to: 'B1', how: 'Each leaver we keep saves about €2,000', confidence: 'sure' },
  { from: 'S2', to: 'B2', how: 'Cafés and canteens that can rely on us order more and recommend us', confidence: 'likely' },
  { from: 'S3', to: 'S1', how: 'Pupils who practise with us apply to us later', confidence: 'to-check' },
  { from: 'S3', to: 'B2', how: 'A good name in the town helps win the canteen contracts', confidence: 'to-check' },
];

/**
 * Self-evaluation scores by statement id (the statements of the edition asked today, see
 * content/structure/self-evaluation.json): the baseline of workshop 1 and the end-of-cycle
 * evaluation of workshop 6.
 */
export const SCORES: Record<'baseline' | 'end', Record<string, number>> = {
  baseline: {
    'se-business-1': 2, 'se-business-3': 1, 'se-business-4': 1, 'se-business-11': 2, 'se-business-12': 2, 'se-business-13': 3, 'se-business-15': 3, 'se-business-16': 3, 'se-business-17': 4, 'se-business-18': 5, 'se-business-19': 1, 'se-business-20': 4,
    'se-stakeholders-1': 4, 'se-stakeholders-3': 2, 'se-stakeholders-11': 2, 'se-stakeholders-12': 1, 'se-stakeholders-6': 1, 'se-stakeholders-13': 5, 'se-stakeholders-16': 1, 'se-stakeholders-7': 2, 'se-stakeholders-8': 3, 'se-stakeholders-17': 3, 'se-stakeholders-10': 2, 'se-stakeholders-18': 2, 'se-stakeholders-19': 3, 'se-stakeholders-14': 2, 'se-stakeholders-15': 2,
    'se-processes-1': 2, 'se-processes-3': 2, 'se-processes-11': 2, 'se-processes-14': 3, 'se-processes-17': 1, 'se-processes-18': 2, 'se-processes-12': 1, 'se-processes-15': 2, 'se-processes-16': 3, 'se-processes-6': 3, 'se-processes-23': 3, 'se-processes-8': 2, 'se-processes-13': 2, 'se-processes-22': 1, 'se-processes-19': 1,
    'se-learning-1': 1, 'se-learning-4': 3, 'se-learning-5': 2, 'se-learning-11': 1, 'se-learning-6': 3, 'se-learning-14': 1, 'se-learning-12': 1, 'se-learning-15': 3, 'se-learning-10': 2, 'se-learning-16': 3, 'se-learning-9': 4, 'se-learning-13': 2,
  },
  end: {
    'se-business-1': 3, 'se-business-3': 2, 'se-business-4': 3, 'se-business-11': 3, 'se-business-12': 3, 'se-business-13': 3, 'se-business-15': 3, 'se-business-16': 3, 'se-business-17': 4, 'se-business-18': 5, 'se-business-19': 3, 'se-business-20': 4,
    'se-stakeholders-1': 4, 'se-stakeholders-3': 3, 'se-stakeholders-11': 4, 'se-stakeholders-12': 3, 'se-stakeholders-6': 2, 'se-stakeholders-13': 5, 'se-stakeholders-16': 1, 'se-stakeholders-7': 2, 'se-stakeholders-8': 3, 'se-stakeholders-17': 3, 'se-stakeholders-10': 2, 'se-stakeholders-18': 3, 'se-stakeholders-19': 3, 'se-stakeholders-14': 2, 'se-stakeholders-15': 2,
    'se-processes-1': 3, 'se-processes-3': 3, 'se-processes-11': 3, 'se-processes-14': 3, 'se-processes-17': 3, 'se-processes-18': 3, 'se-processes-12': 4, 'se-processes-15': 3, 'se-processes-16': 4, 'se-processes-6': 3, 'se-processes-23': 4, 'se-processes-8': 2, 'se-processes-13': 2, 'se-processes-22': 1, 'se-processes-19': 4,
    'se-learning-1': 3, 'se-learning-4': 4, 'se-learning-5': 3, 'se-learning-11': 4, 'se-learning-6': 3, 'se-learning-14': 3, 'se-learning-12': 3, 'se-learning-15': 3, 'se-learning-10': 2, 'se-learning-16': 3, 'se-learning-9': 4, 'se-learning-13': 2,
  },
};

export const EVALUATION_NOTES = {
  baseline: 'Rūta, Tomas and Inga scored alone at workshop 1, then agreed on one score per statement. Darius could not come; he scored later with Tomas, and his scores were added where they differed by two or more.',
  end: 'Scored at workshop 6 by the same four people. Learning and processes rose most; competitors and the environment stayed where they were, as we did nothing for them this cycle.',
};
