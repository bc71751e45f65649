import { blankNewRows } from '../ui/rowKey';
import { NUMBER_FIELDS } from '@api/numbers';
import type { Sme, SmeInput } from '@api/smes';
import { numberText, typedValue } from '../ui/numbers';

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
    employees: numberText(sme.employees),
    founded: numberText(sme.founded),
    website: sme.website,
    notes: sme.notes,
    legalForm: sme.legalForm,
    turnover: numberText(sme.turnover),
    balanceSheet: numberText(sme.balanceSheet),
    contacts: sme.contacts.map((c) => ({ ...c, key: c.id })),
  };
}

export function inputFromForm(form: SmeForm): SmeInput {
  return {
    name: form.name,
    country: form.country ?? '',
    city: form.city,
    sector: form.sector,
    employees: typedValue(form.employees, NUMBER_FIELDS.employees),
    founded: typedValue(form.founded, NUMBER_FIELDS.founded),
    website: form.website,
    notes: form.notes,
    legalForm: form.legalForm,
    turnover: typedValue(form.turnover, NUMBER_FIELDS.figures),
    balanceSheet: typedValue(form.balanceSheet, NUMBER_FIELDS.figures),
    contacts: form.contacts.map(({ id, name, role, email, phone }) => ({ ...(id ? { id } : {}), name, role, email, phone })),
  };
}

/** Where a form not stored yet is kept on this computer (the key earlier versions used too). */
export const smeDraftKey = (id: string) => `socialsme.draft.${id}`;

/** What the server holds of the form, so that a draft typed on an older state is not sent over it. */
export const smeBase = (sme: Sme) => ({ version: sme.updatedAt, part: inputFromForm(formFromSme(sme)) });

/** Contacts added on this screen with nothing typed yet: not sent, and no "Please fill this in" (see blankNewRows). */
export const blankContacts = (form: SmeForm) => blankNewRows(form.contacts, (c) => !c.id, (c) => [c.name, c.role, c.email, c.phone]);

/** What is sent: the form without the contacts nothing was typed into yet. */
export const sentFromForm = (form: SmeForm): SmeInput => inputFromForm({ ...form, contacts: blankContacts(form).kept });

type ContactField = 'name' | 'role' | 'email' | 'phone';

/**
 * What is sent while some fields cannot be stored: every other field as typed, the invalid ones as
 * they were last sent. Of a contact only its invalid fields are held back: as last sent, or empty
 * for a contact not sent with them yet (one without a valid name is not sent at all).
 */
export function validPartOf(typed: SmeForm, problems: Record<string, string>, sent: SmeForm): SmeForm {
  const part: SmeForm = { ...typed };
  const badContacts = new Map<number, ContactField[]>();
  for (const path of Object.keys(problems)) {
    const [field, index, contactField] = path.split('.') as [keyof SmeForm, string | undefined, ContactField | undefined];
    if (field === 'contacts' && index !== undefined && contactField !== undefined) {
      badContacts.set(Number(index), [...(badContacts.get(Number(index)) ?? []), contactField]);
    } else if (field in sent) Object.assign(part, { [field]: sent[field] });
  }
  if (part.contacts === typed.contacts && badContacts.size > 0) {
    part.contacts = typed.contacts.flatMap((c, i) => {
      const bad = badContacts.get(i);
      if (!bad) return [c];
      const before = sent.contacts.find((s) => s.key === c.key);
      if (!before && bad.includes('name')) return [];
      return [{ ...c, ...Object.fromEntries(bad.map((f) => [f, before ? before[f] : ''])) }];
    });
  }
  return part;
}
