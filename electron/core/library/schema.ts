import { z } from 'zod';

// Language-neutral structure of the methodology package (content/structure/*.json).
export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab case');

export const PERSPECTIVES = ['business', 'stakeholders', 'processes', 'learning'] as const;
export const RELATIONSHIPS = ['employees', 'customers', 'suppliers', 'competitors', 'community', 'environment'] as const;

const ColumnType = z.enum(['text', 'longtext', 'number', 'date', 'rating', 'choice']);

const FieldBase = z.object({
  id: Id,
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  options: z.array(Id).min(2).optional(),
});

export const ColumnSchema = FieldBase.extend({ type: ColumnType });
export const FieldSchema = FieldBase.extend({
  type: z.enum(['text', 'longtext', 'number', 'date', 'rating', 'choice', 'table']),
  columns: z.array(ColumnSchema).min(1).optional(),
  minRows: z.number().int().min(1).max(40).optional(),
});
export type FieldStructure = z.infer<typeof FieldSchema>;
export type ColumnStructure = z.infer<typeof ColumnSchema>;

export const WorksheetSchema = z.object({
  id: Id,
  workshop: z.enum(['w1', 'w2', 'w3', 'w4', 'w5', 'w6']),
  fields: z.array(FieldSchema).min(1),
});
export type WorksheetStructure = z.infer<typeof WorksheetSchema>;

export const WorkshopSchema = z.object({
  id: z.enum(['w1', 'w2', 'w3', 'w4', 'w5', 'w6']),
  number: z.number().int().min(1).max(6),
  worksheets: z.array(Id).min(1),
  blocks: z
    .array(
      z.object({
        id: Id,
        minutes: z.number().int().min(1).max(180),
        kind: z.enum(['work', 'break']).default('work'),
        worksheet: Id.optional(),
      }),
    )
    .min(3),
});
export type WorkshopStructure = z.infer<typeof WorkshopSchema>;

const Statement = z.object({
  id: Id,
  perspective: z.enum(PERSPECTIVES),
  relationship: z.enum(RELATIONSHIPS).optional(),
  /** The editions of the statement set this statement belongs to (same id = same text in each). */
  editions: z.array(z.number().int().min(1)).min(1),
  /** The statement touches a duty the law sets; a low score is a compliance question first. */
  legal: z.boolean().optional(),
});
export type StatementStructure = z.infer<typeof Statement>;

export const SelfEvaluationSchema = z.object({
  /** The edition asked today; `items` are its statements, in the order of the sheet. */
  edition: z.number().int().min(1),
  scale: z.array(z.number().int()).min(3),
  perspectives: z.array(z.enum(PERSPECTIVES)).length(4),
  relationships: z.array(z.enum(RELATIONSHIPS)).length(6),
  items: z.array(Statement).min(32),
  /** Statements of earlier editions no longer asked, kept so that older records still read. */
  retired: z.array(Statement).default([]),
});
export type SelfEvaluationStructure = z.infer<typeof SelfEvaluationSchema>;

export const RulesSchema = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'rule names are camelCase'), z.number().int().positive());

export const LearningWaysSchema = z.object({
  ways: z
    .array(z.object({ id: Id, /** The code the action plan stores for it. */ stored: z.string().regex(/^[a-z]+(_[a-z]+)*$/) }))
    .min(3),
});

export const GlossarySchema = z.object({ terms: z.array(Id).min(30) });

export const PackageSchema = z.object({
  documents: z.array(
    z.object({ id: Id, kind: z.enum(['document', 'workshop', 'worksheets', 'self-evaluation', 'glossary', 'legal-floor']) }),
  ),
});

// Text per language (content/<lng>/*.yaml).
const Text = z.string().trim().min(1);
const Markdown = z.string().trim().min(1);

export const LABEL_KEYS = [
  'purpose', 'outputs', 'preparation', 'agenda', 'pitfalls', 'homework', 'worksheetsUsed',
  'time', 'minutes', 'method', 'facilitator', 'participants', 'worksheet', 'break',
  'intro', 'scale', 'reading', 'relationship', 'workshop', 'totalMinutes', 'micro',
  'lightGreen', 'lightAmber', 'lightRed', 'lightNone',
] as const;

export const PackageTextSchema = z.object({
  title: Text,
  subtitle: Text,
  documents: z.record(z.string(), Text),
});

export const LabelsSchema = z.object(Object.fromEntries(LABEL_KEYS.map((k) => [k, Text])) as Record<(typeof LABEL_KEYS)[number], typeof Text>);

export const WorkshopTextSchema = z.object({
  title: Text,
  summary: Markdown,
  sections: z.object({ purpose: Markdown, outputs: Markdown, preparation: Markdown, pitfalls: Markdown, micro: Markdown, homework: Markdown }),
  blocks: z.record(z.string(), z.object({ title: Text, method: Text, facilitator: Markdown, participants: Markdown })),
});
export type WorkshopText = z.infer<typeof WorkshopTextSchema>;

const Options = z.record(z.string(), Text);
export const WorksheetTextSchema = z.object({
  title: Text,
  instructions: Markdown,
  fields: z.record(
    z.string(),
    z.object({
      label: Text,
      help: Text.optional(),
      columns: z.record(z.string(), Text).optional(),
      options: z.record(z.string(), z.union([Text, Options])).optional(),
    }),
  ),
});
export type WorksheetText = z.infer<typeof WorksheetTextSchema>;

export const SelfEvaluationTextSchema = z.object({
  title: Text,
  intro: Markdown,
  perspectives: z.record(z.string(), z.object({ name: Text, description: Text })),
  relationships: z.record(z.string(), Text),
  scale: z.record(z.string(), z.object({ label: Text, description: Text })),
  items: z.record(z.string(), Text),
  /** The text of the retired statements (`structure.retired`), word for word as they were asked. */
  retired: z.record(z.string(), Text).default({}),
  reading: Markdown,
});
export type SelfEvaluationText = z.infer<typeof SelfEvaluationTextSchema>;

export const LearningWaysTextSchema = z.object({
  columns: z.object({ name: Text, description: Text, example: Text, effort: Text }),
  ways: z.record(z.string(), z.object({ name: Text, description: Text, example: Text, effort: Text })),
});
export type LearningWaysText = z.infer<typeof LearningWaysTextSchema>;

export const GlossaryTextSchema = z.object({
  terms: z.record(z.string(), z.object({ term: Text, definition: Text })),
});
