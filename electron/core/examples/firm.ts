import type { SmeInput } from '../../api/smes';

/**
 * The fictional firm of the example: a family bakery in a Lithuanian town. The names, the
 * figures and the story are made up; any likeness to a real company is a coincidence.
 */

/** The people of the firm the facilitator works with, by their part in the story. */
export const PEOPLE = {
  owner: { name: 'Rūta Jankauskienė', role: 'Owner and managing director' },
  production: { name: 'Tomas Jankauskas', role: 'Production manager' },
  shops: { name: 'Inga Petrauskienė', role: 'Shops and sales manager' },
  baker: { name: 'Darius Vaitkus', role: 'Head baker' },
} as const;
export type Person = keyof typeof PEOPLE;

const CONTACT_DETAILS: Record<Person, { email: string; phone: string }> = {
  owner: { email: 'ruta@silo-duona.example', phone: '+370 600 00101' },
  production: { email: 'tomas@silo-duona.example', phone: '+370 600 00102' },
  shops: { email: 'inga@silo-duona.example', phone: '+370 600 00103' },
  baker: { email: '', phone: '+370 600 00104' },
};

export const FIRM: SmeInput = {
  name: 'Example: Šilo duona family bakery',
  country: 'LT',
  city: 'Kėdainiai',
  sector: '2.1:10',
  employees: 28,
  founded: 1994,
  website: '',
  legalForm: 'UAB (private limited company)',
  turnover: 2_150_000,
  balanceSheet: 940_000,
  notes: [
    'Family bakery founded in 1994 by Rūta and Algirdas Jankauskas; their son Tomas now runs production.',
    'Bakes rye and wheat bread, sourdough loaves, pastries and cakes in its own production hall (night shift 22:00–6:00).',
    'Sells in two own shops in Kėdainiai, to 14 cafés and restaurants and to two school canteens.',
    '28 employees: 12 in production, 9 in the shops, 4 drivers and packers, 3 in the office.',
    '',
    'This is an example case file for trying out the app. The firm and the people are fictional.',
  ].join('\n'),
  contacts: (Object.keys(PEOPLE) as Person[]).map((p) => ({ ...PEOPLE[p], ...CONTACT_DETAILS[p] })),
};

/**
 * Last year's energy bills: electricity for the deck ovens, mixers and cooling; gas for the
 * tunnel oven and heating; diesel for the four delivery vans. A fifth of the electricity is on
 * a green tariff.
 */
export const ENERGY = { electricityKwh: 212_000, electricityRenewableKwh: 40_000, naturalGasKwh: 380_000, dieselLitres: 16_500 };

export const FACILITATOR = 'Aistė Mockutė';

/** A shop assistant and staff representative who joined workshop 2 without being a contact. */
export const GUEST = { name: 'Gintarė Stankutė', role: 'Shop assistant, staff representative' };

export const PLACES = {
  shop: 'Meeting room above the town-centre shop, Basanavičiaus g., Kėdainiai',
  hall: 'Break room of the production hall, Pramonės g., Kėdainiai',
};
