import { useState } from 'react';
import type { PhoneItem, PhoneRound, PhoneValue } from '@api/voting-phone';
import { useT } from './i18n';

interface Props {
  round: PhoneRound;
  answers: Record<string, string | number>;
  savedItem: string | null;
  onAnswer: (itemId: string, value: PhoneValue) => void;
}

/** The items of a round, each answered with large touch targets; every text is rendered as text, never as HTML. */
export function PhoneItems({ round, answers, savedItem, onAnswer }: Props) {
  const t = useT();
  const used = Object.values(answers).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  const label = (item: PhoneItem) => item.label || t(`feedback.${item.id}`);
  let group: string | undefined;
  return (
    <>
      {round.kind === 'dots' && <p className="dots-left" role="status">{t('dotsLeft', { count: round.dots - used })}</p>}
      {round.items.map((item, index) => {
        const heading = item.group && item.group !== group ? item.group : null;
        group = item.group;
        const value = answers[item.id];
        return (
          <section key={item.id} className="item">
            {heading && <h2>{heading}</h2>}
            {item.type === 'dots' ? (
              <div className="dots">
                <span className="label">{label(item)}</span>
                <button type="button" aria-label={t('removeDot', { item: label(item) })} disabled={!value} onClick={() => onAnswer(item.id, Math.max(0, Number(value ?? 0) - 1))}>−</button>
                <output aria-label={t('dotsOn', { item: label(item) })}>{value ?? 0}</output>
                <button type="button" aria-label={t('addDot', { item: label(item) })} disabled={used >= round.dots} onClick={() => onAnswer(item.id, Number(value ?? 0) + 1)}>+</button>
              </div>
            ) : item.type === 'text' ? (
              <Comment label={label(item)} value={typeof value === 'string' ? value : ''} onSave={(text) => onAnswer(item.id, text)} />
            ) : (
              <fieldset>
                <legend>{`${round.kind === 'self_evaluation' ? `${index + 1}. ` : ''}${label(item)}`}</legend>
                <div className={item.type === 'rating' ? 'scale' : 'choices'}>
                  {(item.type === 'rating' ? [1, 2, 3, 4, 5] : (item.options ?? []).map((_, i) => i)).map((v) => {
                    const text = item.type === 'rating' ? `${v} ${round.scale[v - 1] ?? t(`scale.${v}`)}` : item.options![v]!;
                    return (
                      <label key={v} className={value === v ? 'chosen' : undefined}>
                        <input type="radio" name={item.id} checked={value === v} onChange={() => onAnswer(item.id, v)} />
                        <span>{text}</span>
                      </label>
                    );
                  })}
                </div>
                {value !== undefined && <button type="button" className="clear" onClick={() => onAnswer(item.id, null)}>{t('clear')}</button>}
              </fieldset>
            )}
            {savedItem === item.id && <span className="saved">{t('saved')}</span>}
          </section>
        );
      })}
    </>
  );
}

function Comment({ label, value, onSave }: { label: string; value: string; onSave: (text: string) => void }) {
  const t = useT();
  const [text, setText] = useState(value);
  return (
    <div className="comment">
      <label>
        <span className="label">{label}</span>
        <textarea value={text} maxLength={500} rows={4} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" disabled={text === value} onClick={() => onSave(text)}>{t('saveComment')}</button>
    </div>
  );
}
