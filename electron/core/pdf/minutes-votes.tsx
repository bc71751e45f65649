import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Language } from '../../api/languages';
import { isLanguage } from '../../api/languages';
import type { ItemResult, RoundKind } from '../../api/voting';
import { byDisagreement } from '../../api/voting';
import type { MinutesVote } from './inputs';
import { cell, styles } from './styles';
import { formatScore } from '../../api/numbers';

interface VoteCaptions {
  title: string; kinds: Record<RoundKind, string>; phones: string; mean: string; spread: string; dots: string; votes: string;
  comments: string; byDisagreement: string; feedback: Record<string, string>;
}

/** Captions of the votes in the minutes, in the workshop's language; the feedback questions as the phones asked them. */
const CAPTIONS: Record<Language, VoteCaptions> = {
  en: { title: 'Votes from the room', kinds: { self_evaluation: 'Self-evaluation', dots: 'Dot voting', feedback: 'Workshop feedback', question: 'Quick question' }, phones: 'Phones', mean: 'mean', spread: 'spread', dots: 'dots', votes: 'votes', comments: 'Comments', byDisagreement: 'Statements ordered by disagreement (largest spread first).',
    feedback: { 'fb-goals': 'The aims of the workshop were clear.', 'fb-useful': 'What we worked on is useful for the company.', 'fb-pace': 'Pace and length were right.', 'fb-voice': 'I could say what I think.', 'fb-next': 'I know what to do before the next workshop.' } },
  es: { title: 'Votos de la sala', kinds: { self_evaluation: 'Autoevaluación', dots: 'Votación con puntos', feedback: 'Valoración del taller', question: 'Pregunta rápida' }, phones: 'Móviles', mean: 'media', spread: 'dispersión', dots: 'puntos', votes: 'votos', comments: 'Comentarios', byDisagreement: 'Afirmaciones ordenadas por desacuerdo (mayor dispersión primero).',
    feedback: { 'fb-goals': 'Los objetivos del taller estaban claros.', 'fb-useful': 'Lo trabajado es útil para la empresa.', 'fb-pace': 'El ritmo y la duración fueron adecuados.', 'fb-voice': 'Pude decir lo que pienso.', 'fb-next': 'Sé qué hacer antes del próximo taller.' } },
  pt: { title: 'Votos da sala', kinds: { self_evaluation: 'Autoavaliação', dots: 'Votação com pontos', feedback: 'Avaliação do workshop', question: 'Pergunta rápida' }, phones: 'Telemóveis', mean: 'média', spread: 'dispersão', dots: 'pontos', votes: 'votos', comments: 'Comentários', byDisagreement: 'Afirmações ordenadas por desacordo (maior dispersão primeiro).',
    feedback: { 'fb-goals': 'Os objetivos do workshop estavam claros.', 'fb-useful': 'O que trabalhámos é útil para a empresa.', 'fb-pace': 'O ritmo e a duração foram adequados.', 'fb-voice': 'Pude dizer o que penso.', 'fb-next': 'Sei o que fazer antes do próximo workshop.' } },
  ro: { title: 'Voturi din sală', kinds: { self_evaluation: 'Autoevaluare', dots: 'Vot cu puncte', feedback: 'Părerea despre atelier', question: 'Întrebare rapidă' }, phones: 'Telefoane', mean: 'media', spread: 'dispersia', dots: 'puncte', votes: 'voturi', comments: 'Comentarii', byDisagreement: 'Afirmații ordonate după dezacord (cea mai mare dispersie întâi).',
    feedback: { 'fb-goals': 'Obiectivele atelierului au fost clare.', 'fb-useful': 'Ce am lucrat este util pentru firmă.', 'fb-pace': 'Ritmul și durata au fost potrivite.', 'fb-voice': 'Am putut spune ce gândesc.', 'fb-next': 'Știu ce am de făcut până la următorul atelier.' } },
  el: { title: 'Ψήφοι από την αίθουσα', kinds: { self_evaluation: 'Αυτοαξιολόγηση', dots: 'Ψηφοφορία με κουκκίδες', feedback: 'Αξιολόγηση εργαστηρίου', question: 'Γρήγορη ερώτηση' }, phones: 'Κινητά', mean: 'μέσος όρος', spread: 'διασπορά', dots: 'κουκκίδες', votes: 'ψήφοι', comments: 'Σχόλια', byDisagreement: 'Δηλώσεις κατά διαφωνία (μεγαλύτερη διασπορά πρώτα).',
    feedback: { 'fb-goals': 'Οι στόχοι του εργαστηρίου ήταν σαφείς.', 'fb-useful': 'Όσα δουλέψαμε είναι χρήσιμα για την επιχείρηση.', 'fb-pace': 'Ο ρυθμός και η διάρκεια ήταν κατάλληλα.', 'fb-voice': 'Μπόρεσα να πω τη γνώμη μου.', 'fb-next': 'Ξέρω τι να κάνω πριν από το επόμενο εργαστήριο.' } },
  bg: { title: 'Гласове от залата', kinds: { self_evaluation: 'Самооценка', dots: 'Гласуване с точки', feedback: 'Отзив за семинара', question: 'Бърз въпрос' }, phones: 'Телефони', mean: 'средно', spread: 'разсейване', dots: 'точки', votes: 'гласа', comments: 'Коментари', byDisagreement: 'Твърдения, подредени по несъгласие (най-голямо разсейване първо).',
    feedback: { 'fb-goals': 'Целите на семинара бяха ясни.', 'fb-useful': 'Това, върху което работихме, е полезно за фирмата.', 'fb-pace': 'Темпото и продължителността бяха подходящи.', 'fb-voice': 'Можах да кажа какво мисля.', 'fb-next': 'Знам какво да направя преди следващия семинар.' } },
  pl: { title: 'Głosy z sali', kinds: { self_evaluation: 'Samoocena', dots: 'Głosowanie punktami', feedback: 'Ocena warsztatów', question: 'Szybkie pytanie' }, phones: 'Telefony', mean: 'średnia', spread: 'rozrzut', dots: 'punkty', votes: 'głosy', comments: 'Komentarze', byDisagreement: 'Stwierdzenia według rozbieżności (największy rozrzut najpierw).',
    feedback: { 'fb-goals': 'Cele warsztatów były jasne.', 'fb-useful': 'To, nad czym pracowaliśmy, przyda się firmie.', 'fb-pace': 'Tempo i długość były odpowiednie.', 'fb-voice': 'Mogłem/mogłam powiedzieć, co myślę.', 'fb-next': 'Wiem, co zrobić przed następnymi warsztatami.' } },
  lt: { title: 'Balsai iš salės', kinds: { self_evaluation: 'Įsivertinimas', dots: 'Balsavimas taškais', feedback: 'Seminaro įvertinimas', question: 'Greitas klausimas' }, phones: 'Telefonai', mean: 'vidurkis', spread: 'sklaida', dots: 'taškai', votes: 'balsai', comments: 'Komentarai', byDisagreement: 'Teiginiai pagal nesutarimą (didžiausia sklaida pirmiausia).',
    feedback: { 'fb-goals': 'Seminaro tikslai buvo aiškūs.', 'fb-useful': 'Tai, ką nagrinėjome, naudinga įmonei.', 'fb-pace': 'Tempas ir trukmė buvo tinkami.', 'fb-voice': 'Galėjau pasakyti, ką galvoju.', 'fb-next': 'Žinau, ką daryti iki kito seminaro.' } },
  lv: { title: 'Balsis no telpas', kinds: { self_evaluation: 'Pašnovērtējums', dots: 'Balsošana ar punktiem', feedback: 'Semināra vērtējums', question: 'Ātrs jautājums' }, phones: 'Tālruņi', mean: 'vidēji', spread: 'izkliede', dots: 'punkti', votes: 'balsis', comments: 'Komentāri', byDisagreement: 'Apgalvojumi pēc domstarpībām (lielākā izkliede vispirms).',
    feedback: { 'fb-goals': 'Semināra mērķi bija skaidri.', 'fb-useful': 'Tas, pie kā strādājām, ir noderīgs uzņēmumam.', 'fb-pace': 'Temps un ilgums bija piemēroti.', 'fb-voice': 'Es varēju pateikt, ko domāju.', 'fb-next': 'Es zinu, kas jādara līdz nākamajam semināram.' } },
};

const decimal = (language: string, n: number | null) => (n === null ? '–' : formatScore(n, language));

function Rating({ label, item, c, language }: { label: string; item: ItemResult; c: VoteCaptions; language: string }): ReactNode {
  return (
    <View style={styles.tr} wrap={false}>
      <Text style={cell(0, styles.flex, styles.small)}>{label}</Text>
      <Text style={cell(1, { width: 90 }, styles.small)}>{`${c.mean} ${decimal(language, item.mean)} · ${c.spread} ${decimal(language, item.spread)}`}</Text>
      <Text style={cell(2, { width: 110 }, styles.small)}>{item.histogram.map((n, i) => `${i + 1}: ${n}`).join('  ')}</Text>
    </View>
  );
}

/** The closed voting rounds of the workshop: results only, never who answered what. */
export function MinutesVotes({ votes, language }: { votes: MinutesVote[]; language: string }): ReactNode {
  if (votes.length === 0) return null;
  const c = isLanguage(language) ? CAPTIONS[language] : CAPTIONS.en;
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={40}>{c.title}</Text>
      {votes.map((vote, n) => {
        const ratings = vote.kind === 'self_evaluation' ? byDisagreement(vote.items) : vote.items.filter((i) => i.type === 'rating');
        return (
          <View key={n}>
            <Text style={styles.h3} minPresenceAhead={30}>{`${c.kinds[vote.kind]} · ${c.phones}: ${vote.phones}`}</Text>
            {vote.kind === 'self_evaluation' && <Text style={styles.small}>{c.byDisagreement}</Text>}
            {ratings.length > 0 && (
              <View style={styles.table}>
                {ratings.map((i) => <Rating key={i.id} label={i.label ?? c.feedback[i.id] ?? i.id} item={i} c={c} language={language} />)}
              </View>
            )}
            {vote.items.filter((i) => i.type === 'dots').sort((a, b) => b.dots - a.dots).map((i) => (
              <View key={i.id} style={styles.li}><Text style={styles.bullet}>•</Text><Text style={styles.flex}>{`${i.label}: ${i.dots} ${c.dots}`}</Text></View>
            ))}
            {vote.items.filter((i) => i.type === 'choice').map((i) => (
              <View key={i.id}>
                <Text>{i.label}</Text>
                {vote.options.map((option, k) => (
                  <View key={k} style={styles.li}><Text style={styles.bullet}>•</Text><Text style={styles.flex}>{`${option}: ${i.histogram[k] ?? 0} ${c.votes}`}</Text></View>
                ))}
              </View>
            ))}
            {vote.items.filter((i) => i.type === 'text' && i.texts.length > 0).map((i) => (
              <View key={i.id}>
                <Text style={styles.label}>{c.comments}</Text>
                {i.texts.map((text, k) => <View key={k} style={styles.li}><Text style={styles.bullet}>•</Text><Text style={styles.flex}>{text}</Text></View>)}
              </View>
            ))}
          </View>
        );
      })}
    </View>
  );
}
