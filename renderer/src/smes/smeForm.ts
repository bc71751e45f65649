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
  contacts: ContactForm[];
}

let keySeed = 0;
export const newKey = () => `c${Date.now().toString(36)}${(keySeed++).toString(36)}`;

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
    contacts: form.contacts.map(({ id, name, role, email, phone }) => ({ ...(id ? { id } : {}), name, role, email, phone })),
  };
}

const DRAFT_PREFIX = 'socialsme.draft.';

/** Unsaved (invalid) edits survive leaving the screen or closing the app. */
export const drafts = {
  load(id: string): SmeForm | null {
    try {
      const raw = localStorage.getItem(DRAFT_PREFIX + id);
      return raw ? (JSON.parse(raw) as SmeForm) : null;
    } catch {
      return null;
    }
  },
  save(id: string, form: SmeForm): void {
    try {
      localStorage.setItem(DRAFT_PREFIX + id, JSON.stringify(form));
    } catch {
      // Storage full or disabled: the form still holds the text.
    }
  },
  clear(id: string): void {
    localStorage.removeItem(DRAFT_PREFIX + id);
  },
};
