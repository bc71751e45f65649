import type { ItemResult } from '../../api/voting';
import type { PhoneItem } from '../../api/voting-phone';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The results of a round per item, from its answers: a histogram of scores or options, the mean
 * and spread of scores (population standard deviation: how far the room disagrees), the dots an
 * entry received, the comments. Aggregates only; which phone said what stays in the table.
 */
export function itemResults(items: readonly PhoneItem[], rows: readonly { item_id: string; value: number | string }[]): ItemResult[] {
  const byItem = new Map<string, (number | string)[]>();
  for (const r of rows) byItem.set(r.item_id, [...(byItem.get(r.item_id) ?? []), r.value]);
  return items.map((item) => {
    const values = byItem.get(item.id) ?? [];
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const base: ItemResult = {
      id: item.id, label: item.label || null, type: item.type, count: values.length,
      histogram: [], mean: null, spread: null, dots: 0, texts: [],
    };
    switch (item.type) {
      case 'rating': {
        const histogram = [1, 2, 3, 4, 5].map((score) => numbers.filter((n) => n === score).length);
        if (!numbers.length) return { ...base, histogram };
        const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
        const spread = Math.sqrt(numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / numbers.length);
        return { ...base, histogram, mean: round2(mean), spread: round2(spread) };
      }
      case 'choice':
        return { ...base, histogram: (item.options ?? []).map((_, i) => numbers.filter((n) => n === i).length) };
      case 'dots': {
        const given = numbers.filter((n) => n > 0);
        return { ...base, count: given.length, dots: given.reduce((a, b) => a + b, 0) };
      }
      case 'text':
        return { ...base, texts: values.filter((v): v is string => typeof v === 'string') };
    }
  });
}
