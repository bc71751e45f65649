import { z } from 'zod';
import type { Block, Inline } from '../../api/library';
import { markdownToBlocks } from './markdown';

/**
 * The legal floor: EU duties an SME meets before anything voluntary. Each duty has a stable id
 * (`lf-…`) so self-evaluation statements, the crosswalk and the app can point at it, and its
 * heading anchor is built from that id, not from the translated title, so links survive a
 * change of language.
 */
const Text = z.string().trim().min(1);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const LegalFloorSchema = z.object({
  checked: IsoDate,
  items: z
    .array(
      z.object({
        id: z.string().regex(/^lf-[a-z0-9]+(-[a-z0-9]+)*$/, 'legal floor ids start with lf-'),
        /** The act's official reference, which is not translated. */
        act: Text,
        /** Smallest number of workers from which the duty applies; 0 = every business, even without staff. */
        fromWorkers: z.number().int().min(0),
        /** When the duty applies (or applied first) at EU level; absent for Treaty rules older than any date worth printing. */
        since: IsoDate.optional(),
        /** Service providers below the EU micro-enterprise thresholds are exempt. */
        microServicesExempt: z.boolean().optional(),
        sources: z.array(z.string().url()).min(1),
      }),
    )
    .min(1),
});
export type LegalFloorStructure = z.infer<typeof LegalFloorSchema>;

export const LegalFloorTextSchema = z.object({
  intro: Text,
  labels: z.object({ act: Text, asks: Text, who: Text, since: Text }),
  items: z.record(z.string(), z.object({ title: Text, asks: Text, who: Text, since: Text })),
  national: Text,
});
export type LegalFloorText = z.infer<typeof LegalFloorTextSchema>;

export function legalFloorAnchor(documentId: string, itemId: string): string {
  return `${documentId}-${itemId}`;
}

export function legalFloorBlocks(s: LegalFloorStructure, t: LegalFloorText, documentId: string, taken: Set<string>): Block[] {
  const labelled = (label: string, text: string): Block => ({ type: 'paragraph', inlines: [{ text: `${label}: `, bold: true }, { text }] as Inline[] });
  const items = s.items.flatMap((item): Block[] => {
    const text = t.items[item.id]!;
    const anchor = legalFloorAnchor(documentId, item.id);
    taken.add(anchor);
    return [
      { type: 'heading', level: 2, text: text.title, anchor },
      labelled(t.labels.act, item.act),
      { type: 'paragraph', inlines: [{ text: t.labels.asks, bold: true }] },
      ...markdownToBlocks(text.asks, documentId, taken, 1),
      labelled(t.labels.who, text.who),
      labelled(t.labels.since, text.since),
    ];
  });
  return [...markdownToBlocks(t.intro, documentId, taken), ...items, ...markdownToBlocks(t.national, documentId, taken)];
}
