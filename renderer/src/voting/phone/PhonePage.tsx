import i18next from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import type { Language } from '@api/languages';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '@api/languages';
import type { PhoneError, PhoneRound, PhoneValue } from '@api/voting-phone';
import { changePhoneLanguage, useT } from './i18n';
import { phoneApi, roomCode } from './phone-api';
import { PhoneItems } from './PhoneItems';

const phoneKey = () => `socialsme.vote.phone.${roomCode()}`;

/**
 * The participant's page: joins the round (or rejoins with the id this phone was given, keeping
 * its answers), shows the items and stores each answer as it is tapped.
 */
export function PhonePage() {
  const t = useT();
  const [round, setRound] = useState<PhoneRound | null>(null);
  const [phoneId, setPhoneId] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, string | number>>({});
  const [error, setError] = useState<PhoneError | null>(null);
  const [savedItem, setSavedItem] = useState<string | null>(null);

  const start = useCallback(async () => {
    setError(null);
    const joined = await phoneApi.join(localStorage.getItem(phoneKey()));
    if (!joined.ok) return setError(joined.error);
    localStorage.setItem(phoneKey(), joined.value.phoneId);
    const [mine, loaded] = await Promise.all([phoneApi.mine(joined.value.phoneId), phoneApi.round(i18next.language)]);
    if (!mine.ok) return setError(mine.error);
    if (!loaded.ok) return setError(loaded.error);
    setPhoneId(joined.value.phoneId);
    setAnswers(mine.value.answers);
    setRound(loaded.value);
  }, []);

  useEffect(() => void start(), [start]);

  async function pickLanguage(language: Language) {
    await changePhoneLanguage(language);
    const loaded = await phoneApi.round(language);
    if (loaded.ok) setRound(loaded.value);
  }

  async function answer(itemId: string, value: PhoneValue) {
    if (!phoneId) return;
    const saved = await phoneApi.answer(phoneId, itemId, value);
    if (!saved.ok) return setError(saved.error);
    setError(null);
    setAnswers(saved.value.answers);
    setSavedItem(itemId);
  }

  const total = round?.items.length ?? 0;
  const done = round ? round.items.filter((i) => answers[i.id] !== undefined).length : 0;
  return (
    <main>
      <header>
        <h1>{t('title')}</h1>
        <label className="language">
          {t('language')}{' '}
          <select value={i18next.language} onChange={(e) => isLanguage(e.target.value) && void pickLanguage(e.target.value)}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </label>
      </header>
      {error && (
        <div role="alert" className="error">
          <p>{t(`errors.${error}`)}</p>
          {(error === 'offline' || !round) && error !== 'closed' && <button type="button" onClick={() => void start()}>{t('retry')}</button>}
        </div>
      )}
      {!round && !error && <p role="status">{t('joining')}</p>}
      {round && (
        <>
          <p className="intro">{t(`intro.${round.kind}`, { count: round.dots })}</p>
          <p className="progress" role="status">{t('progress', { done, total })}</p>
          <PhoneItems round={round} answers={answers} savedItem={savedItem} onAnswer={(id, v) => void answer(id, v)} />
          <p className="hint">{t('changeHint')}</p>
        </>
      )}
    </main>
  );
}
