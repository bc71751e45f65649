import path from 'node:path';
import { z } from 'zod';
import { PERSPECTIVES } from './schema';
import type { Structure } from './load';
import { ContentError, Reader } from './load';

/**
 * The crosswalk: self-evaluation statements, typical objectives, worksheet fields and the
 * example's indicators mapped to ISO 26000, the EU's VSME standard, GRI and the SDGs (and to
 * the legal floor). Codes and mappings are language-neutral (structure/standards.json,
 * structure/crosswalk.json); the names of the codes are text (<lng>/standards.yaml) so they
 * are translated with the rest of the package.
 */
const Text = z.string().trim().min(1);
const Iso = z.string().regex(/^6\.[2-8](\.\d{1,2})?$/, 'an ISO 26000 clause 6.2 to 6.8.x');
const VsmeDisclosure = z.string().regex(/^[BC]\d{1,2}$/, 'a VSME disclosure such as B3 or C1');
const VsmeDatapoint = z.string().regex(/^[BC]\d{1,2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'a VSME datapoint such as B3-scope-1');
const Gri = z.string().regex(/^\d{1,3}-\d{1,2}$/, 'a GRI disclosure such as 403-9');
const Sdg = z.string().regex(/^\d{1,2}\.[0-9a-c]{1,2}$/, 'an SDG target such as 8.8');

export const StandardsSchema = z.object({
  iso26000: z.object({ edition: Text, coreSubjects: z.array(z.object({ code: Iso, issues: z.array(Iso) })).length(7) }),
  vsme: z.object({
    edition: Text,
    disclosures: z.array(z.object({ code: VsmeDisclosure, module: z.enum(['basic', 'comprehensive']) })),
    datapoints: z.array(
      z.object({ code: VsmeDatapoint, disclosure: VsmeDisclosure, kind: z.enum(['number', 'text', 'choice', 'table']), unit: Text.optional() }),
    ),
  }),
  /** Which GRI edition the codes follow: GRI 102/103 (2025) replace GRI 305/302 from 2027. */
  griEdition: Text,
  gri: z.array(Gri).min(1),
  sdg: z.array(Sdg).min(1),
});
export type Standards = z.infer<typeof StandardsSchema>;

/** Codes one thing maps to. `vsme` holds disclosures (B9) or datapoints (B9-accidents-number). */
export const TagsSchema = z.object({
  iso26000: z.array(Iso).optional(),
  vsme: z.array(z.union([VsmeDisclosure, VsmeDatapoint])).optional(),
  gri: z.array(Gri).optional(),
  sdg: z.array(Sdg).optional(),
  legalFloor: z.array(z.string()).optional(),
});
export type Tags = z.infer<typeof TagsSchema>;
export const SCHEMES = ['iso26000', 'vsme', 'gri', 'sdg'] as const;

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
export const CrosswalkSchema = z.object({
  /** The self-evaluation edition whose statement ids are mapped. */
  statementEdition: z.number().int().min(1),
  statements: z.record(z.string(), TagsSchema),
  typicalObjectives: z.array(TagsSchema.extend({ id: Id, perspective: z.enum(PERSPECTIVES) })).min(8),
  worksheetFields: z.array(TagsSchema.extend({ worksheet: Id, field: Id, column: Id.optional() })),
  /** Keyed by the indicator codes of the Load example (I1, I2, …). */
  exampleIndicators: z.record(z.string().regex(/^I\d+$/), TagsSchema),
});
export type Crosswalk = z.infer<typeof CrosswalkSchema>;

export const StandardsTextSchema = z.object({
  iso26000: z.record(z.string(), Text),
  vsme: z.record(z.string(), Text),
  vsmeDatapoints: z.record(z.string(), Text),
  gri: z.record(z.string(), Text),
  sdg: z.record(z.string(), Text),
});
export type StandardsText = z.infer<typeof StandardsTextSchema>;
export const CrosswalkTextSchema = z.object({ typicalObjectives: z.record(z.string(), Text) });

export interface CodeSets {
  iso26000: Set<string>;
  vsmeDisclosures: Set<string>;
  vsmeDatapoints: Set<string>;
  gri: Set<string>;
  sdg: Set<string>;
}

export function codeSets(s: Standards): CodeSets {
  return {
    iso26000: new Set(s.iso26000.coreSubjects.flatMap((c) => [c.code, ...c.issues])),
    vsmeDisclosures: new Set(s.vsme.disclosures.map((d) => d.code)),
    vsmeDatapoints: new Set(s.vsme.datapoints.map((d) => d.code)),
    gri: new Set(s.gri),
    sdg: new Set(s.sdg),
  };
}

export interface LoadedCrosswalk {
  standards: Standards;
  crosswalk: Crosswalk;
}

/** Loads and checks the codes and the crosswalk against the package structure; throws a ContentError listing every problem. */
export function loadCrosswalk(contentDir: string, s: Structure): LoadedCrosswalk {
  const r = new Reader(path.join(contentDir, 'structure'));
  const standards = r.parse('standards.json', StandardsSchema, 'json');
  const crosswalk = r.parse('crosswalk.json', CrosswalkSchema, 'json');
  if (!standards || !crosswalk) throw new ContentError(r.problems);
  checkStandards(standards, r.problems);
  checkCrosswalk(crosswalk, codeSets(standards), s, r.problems);
  if (r.problems.length) throw new ContentError(r.problems);
  return { standards, crosswalk };
}

function checkStandards(s: Standards, problems: string[]): void {
  const expected = ['6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8'];
  s.iso26000.coreSubjects.forEach((c, i) => {
    if (c.code !== expected[i]) problems.push(`standards.json: core subject ${i + 1} is ${c.code}, expected ${expected[i]}`);
    for (const issue of c.issues) if (!issue.startsWith(`${c.code}.`)) problems.push(`standards.json: issue ${issue} is not under ${c.code}`);
  });
  const disclosures = new Set(s.vsme.disclosures.map((d) => d.code));
  for (const d of s.vsme.datapoints) {
    if (!disclosures.has(d.disclosure)) problems.push(`standards.json: datapoint ${d.code} names unknown disclosure ${d.disclosure}`);
    if (!d.code.startsWith(`${d.disclosure}-`)) problems.push(`standards.json: datapoint ${d.code} must start with ${d.disclosure}-`);
  }
  // Codes repeat across schemes (ISO 26000 clause 6.4, SDG target 6.4), never within one.
  const lists = { iso26000: s.iso26000.coreSubjects.flatMap((c) => [c.code, ...c.issues]), vsme: [...s.vsme.disclosures.map((d) => d.code), ...s.vsme.datapoints.map((d) => d.code)], gri: s.gri, sdg: s.sdg };
  for (const [scheme, list] of Object.entries(lists)) for (const [i, code] of list.entries()) if (list.indexOf(code) !== i) problems.push(`standards.json: ${scheme} code ${code} twice`);
}

function checkTags(where: string, tags: Tags, codes: CodeSets, legalIds: Set<string>, problems: string[]): void {
  const unknown = (scheme: string, code: string) => problems.push(`crosswalk.json: ${where}: unknown ${scheme} code ${code}`);
  for (const c of tags.iso26000 ?? []) if (!codes.iso26000.has(c)) unknown('ISO 26000', c);
  for (const c of tags.vsme ?? []) if (!codes.vsmeDisclosures.has(c) && !codes.vsmeDatapoints.has(c)) unknown('VSME', c);
  for (const c of tags.gri ?? []) if (!codes.gri.has(c)) unknown('GRI', c);
  for (const c of tags.sdg ?? []) if (!codes.sdg.has(c)) unknown('SDG', c);
  for (const c of tags.legalFloor ?? []) if (!legalIds.has(c)) unknown('legal floor', c);
  if (!SCHEMES.some((k) => tags[k]?.length)) problems.push(`crosswalk.json: ${where}: maps to no code`);
  for (const k of [...SCHEMES, 'legalFloor'] as const) {
    const list = tags[k] ?? [];
    for (const [i, c] of list.entries()) if (list.indexOf(c) !== i) problems.push(`crosswalk.json: ${where}: ${c} twice`);
  }
}

function checkCrosswalk(c: Crosswalk, codes: CodeSets, s: Structure, problems: string[]): void {
  const legalIds = new Set(s.legalFloor.items.map((i) => i.id));
  // The self-evaluation is versioned in editions: `items` are the statements in use, `retired`
  // those only older records use (they keep their tags). While a new edition of the statements
  // is merged, the crosswalk may already map it: ids the package does not know yet are allowed
  // only when the crosswalk's edition is ahead of the package's.
  const se = s.selfEvaluation as typeof s.selfEvaluation & { edition?: number; retired?: { id: string }[] };
  const packageEdition = se.edition ?? 1;
  const inUse = se.items.map((i) => i.id);
  const known = new Set([...inUse, ...(se.retired ?? []).map((i) => i.id)]);
  if (c.statementEdition < packageEdition) problems.push(`crosswalk.json: maps statement edition ${c.statementEdition}, the self-evaluation is edition ${packageEdition}`);
  for (const id of inUse) if (!c.statements[id]) problems.push(`crosswalk.json: statement ${id} is not mapped`);
  for (const [id, tags] of Object.entries(c.statements)) {
    if (!known.has(id) && c.statementEdition <= packageEdition) problems.push(`crosswalk.json: statement ${id} does not exist`);
    checkTags(id, tags, codes, legalIds, problems);
  }
  const objectiveIds = c.typicalObjectives.map((o) => o.id);
  for (const [i, id] of objectiveIds.entries()) if (objectiveIds.indexOf(id) !== i) problems.push(`crosswalk.json: typical objective ${id} twice`);
  for (const p of PERSPECTIVES) if (!c.typicalObjectives.some((o) => o.perspective === p)) problems.push(`crosswalk.json: no typical objective for ${p}`);
  for (const o of c.typicalObjectives) checkTags(o.id, o, codes, legalIds, problems);
  for (const f of c.worksheetFields) {
    const where = [f.worksheet, f.field, f.column].filter(Boolean).join('.');
    const field = s.worksheets.find((w) => w.id === f.worksheet)?.fields.find((x) => x.id === f.field);
    if (!field) problems.push(`crosswalk.json: worksheet field ${where} does not exist`);
    else if (f.column && !field.columns?.some((col) => col.id === f.column)) problems.push(`crosswalk.json: column ${where} does not exist`);
    checkTags(where, f, codes, legalIds, problems);
  }
  for (const [code, tags] of Object.entries(c.exampleIndicators)) checkTags(`example indicator ${code}`, tags, codes, legalIds, problems);
}

/** One language's names of the codes and texts of the typical objectives, checked to cover exactly the structure. */
export function loadCrosswalkText(contentDir: string, language: string, loaded: LoadedCrosswalk): { standards: StandardsText; typicalObjectives: Record<string, string> } {
  const r = new Reader(path.join(contentDir, language));
  const standards = r.parse('standards.yaml', StandardsTextSchema, 'yaml');
  const text = r.parse('crosswalk.yaml', CrosswalkTextSchema, 'yaml');
  const codes = codeSets(loaded.standards);
  const same = (where: string, expected: Iterable<string>, actual: string[]) => {
    const exp = [...expected];
    for (const k of exp) if (!actual.includes(k)) r.problems.push(`${where}: missing ${k}`);
    for (const k of actual) if (!exp.includes(k)) r.problems.push(`${where}: unknown ${k}`);
  };
  if (standards) {
    same('standards.yaml iso26000', codes.iso26000, Object.keys(standards.iso26000));
    same('standards.yaml vsme', codes.vsmeDisclosures, Object.keys(standards.vsme));
    same('standards.yaml vsmeDatapoints', codes.vsmeDatapoints, Object.keys(standards.vsmeDatapoints));
    same('standards.yaml gri', codes.gri, Object.keys(standards.gri));
    same('standards.yaml sdg', codes.sdg, Object.keys(standards.sdg));
  }
  if (text) same('crosswalk.yaml typicalObjectives', loaded.crosswalk.typicalObjectives.map((o) => o.id), Object.keys(text.typicalObjectives));
  if (r.problems.length || !standards || !text) throw new ContentError(r.problems.map((p) => `${language}/${p}`));
  return { standards, typicalObjectives: text.typicalObjectives };
}
