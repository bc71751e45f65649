import { z } from 'zod';
import type { PdfFile } from './channel';
import { Language, ProcessId, returns } from './channel';
import type { EnergyBalance } from './energy';
import { CARRIERS, EnergyYearFields, renewableWithinTotal } from './energy';

/**
 * From the SR strategy to the questions banks and customers ask: the strategy's records tagged
 * with ISO 26000 clauses, VSME disclosures and SDG targets, what the strategy covers, the
 * SME's energy use by year, and a draft of the VSME Basic module filled from the case file.
 * Codes are the language-neutral ids of content/structure/standards.json; their names are
 * package text, translated with the rest.
 */

export const TAG_SCHEMES = ['iso26000', 'vsme', 'sdg'] as const;
export type TagScheme = (typeof TAG_SCHEMES)[number];
export const TAGGED_RECORDS = ['objective', 'activity', 'indicator'] as const;
export type TaggedRecord = (typeof TAGGED_RECORDS)[number];

const Code = z.string().regex(/^[A-Za-z0-9.-]{1,40}$/);
export const TagsInput = z.object({
  iso26000: z.array(Code).max(30).default([]),
  vsme: z.array(Code).max(30).default([]),
  sdg: z.array(Code).max(30).default([]),
});
export type TagsInput = z.input<typeof TagsInput>;
export type RecordTags = z.output<typeof TagsInput>;

/** The tags of a process's records and the datapoints its indicators feed. */
export interface ProcessTags {
  /** record id -> its tags (only records the facilitator tagged). */
  records: Record<string, RecordTags>;
  /** indicator id -> VSME datapoint code. */
  datapoints: Record<string, string>;
}

export interface NamedCode {
  code: string;
  name: string;
}

/** The codes a facilitator can pick from, with their names in the language asked for. */
export interface StandardsCatalogue {
  language: string;
  iso26000: (NamedCode & { issues: NamedCode[] })[];
  vsme: (NamedCode & { module: 'basic' | 'comprehensive'; datapoints: (NamedCode & { unit: string | null })[] })[];
  sdg: NamedCode[];
  /** self-evaluation statement id -> its tags from the crosswalk. */
  statements: Record<string, RecordTags & { legalFloor: string[] }>;
  typicalObjectives: (RecordTags & { id: string; perspective: string; text: string })[];
  /** The legal floor document and its duties (lf-… id -> title and heading anchor), for the statements that touch a duty. */
  legalFloor: { documentId: string; duties: Record<string, { title: string; anchor: string }> } | null;
}

/** How many records of the strategy touch one code (a core subject or a disclosure). */
export interface CoverageRow {
  code: string;
  name: string;
  objectives: number;
  activities: number;
  /** Indicators with at least one measurement. */
  indicators: number;
}

export interface Coverage {
  iso26000: CoverageRow[];
  vsme: CoverageRow[];
  /** Records without any tag of their own or of their objective. */
  untagged: number;
  /** Basic-module datapoints the case file cannot fill yet (from the draft). */
  toCollect: { code: string; disclosure: string; label: string; hint: string }[];
}

/** One datapoint of the draft: filled from the case file, or to collect with a hint. */
export interface DraftDatapoint {
  code: string;
  label: string;
  value: string | null;
  /** The value as a number, when it is one (the xlsx keeps it a number). */
  amount: number | null;
  unit: string | null;
  /** Where the value comes from (the SME register, an indicator, the energy entries…). */
  source: string | null;
  hint: string;
}

export interface DraftPractice {
  objective: string;
  perspective: string;
  activities: { title: string; status: string; learning: string | null }[];
}

export interface DraftDisclosure {
  code: string;
  title: string;
  datapoints: DraftDatapoint[];
  /** B2: the strategy grouped by sustainability matter (ISO 26000 core subject). */
  practices?: { matter: string; items: DraftPractice[] }[];
  /** B3: the calculation, line by line. */
  energy?: { year: number; balance: EnergyBalance; factorNotes: string[] } | null;
  /** B10: the learning plan. */
  learning?: { who: string; what: string; how: string }[];
}

/** The VSME Basic-module draft in the process's language, made once and printed as PDF and xlsx. */
export interface VsmeDraft {
  language: string;
  title: string;
  smeName: string;
  processTitle: string;
  edition: string;
  today: string;
  organisation: string;
  facilitator: string;
  disclosures: DraftDisclosure[];
}

export const EnergyYearData = EnergyYearFields.omit({ country: true });
export type EnergyYearData = z.input<typeof EnergyYearData>;

export interface EnergyYearRecord extends z.output<typeof EnergyYearData> {
  /** The SME's country, which picks the grid factor. */
  country: string;
  balance: EnergyBalance;
}

export const SmeId = z.object({ smeId: z.uuid() });

export const standardsChannels = {
  'standards.catalogue': { input: z.object({ language: Language }), output: returns<StandardsCatalogue>() },
  'standards.tags': { input: ProcessId, output: returns<ProcessTags>() },
  'standards.setTags': {
    input: ProcessId.extend({ recordKind: z.enum(TAGGED_RECORDS), recordId: z.uuid(), tags: TagsInput }),
    output: returns<ProcessTags>(),
  },
  'standards.setDatapoint': { input: ProcessId.extend({ indicatorId: z.uuid(), datapoint: Code.nullable() }), output: returns<ProcessTags>() },
  'standards.coverage': { input: ProcessId, output: returns<Coverage>() },
  'standards.draft': { input: ProcessId, output: returns<VsmeDraft>() },
  'standards.draftPdf': { input: ProcessId, output: returns<PdfFile>() },
  'standards.draftXlsx': { input: ProcessId, output: returns<PdfFile>() },
  'standards.energyYears': { input: SmeId, output: returns<EnergyYearRecord[]>() },
  'standards.saveEnergyYear': {
    input: SmeId.extend({
      data: EnergyYearData.refine(renewableWithinTotal, { path: ['electricityRenewableKwh'], message: 'more_than_total' }),
    }),
    output: returns<EnergyYearRecord[]>(),
  },
  'standards.deleteEnergyYear': { input: SmeId.extend({ year: z.number().int() }), output: returns<EnergyYearRecord[]>() },
} as const;

export { CARRIERS };
