import type { Sme, SmeInput } from '@api/smes';

export interface ContactForm {
  key: string;
  id?: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** What the editor holds: exactly what was typed, even when it is not valid yet. */
export interface SmeForm {
  name: string;
  country: string | null;
  city: string;
  sector: string | null;
  employees: number | string;
  founded: number | string;
  website: string;
  notes: string;
  legalForm: string;
  turnover: number | string;
  balanceSheet: number | string;
  contacts: ContactForm[];
}

export function formFromSme(sme: Sme): SmeForm {
  return {
    name: sme.name,
    country: sme.country,
    city: sme.city,
    sector: sme.sector,
    employees: sme.employees ?? '',
    founded: sme.founded ?? '',
    website: sme.website,
    notes: sme.notes,
    legalForm: sme.legalForm,
    turnover: sme.turnover ?? '',
    balanceSheet: sme.balanceSheet ?? '',
    contacts: sme.contacts.map((c) => ({ ...c, key: c.id })),
  };
}

const numberOrNull = (v: number | string): number | null => {
  if (typeof v === 'number') return v;
  const trimmed = v.trim();
  return trimmed === '' ? null : Number(trimmed);
};

export function inputFromForm(form: SmeForm): SmeInput {
  return {
    name: form.name,
    country: form.country ?? '',
    city: form.city,
    sector: form.sector,
    employees: numberOrNull(form.employees),
    founded: numberOrNull(form.founded),
    website: form.website,
    notes: form.notes,
    legalForm: form.legalForm,
    turnover: numberOrNull(form.turnover),
    balanceSheet: numberOrNull(form.balanceSheet),
    contacts: form.contacts.map(({ id, name, role, email, phone }) => ({ ...(id ? { id } : {}), name, role, email, phone })),
  };
}

/** Where a form not stored yet is kept on this computer (the key earlier versions used too). */
export const smeDraftKey = (id: string) => `socialsme.draft.${id}`;

/** What the server holds of the form, so that a draft typed on an older state is not sent over it. */
export const smeBase = (sme: Sme) => ({ version: sme.updatedAt, part: inputFromForm(formFromSme(sme)) });
