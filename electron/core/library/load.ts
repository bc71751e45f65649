import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { RULES } from '../../api/rules';
import { checkSelfEvaluation, learningWayValues, rulesProblems } from './checks';
import { resolveAll, ruleValues } from './placeholders';
import type { WorkedExamples } from './worked-examples';
import { checkWorkedExamples, workedExampleValues, WorkedExamplesSchema } from './worked-examples';
import type { LearningWaysText, SelfEvaluationStructure, SelfEvaluationText, WorksheetStructure, WorksheetText, WorkshopStructure, WorkshopText } from './schema';
import type { DocumentKind } from '../../api/library';
import type { LegalFloorStructure, LegalFloorText } from './legal-floor';
import { LegalFloorSchema, LegalFloorTextSchema } from './legal-floor';
import {
  GlossarySchema, GlossaryTextSchema, LabelsSchema, LearningWaysSchema, LearningWaysTextSchema, PackageSchema, PackageTextSchema, RulesSchema,
  SelfEvaluationSchema, SelfEvaluationTextSchema, WorksheetSchema, WorksheetTextSchema, WorkshopSchema, WorkshopTextSchema,
} from './schema';

/** The length of every workshop's agenda (rules.json). */
export const WORKSHOP_MINUTES = RULES.workshopMinutes;

export interface Structure {
  documents: { id: string; kind: DocumentKind }[];
  workshops: WorkshopStructure[];
  worksheets: WorksheetStructure[];
  selfEvaluation: SelfEvaluationStructure;
  glossary: string[];
  /** The rules of the method, decided once (rules.json), quoted in the text as {{rules.<name>}}. */
  rules: Record<string, number>;
  /** The ways of learning, in the order the guides present them. */
  learningWays: { id: string; stored: string }[];
  /** Worked examples the text quotes, computed like the app computes them. */
  workedExamples: WorkedExamples;
  legalFloor: LegalFloorStructure;
}

export interface LanguageText {
  language: string;
  package: z.infer<typeof PackageTextSchema>;
  labels: z.infer<typeof LabelsSchema>;
  documents: Record<string, string>;
  workshops: Record<string, WorkshopText>;
  worksheets: Record<string, WorksheetText>;
  selfEvaluation: SelfEvaluationText;
  glossary: z.infer<typeof GlossaryTextSchema>;
  learningWays: LearningWaysText;
  legalFloor: LegalFloorText;
}

/** Every problem found in the package, so one run of the content test lists them all. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The methodology package has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

export class Reader {
  readonly problems: string[] = [];
  constructor(readonly root: string) {}

  parse<S extends z.ZodType>(file: string, schema: S, format: 'json' | 'yaml'): z.output<S> | null {
    const full = path.join(this.root, file);
    let raw: unknown;
    try {
      const text = fs.readFileSync(full, 'utf8');
      raw = format === 'json' ? JSON.parse(text) : YAML.parse(text);
    } catch (error) {
      this.problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
      return null;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) this.problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      return null;
    }
    return result.data;
  }

  list(dir: string, ext: string): string[] {
    try {
      return fs.readdirSync(path.join(this.root, dir)).filter((f) => f.endsWith(ext)).sort();
    } catch {
      this.problems.push(`${dir}: folder missing`);
      return [];
    }
  }
}

export function loadStructure(contentDir: string): Structure {
  const r = new Reader(path.join(contentDir, 'structure'));
  const pkg = r.parse('package.json', PackageSchema, 'json');
  const workshops = r.list('workshops', '.json').map((f) => r.parse(`workshops/${f}`, WorkshopSchema, 'json')).filter((w) => w !== null);
  const worksheets = r.list('worksheets', '.json').map((f) => r.parse(`worksheets/${f}`, WorksheetSchema, 'json')).filter((w) => w !== null);
  const selfEvaluation = r.parse('self-evaluation.json', SelfEvaluationSchema, 'json');
  const glossary = r.parse('glossary.json', GlossarySchema, 'json');
  const rules = r.parse('rules.json', RulesSchema, 'json');
  const learningWays = r.parse('learning-ways.json', LearningWaysSchema, 'json');
  const workedExamples = r.parse('worked-examples.json', WorkedExamplesSchema, 'json');
  const legalFloor = r.parse('legal-floor.json', LegalFloorSchema, 'json');
  if (!pkg || !selfEvaluation || !glossary || !rules || !learningWays || !workedExamples || !legalFloor) throw new ContentError(r.problems);
  const structure: Structure = {
    documents: pkg.documents, workshops: workshops.sort((a, b) => a.number - b.number), worksheets, selfEvaluation, glossary: glossary.terms,
    rules, learningWays: learningWays.ways, workedExamples, legalFloor,
  };
  checkStructure(structure, r.problems);
  if (r.problems.length) throw new ContentError(r.problems);
  return structure;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function checkStructure(s: Structure, problems: string[]): void {
  const sheetIds = new Set(s.worksheets.map((w) => w.id));
  const docIds = s.documents.map((d) => d.id);
  for (const id of duplicates(docIds)) problems.push(`package.json: document ${id} listed twice`);
  for (const n of [1, 2, 3, 4, 5, 6]) if (!s.workshops.some((w) => w.number === n && w.id === `w${n}`)) problems.push(`workshops: w${n} missing`);
  for (const w of s.workshops) {
    if (!docIds.includes(w.id)) problems.push(`package.json: workshop ${w.id} not listed`);
    const total = w.blocks.reduce((sum, b) => sum + b.minutes, 0);
    if (total !== WORKSHOP_MINUTES) problems.push(`workshops/${w.id}.json: agenda adds up to ${total} minutes, not ${WORKSHOP_MINUTES}`);
    for (const id of duplicates(w.blocks.map((b) => b.id))) problems.push(`workshops/${w.id}.json: block ${id} twice`);
    for (const b of w.blocks) {
      if (!b.id.startsWith(`${w.id}-`)) problems.push(`workshops/${w.id}.json: block ${b.id} must start with ${w.id}-`);
      if (b.worksheet && b.worksheet !== 'self-evaluation' && !w.worksheets.includes(b.worksheet)) problems.push(`workshops/${w.id}.json: block ${b.id} uses ${b.worksheet}, not in the workshop's worksheets`);
    }
    for (const ws of w.worksheets) if (!sheetIds.has(ws)) problems.push(`workshops/${w.id}.json: worksheet ${ws} does not exist`);
    if (!s.worksheets.some((ws) => ws.workshop === w.id)) problems.push(`worksheets: workshop ${w.id} has no worksheet of its own`);
  }
  for (const ws of s.worksheets) {
    const prefix = `ws${ws.workshop.slice(1)}-`;
    if (!ws.id.startsWith(prefix)) problems.push(`worksheets/${ws.id}.json: id must start with ${prefix}`);
    for (const id of duplicates(ws.fields.map((f) => f.id))) problems.push(`worksheets/${ws.id}.json: field ${id} twice`);
    for (const f of ws.fields) {
      for (const col of [f, ...(f.columns ?? [])]) {
        if (col.type === 'rating' && (col.min === undefined || col.max === undefined || col.min >= col.max)) problems.push(`worksheets/${ws.id}.json: ${col.id} rating needs min < max`);
        if (col.type === 'choice' && !col.options) problems.push(`worksheets/${ws.id}.json: ${col.id} choice needs options`);
      }
      if (f.type === 'table' && !f.columns) problems.push(`worksheets/${ws.id}.json: table ${f.id} needs columns`);
      if (f.type !== 'table' && f.columns) problems.push(`worksheets/${ws.id}.json: only tables have columns (${f.id})`);
    }
  }
  checkSelfEvaluation(s.selfEvaluation, problems);
  checkWorkedExamples(s.workedExamples, s.selfEvaluation, problems);
  problems.push(...rulesProblems(s.rules));
  for (const id of [...duplicates(s.learningWays.map((w) => w.id)), ...duplicates(s.learningWays.map((w) => w.stored))]) problems.push(`learning-ways.json: ${id} twice`);
  for (const id of duplicates(s.glossary)) problems.push(`glossary.json: term ${id} twice`);
  for (const id of duplicates(s.legalFloor.items.map((i) => i.id))) problems.push(`legal-floor.json: item ${id} twice`);
}

/** Loads one language's text and checks it covers exactly the structure's ids. */
export function loadLanguage(contentDir: string, language: string, s: Structure): LanguageText {
  const r = new Reader(path.join(contentDir, language));
  const pkg = r.parse('package.yaml', PackageTextSchema, 'yaml');
  const labels = r.parse('labels.yaml', LabelsSchema, 'yaml');
  const documents: Record<string, string> = {};
  for (const d of s.documents.filter((d) => d.kind === 'document')) {
    try {
      documents[d.id] = fs.readFileSync(path.join(r.root, 'documents', `${d.id}.md`), 'utf8');
      if (!documents[d.id]!.trim()) r.problems.push(`documents/${d.id}.md: empty`);
      if (/^# /m.test(documents[d.id]!)) r.problems.push(`documents/${d.id}.md: level-1 heading (titles come from package.yaml)`);
    } catch {
      r.problems.push(`documents/${d.id}.md: missing`);
    }
  }
  const workshops: Record<string, WorkshopText> = {};
  for (const w of s.workshops) {
    const text = r.parse(`workshops/${w.id}.yaml`, WorkshopTextSchema, 'yaml');
    if (!text) continue;
    workshops[w.id] = text;
    sameKeys(r.problems, `workshops/${w.id}.yaml blocks`, w.blocks.map((b) => b.id), Object.keys(text.blocks));
  }
  const worksheets: Record<string, WorksheetText> = {};
  for (const ws of s.worksheets) {
    const text = r.parse(`worksheets/${ws.id}.yaml`, WorksheetTextSchema, 'yaml');
    if (!text) continue;
    worksheets[ws.id] = text;
    checkWorksheetText(r.problems, ws, text);
  }
  const selfEvaluation = r.parse('self-evaluation.yaml', SelfEvaluationTextSchema, 'yaml');
  if (selfEvaluation) {
    const se = s.selfEvaluation;
    sameKeys(r.problems, 'self-evaluation.yaml items', se.items.map((i) => i.id), Object.keys(selfEvaluation.items));
    sameKeys(r.problems, 'self-evaluation.yaml retired', se.retired.map((i) => i.id), Object.keys(selfEvaluation.retired));
    sameKeys(r.problems, 'self-evaluation.yaml perspectives', se.perspectives, Object.keys(selfEvaluation.perspectives));
    sameKeys(r.problems, 'self-evaluation.yaml relationships', se.relationships, Object.keys(selfEvaluation.relationships));
    sameKeys(r.problems, 'self-evaluation.yaml scale', se.scale.map(String), Object.keys(selfEvaluation.scale));
  }
  const glossary = r.parse('glossary.yaml', GlossaryTextSchema, 'yaml');
  if (glossary) sameKeys(r.problems, 'glossary.yaml terms', s.glossary, Object.keys(glossary.terms));
  const learningWays = r.parse('learning-ways.yaml', LearningWaysTextSchema, 'yaml');
  if (learningWays) sameKeys(r.problems, 'learning-ways.yaml ways', s.learningWays.map((w) => w.id), Object.keys(learningWays.ways));
  const legalFloor = r.parse('legal-floor.yaml', LegalFloorTextSchema, 'yaml');
  if (legalFloor) sameKeys(r.problems, 'legal-floor.yaml items', s.legalFloor.items.map((i) => i.id), Object.keys(legalFloor.items));
  if (pkg) sameKeys(r.problems, 'package.yaml documents', s.documents.map((d) => d.id), Object.keys(pkg.documents));
  if (r.problems.length || !pkg || !labels || !selfEvaluation || !glossary || !learningWays || !legalFloor) throw new ContentError(r.problems.map((p) => `${language}/${p}`));
  const text: LanguageText = { language, package: pkg, labels, documents, workshops, worksheets, selfEvaluation, glossary, learningWays, legalFloor };
  const resolved = resolveText(s, text, r.problems);
  if (r.problems.length) throw new ContentError(r.problems.map((p) => `${language}/${p}`));
  return resolved;
}

/**
 * The text with every placeholder filled in: rules first, then the learning ways, then glossary
 * definitions (which may quote rules), so any file can quote a definition word for word.
 */
function resolveText(s: Structure, text: LanguageText, problems: string[]): LanguageText {
  const values = ruleValues(s.rules);
  for (const [k, v] of learningWayValues(s.learningWays, text.learningWays)) values.set(k, v);
  for (const [k, v] of workedExampleValues(s.workedExamples, s.selfEvaluation, text)) values.set(k, v);
  for (const [id, t] of Object.entries(text.glossary.terms)) {
    values.set(`glossary.${id}`, t.definition);
    values.set(`term.${id}`, t.term);
  }
  const { language: _language, ...files } = text;
  return { language: text.language, ...resolveAll(files, values, '', problems) };
}

function sameKeys(problems: string[], where: string, expected: string[], actual: string[]): void {
  for (const k of expected) if (!actual.includes(k)) problems.push(`${where}: missing ${k}`);
  for (const k of actual) if (!expected.includes(k)) problems.push(`${where}: unknown ${k}`);
}

function checkWorksheetText(problems: string[], ws: WorksheetStructure, text: WorksheetText): void {
  const where = `worksheets/${ws.id}.yaml`;
  sameKeys(problems, `${where} fields`, ws.fields.map((f) => f.id), Object.keys(text.fields));
  for (const f of ws.fields) {
    const t = text.fields[f.id];
    if (!t) continue;
    if (f.type === 'table') {
      sameKeys(problems, `${where} ${f.id} columns`, (f.columns ?? []).map((c) => c.id), Object.keys(t.columns ?? {}));
      for (const c of f.columns ?? []) {
        if (c.type !== 'choice') continue;
        const opts = (t.options ?? {})[c.id];
        if (typeof opts !== 'object') problems.push(`${where} ${f.id}.${c.id}: options missing`);
        else sameKeys(problems, `${where} ${f.id}.${c.id} options`, c.options ?? [], Object.keys(opts));
      }
    } else if (f.type === 'choice') {
      const opts = t.options ?? {};
      sameKeys(problems, `${where} ${f.id} options`, f.options ?? [], Object.keys(opts));
      for (const [k, v] of Object.entries(opts)) if (typeof v !== 'string') problems.push(`${where} ${f.id}.${k}: option label must be text`);
    }
  }
}
