import { z } from 'zod';
import { isCountry } from './countries';
import { isSector } from './nace';
import type { Dashboard } from './strategy';
import { Id, returns } from './channel';
import type { SizeClass } from './size-class';


export type { SizeClass } from './size-class';
export { SIZE_CLASSES, sizeClassOf } from './size-class';

const trimmed = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => trimmed(max).default('');

const websitePattern = /^(https?:\/\/)?[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?(\.[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?)+(:\d{1,5})?(\/\S*)?$/i;
const phonePattern = /^\+?[0-9 ()./-]{3,30}$/;
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const ContactInput = z.object({
  id: z.uuid().optional(),
  name: trimmed(120).min(1),
  role: optionalText(120),
  email: trimmed(254)
    .refine((v) => v === '' || emailPattern.test(v), { message: 'invalid_email' })
    .default(''),
  phone: trimmed(30)
    .refine((v) => v === '' || phonePattern.test(v), { message: 'invalid_phone' })
    .default(''),
});
export type ContactInput = z.input<typeof ContactInput>;

const currentYear = () => new Date().getFullYear();

export const SmeInput = z.object({
  name: trimmed(200).min(1),
  country: z.string().refine(isCountry, { message: 'invalid_country' }),
  city: optionalText(120),
  // A NACE Rev. 2.1 section or division; a Rev. 2 section of an older record stays valid.
  sector: z.string().refine(isSector, { message: 'invalid_choice' }).nullable().default(null),
  employees: z.number().int().min(0).max(1_000_000).nullable().default(null),
  founded: z
    .number()
    .int()
    .min(1800)
    .refine((y) => y <= currentYear(), { message: 'future_year' })
    .nullable()
    .default(null),
  website: trimmed(300)
    .refine((v) => v === '' || websitePattern.test(v), { message: 'invalid_url' })
    .default(''),
  notes: optionalText(20_000),
  /** For the VSME report's basis for preparation (B1): as in the articles and the annual accounts. */
  legalForm: optionalText(120),
  /** Net turnover and balance sheet total of the last closed year, in EUR. */
  turnover: z.number().finite().min(0).max(1e12).nullable().default(null),
  balanceSheet: z.number().finite().min(0).max(1e12).nullable().default(null),
  contacts: z.array(ContactInput).max(50).default([]),
});
export type SmeInput = z.input<typeof SmeInput>;
export type SmeData = z.output<typeof SmeInput>;

export interface Contact {
  id: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface Sme {
  id: string;
  name: string;
  country: string;
  city: string;
  sector: string | null;
  employees: number | null;
  sizeClass: SizeClass | null;
  founded: number | null;
  website: string;
  notes: string;
  legalForm: string;
  turnover: number | null;
  balanceSheet: number | null;
  contacts: Contact[];
  archived: boolean;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type SmeSummary = Omit<Sme, 'notes' | 'contacts' | 'website' | 'founded' | 'legalForm' | 'turnover' | 'balanceSheet'> & {
  contactCount: number;
};

export const SME_SORTS = ['name', 'updated', 'country', 'employees'] as const;
export type SmeSort = (typeof SME_SORTS)[number];

export const SmeQuery = z.object({
  // SQLite's instr() stops at a NUL, so "abc\0xyz" matched every SME containing "abc": such a
  // text is refused (no keyboard types it; a pasted or forged one gets a clear answer).
  text: z.string().max(200).refine((v) => !v.includes('\u0000'), { message: 'invalid' }).default(''),
  country: z.string().max(2).nullable().default(null),
  size: z.enum(['micro', 'small', 'medium', 'large']).nullable().default(null),
  view: z.enum(['active', 'archived', 'all', 'trash']).default('active'),
  sort: z.enum(SME_SORTS).default('name'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type SmeQuery = z.input<typeof SmeQuery>;
export type SmeQueryParsed = z.output<typeof SmeQuery>;

export interface SmePage {
  items: SmeSummary[];
  total: number;
}

/** The channels of this slice (joined into THE contract in contract.ts). */
export const smeChannels = {
  'smes.list': { input: SmeQuery, output: returns<SmePage>() },
  'smes.get': { input: Id, output: returns<Sme>() },
  'smes.create': { input: SmeInput, output: returns<Sme>() },
  'smes.update': { input: Id.extend({ data: SmeInput }), output: returns<Sme>() },
  'smes.setArchived': { input: Id.extend({ archived: z.boolean() }), output: returns<Sme>() },
  'smes.trash': { input: Id, output: returns<Sme>() },
  'smes.restore': { input: Id, output: returns<Sme>() },
  /** Deletes an SME in the trash for good, after a backup (its file name in `backup`). */
  'smes.purge': { input: Id, output: returns<{ id: string; backup?: string }>() },
  'smes.dashboard': { input: z.object({ smeId: z.uuid() }), output: returns<Dashboard>() },
} as const;
