import type { RoundSetup } from '../../api/voting';
import type { PhoneItem, PhoneRound } from '../../api/voting-phone';
import { FEEDBACK_QUESTIONS } from '../../api/voting-phone';
import { assertNever } from '../../api/result';
import type { ContentLibrary } from '../library/library';

/** What a round asks, item by item, with the package's text in `language` (English where it is missing). */
export function roundItems(setup: RoundSetup, library: ContentLibrary, language: string): PhoneItem[] {
  switch (setup.kind) {
    case 'self_evaluation': {
      const text = library.selfEvaluationText(language);
      return library
        .getStructure()
        .selfEvaluation.items.filter((i) => !setup.perspective || i.perspective === setup.perspective)
        .map((i) => ({ id: i.id, type: 'rating', label: text.items[i.id] ?? i.id, group: text.perspectives[i.perspective]?.name ?? i.perspective }));
    }
    case 'dots':
      return setup.items.map((i) => ({ id: i.id, type: 'dots', label: i.label }));
    case 'feedback':
      return FEEDBACK_QUESTIONS.map((q) => ({ id: q.id, type: q.type, label: '' }));
    case 'question':
      return [{ id: 'q', type: 'choice', label: setup.question, options: setup.options }];
    default:
      return assertNever(setup);
  }
}

/** The round as a phone sees it: the items, and for the self-evaluation the words of the scale. */
export function phoneRound(setup: RoundSetup, library: ContentLibrary, language: string): PhoneRound {
  // Only a language the package has: the phone's wish is never echoed back as it came.
  const resolved = library.resolve(language);
  const scale = setup.kind === 'self_evaluation' ? [1, 2, 3, 4, 5].map((n) => library.selfEvaluationText(resolved).scale[String(n)]?.label ?? String(n)) : [];
  return { kind: setup.kind, language: resolved, dots: setup.kind === 'dots' ? setup.dots : 0, scale, items: roundItems(setup, library, resolved) };
}
