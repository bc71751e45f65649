import { STAKEHOLDERS } from './scorecard';
import type { Worksheets } from './answers';

/** Workshop 1: what pushes the bakery, what it already does, and its starting points. */
export const WORKSHOP_1: Worksheets = {
  'ws1-triggers': {
    triggers: [
      { trigger: 'Seven people left in the last twelve months, four of them within their first three months', stakeholder: 'employees', frequency: 'often', cost: 'About €2,000 per leaver for recruiting, training and overtime; a tired night shift', urgency: 5 },
      { trigger: 'No applicants for the last night-shift vacancy for ten weeks', stakeholder: 'employees', frequency: 'often', cost: 'Overtime for Darius and Tomas; risk of missing deliveries', urgency: 5 },
      { trigger: 'Only Darius knows the old rye recipes and the sourdough', stakeholder: 'employees', frequency: 'sometimes', cost: 'If he is ill, the rye bread (about 30 % of turnover) stops', urgency: 5 },
      { trigger: 'Cafés complain about late or incomplete morning deliveries', stakeholder: 'customers', frequency: 'sometimes', cost: 'Credit notes of about €150 a month; one café moved to a supermarket supplier', urgency: 4 },
      { trigger: 'Too much unsold bread comes back from the two shops', stakeholder: 'environment', frequency: 'often', cost: '150–200 kg a week; disposal costs and the bakers\' pride', urgency: 4 },
      { trigger: 'Shop staff and the night shift argue about wrong orders', stakeholder: 'employees', frequency: 'sometimes', cost: 'Bad mood, blame, half an hour of phone calls every morning', urgency: 3 },
      { trigger: 'Neighbours complain about noise when the vans are loaded at 4 a.m.', stakeholder: 'community', frequency: 'sometimes', cost: 'Tension with the neighbours; one letter to the municipality', urgency: 3 },
      { trigger: 'Flour prices rose by 30 %; the mill asks for a yearly contract', stakeholder: 'suppliers', frequency: 'once', cost: 'About four points less margin on bread', urgency: 3 },
    ],
    hopes: 'Fewer people leaving in their first months. A second person for the key recipes, so that the rye bread does not depend on one man. Less bread in the bin. Calmer mornings between production and the shops, and a name in Kėdainiai as a good place to learn the trade.',
    concerns: 'The busy weeks before Christmas fall into the process. The night shift rarely sees the owner and may take this for something for the office. Tomas worries that written recipes will make the bakery "like a factory".',
    success: 'In one year the night shift is fully staffed without overtime, at least two people can bake each of our key breads, and the cafés no longer call about late deliveries.',
  },
  'ws1-inventory': {
    activities: [
      { activity: 'Free bread and pastries for staff at the end of each shift', stakeholder: 'employees', since: '1994', regularity: 'written', learning: 'no', effect: 3, next: 'keep' },
      { activity: 'Darius trains new bakers at his side on the night shift', stakeholder: 'employees', since: 'about 2005', regularity: 'ad-hoc', learning: 'yes', effect: 3, next: 'expand' },
      { activity: 'Yearly hygiene lecture for all staff', stakeholder: 'employees', since: '2004', regularity: 'written', learning: 'yes', effect: 2, next: 'expand' },
      { activity: 'Staff buy cakes for family celebrations at cost price', stakeholder: 'employees', since: '2008', regularity: 'regular', learning: 'no', effect: 3, next: 'keep' },
      { activity: 'A birthday cake for every employee', stakeholder: 'employees', since: '2012', regularity: 'regular', learning: 'no', effect: 3, next: 'keep' },
      { activity: 'Tasting days for new products with regular customers', stakeholder: 'customers', since: '2018', regularity: 'ad-hoc', learning: 'yes', effect: 4, next: 'expand' },
      { activity: 'Rye flour from the regional mill instead of the importer', stakeholder: 'suppliers', since: '2001', regularity: 'regular', learning: 'no', effect: 4, next: 'keep' },
      { activity: 'Suppliers paid within 14 days', stakeholder: 'suppliers', since: 'always', regularity: 'written', learning: 'no', effect: 4, next: 'keep' },
      { activity: 'Unsold bread given to the food bank', stakeholder: 'community', since: '2019', regularity: 'ad-hoc', learning: 'no', effect: 3, next: 'expand' },
      { activity: 'Cakes for the kindergarten Christmas party and the town festival', stakeholder: 'community', since: '2010', regularity: 'regular', learning: 'no', effect: 2, next: 'keep' },
      { activity: 'Summer practice for one pupil of the vocational school', stakeholder: 'community', since: '2016', regularity: 'ad-hoc', learning: 'yes', effect: 3, next: 'expand' },
      { activity: 'Paper bags instead of plastic in both shops', stakeholder: 'environment', since: '2021', regularity: 'written', learning: 'no', effect: 3, next: 'keep' },
    ],
    stopped: 'A Christmas evening for staff and their families: stopped in 2020 during the pandemic and never started again; several older staff miss it. A suggestion box in the production hall: stopped around 2017 because nobody answered the notes.',
    'staff-view': 'Rūta asked a baker, a shop assistant and a driver. They value the fresh bread after the shift, that wages are always paid on time, and that the family knows everyone by name. The baker said he learned more from Darius in three months than in two years at school. The shop assistant would like to know earlier when the shift plan changes.',
  },
  'ws1-starting-points': {
    'sr-definition': 'For Šilo duona, social responsibility means being a place where people like to work and learn the trade, baking honest bread that customers and cafés can rely on every morning, and wasting as little as possible. We want the bakery to stay in the family and in Kėdainiai for the next generation.',
    strengths: 'The community and competitors (2.8) and suppliers (2.7): suppliers paid on time (5), long relations with the mill, a good name in the town (4). We know what our main customers expect beyond price (4). A loyal core team: Darius has been with us since 1998.',
    gaps: 'Processes (2.0) and learning (2.2) score lowest, and the employees and environment relationships only 2.0: no yearly talks with staff, no planned introduction for newcomers, complaints are not recorded, nothing written down about who does what. We do not know what staff turnover costs us. The most urgent triggers (people leaving, knowledge held by one person) have no activity yet.',
    surprises: 'Tomas scored "experienced staff pass on their knowledge" a 4, Inga a 1: in production people learn from Darius, in the shops nobody shows newcomers anything. Rūta was surprised how much bread comes back over a whole year: about 9 tonnes.',
    themes: [
      { theme: 'Keeping new staff beyond the first three months', perspective: 'learning', relationship: 'employees', evidence: 'Four of seven leavers left within three months; planned introduction scored 2' },
      { theme: 'Passing on the baking knowledge of Darius', perspective: 'learning', relationship: 'employees', evidence: 'Trigger with urgency 5; only one person knows the rye recipes' },
      { theme: 'Orders, deliveries and returns between production and the shops', perspective: 'processes', relationship: 'customers', evidence: 'Café complaints; 150–200 kg of returns a week' },
      { theme: 'Being a good neighbour', perspective: 'stakeholders', relationship: 'community', evidence: 'Letter about night noise; food bank donations only now and then' },
    ],
    later: 'A skills board in the production hall; an introduction day with a tour of both shops; orders from the shops on a tablet; a loyalty card for the shops; a partnership with the bakery class of the vocational school.',
  },
};

/** Workshop 2: stakeholders, incidents, the employees' view and the priority relationships. */
export const WORKSHOP_2: Worksheets = {
  'ws2-stakeholder-map': {
    stakeholders: [
      ...STAKEHOLDERS.map((s) => ({
        group: s.group === 'authorities' || s.group === 'owners' ? 'other' : s.group,
        name: s.name, influence: s.influence, impact: s.impact, expectations: s.expectations ?? '', relationship: s.relationship,
      })),
      { group: 'employees', name: 'Drivers and packers (4)', influence: 2, impact: 4, expectations: 'Loading ready on time, clear routes, no blame for late bread', relationship: 3 },
      { group: 'community', name: 'Neighbours of the production hall', influence: 2, impact: 3, expectations: 'Quiet loading at night, a phone number to call', relationship: 2 },
      { group: 'community', name: 'Kėdainiai food bank', influence: 1, impact: 3, expectations: 'Fixed pick-up days, bread that is still good', relationship: 4 },
      { group: 'environment', name: 'Regional waste company (food waste collection)', influence: 2, impact: 2, expectations: 'Sorted food waste, fewer mixed bins', relationship: 3 },
    ],
    observations: 'High influence and only a fair relationship: the night-shift bakers and the business customers. Both can hurt us quickly. We affect the bakers and the neighbours strongly, but they have little power to tell us. The mill and the regular shoppers are strong relations to protect.',
  },
  'ws2-incidents': {
    incidents: [
      { when: 'Last spring', group: 'employees', what: 'Two new packers left after three weeks; they said nobody explained the work', type: 'departure', frequency: 'often', 'tells-us': 'Newcomers are left alone' },
      { when: 'Several times a month', group: 'customers', what: 'A café got its rye bread at 8:30 instead of 7:00', type: 'complaint', frequency: 'sometimes', 'tells-us': 'Late ovens hit the delivery route' },
      { when: 'Five months ago', group: 'employees', what: 'A shop assistant and a night baker argued on the phone about a wrong cake order', type: 'conflict', frequency: 'sometimes', 'tells-us': 'Orders are passed on by phone and paper notes' },
      { when: 'Four months ago', group: 'community', what: 'Letter from neighbours about noise when the vans are loaded at 4 a.m.', type: 'complaint', frequency: 'once', 'tells-us': 'Nobody told them whom to call' },
      { when: 'Last summer', group: 'employees', what: 'A baker burned his arm on the oven door during a rush', type: 'accident', frequency: 'once', 'tells-us': 'Rushes happen when the shift is one person short' },
      { when: 'Every week', group: 'environment', what: 'Up to 200 kg of bread comes back from the shops', type: 'other', frequency: 'often', 'tells-us': 'Shop orders are guessed, not planned' },
      { when: 'Three months ago', group: 'customers', what: 'A school canteen asked for less sugar in the buns and for an allergen list', type: 'expectation', frequency: 'once', 'tells-us': 'Canteens expect written product information' },
      { when: 'Last winter', group: 'employees', what: 'Darius was on sick leave for two weeks; no rye bread for four days', type: 'other', frequency: 'once', 'tells-us': 'The key-person risk is real' },
      { when: 'Two months ago', group: 'suppliers', what: 'The mill asked for a one-year contract with fixed monthly volumes', type: 'expectation', frequency: 'once', 'tells-us': 'They want predictability from us' },
      { when: 'Often', group: 'customers', what: 'Shoppers ask for smaller loaves and bread without additives', type: 'expectation', frequency: 'often', 'tells-us': 'Single households are a growing group' },
    ],
    'root-causes': [
      { incident: 'New packers leaving after three weeks', influence: 'yes', 'root-cause': 'No planned introduction and no buddy for newcomers',
        whys: 'Why did they leave? They felt lost and slow. Why? Nobody showed them the work step by step. Why? The team leader works on the line himself and has no time. Why? Nobody is given time or a plan for introducing newcomers.' },
      { incident: 'Late deliveries to cafés', influence: 'yes', 'root-cause': 'Key tasks depend on one or two people',
        whys: 'Why late? The rye bread came out of the oven 40 minutes late. Why? The proofing started late. Why? The night shift was one person short and the stand-in did not know the order of the night. Why? Only Darius knows the whole night sequence.' },
      { incident: 'Bread coming back from the shops', influence: 'partly', 'root-cause': 'Orders are not planned from sales figures',
        whys: 'Why so much? The shops order the same amounts every day. Why? Orders are copied from last week on paper. Why? Nobody looks at what was sold, or at the weather and holidays.' },
    ],
    patterns: 'Most problems lead back to the night shift being short of people and of knowledge: late deliveries, accidents in rushes and conflicts with the shops. They get worse before Christmas and Easter and in the holiday months, when people take leave.',
  },
  'ws2-employees': {
    profiles: [
      { profile: 'Experienced baker, 45–60, on the night shift', expects: 'Respect for the craft, stable hours, fair pay', 'wants-to-learn': 'Little that is new; would like to teach, with time for it', stay: 'Pride in the bread, the team, work close to home', leave: 'Back pain; being asked to cover every missing shift' },
      { profile: 'Young baker or apprentice, 18–25', expects: 'Learning the trade, a fair rota, some weekends off', 'wants-to-learn': 'Sourdough and rye bread, cake decoration', stay: 'A mentor, seeing their own bread in the shop, a next step', leave: 'Being used only for cleaning and packing; nights every week' },
      { profile: 'Shop assistant, often a parent of school children', expects: 'Shifts that fit school hours, known four weeks ahead', 'wants-to-learn': 'Product knowledge, allergens, handling complaints calmly', stay: 'Friendly regular customers, a reliable plan', leave: 'Last-minute shift changes, conflicts with production' },
      { profile: 'Driver or packer', expects: 'Loading ready on time, clear routes', 'wants-to-learn': 'A forklift licence; some baking', stay: 'Independence on the road', leave: 'Unpaid waiting at the ramp; blame for late bread' },
    ],
    'staff-voices': 'From five short talks by Rūta and Inga: "Tell me a month ahead when I work." "I want to learn the rye bread before Darius retires." "Nobody asks us in the shop why the customers complain." "The first week was chaos; I almost left." "I would stay longer if I could move to the day shift one day a week."',
    'win-win': 'Darius teaches two younger bakers the rye and sourdough breads: they learn the craft, we lose the key-person risk. A buddy and a checklist for every newcomer in production and in the shops. Shop assistants learn to read the sales figures and plan their orders: less waste, fewer calls at 5 a.m.',
  },
  'ws2-priorities': {
    relationships: [
      { relationship: 'employees', why: 'Without bakers there is no bread', score: 2.0, issue: 'People leaving; knowledge held by one person', votes: 12, priority: 'high' },
      { relationship: 'customers', why: 'Cafés and canteens are our most stable income', score: 2.1, issue: 'Late deliveries; complaints not recorded', votes: 9, priority: 'high' },
      { relationship: 'community', why: 'Our name in a small town; future staff', score: 2.8, issue: 'Night noise; donations only now and then', votes: 5, priority: 'medium' },
      { relationship: 'environment', why: 'Waste is money in the bin', score: 2.0, issue: 'Returns from the shops', votes: 3, priority: 'medium' },
      { relationship: 'suppliers', why: 'Rye flour from the region is our taste', score: 2.7, issue: 'Yearly contract asked by the mill', votes: 1, priority: 'low' },
      { relationship: 'competitors', why: 'Supermarkets set the price of bread', score: 2.8, issue: 'Price pressure on white bread', votes: 0, priority: 'low' },
    ],
    chosen: 'Employees (12 votes): people leaving and knowledge held by one person are our most urgent triggers. Customers, especially the cafés and school canteens (9 votes): late deliveries and missing product information put our largest accounts at risk. Community (5 votes): food waste and the neighbours, and the place where our future bakers come from.',
    'themes-check': 'Kept: keeping new staff, passing on Darius\'s knowledge, orders and returns. Changed: "being a good neighbour" now includes the vocational school, because the community is also where our future bakers come from. Dropped for now: energy at the ovens, important but the new oven comes only in two years.',
    questions: 'Rūta calls the owners of two cafés: what would they change in our delivery? Inga asks the head cook of the school canteen which product information she needs. Tomas asks the vocational school whether they would send pupils for practice. Darius asks two bakers what would help them learn the rye recipes.',
  },
};
