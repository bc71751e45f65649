import { z } from 'zod';
import { None, returns } from './channel';
import { PERSPECTIVES } from './strategy';
import type { PhoneItem } from './voting-phone';
import { ROUND_KINDS } from './voting-phone';

export type { FeedbackQuestion, PhoneItem, RoundKind } from './voting-phone';
export { FEEDBACK_QUESTIONS, ROUND_KINDS } from './voting-phone';

/**
 * Voting rounds: participants answer on their phones, served by the app's own small voting
 * server while a round is open. The facilitator's side of it is these channels; the phones talk
 * to the voting server only (see core/voting/server.ts), never to this contract.
 */
const Label = z.string().trim().min(1).max(200);

export const RoundSetup = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self_evaluation'), perspective: z.enum(PERSPECTIVES).nullable().default(null) }),
  z.object({
    kind: z.literal('dots'),
    dots: z.number().int().min(1).max(10),
    items: z.array(z.object({ id: z.string().min(1).max(60), label: Label })).min(2).max(30),
  }),
  z.object({ kind: z.literal('feedback') }),
  z.object({ kind: z.literal('question'), question: Label, options: z.array(Label).min(2).max(8) }),
]);
export type RoundSetup = z.output<typeof RoundSetup>;

/** Where the voting server listens: one of the addresses `voting.interfaces` lists, and a port (0: any free one). */
export const Listen = z.object({ address: z.union([z.ipv4(), z.ipv6()]), port: z.number().int().min(0).max(65535).default(0) });

export interface NetworkChoice {
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  /** A private (LAN / hotspot) address: the default choice. */
  private: boolean;
  loopback: boolean;
}

export interface ItemResult {
  id: string;
  /** The facilitator's label (dots, question) or null when the UI names it (statements, feedback). */
  label: string | null;
  type: PhoneItem['type'];
  /** Phones that answered this item. */
  count: number;
  /** rating: counts of 1..5; choice: counts per option; dots: empty. */
  histogram: number[];
  mean: number | null;
  /** Population standard deviation of the scores: how far the room disagrees. */
  spread: number | null;
  /** dots: all dots given to the item. */
  dots: number;
  /** text answers, in the order they came. */
  texts: string[];
}

export interface RoundView {
  id: string;
  workshopId: string;
  processId: string;
  setup: RoundSetup;
  status: 'open' | 'closed';
  roomCode: string;
  openedAt: string;
  closedAt: string | null;
  joined: number;
  /** Phones that have given at least one answer. */
  answered: number;
  items: ItemResult[];
}

/** An open round as the facilitator shows it to the room. */
export interface OpenRound extends RoundView {
  url: string;
  /** The QR code of `url`, as an SVG document. */
  qrSvg: string;
}

export interface PhoneScores {
  phone: number;
  scores: Record<string, number>;
}

export const RoundId = z.object({ roundId: z.uuid() });

/** The channels of this slice (joined into THE contract in contract.ts). */
export const votingChannels = {
  'voting.interfaces': { input: None, output: returns<NetworkChoice[]>() },
  'voting.open': { input: z.object({ workshopId: z.uuid(), setup: RoundSetup, listen: Listen }), output: returns<OpenRound>() },
  'voting.reopen': { input: RoundId.extend({ listen: Listen }), output: returns<OpenRound>() },
  /** The open round with its live results, or null; polled by the facilitator's screen. */
  'voting.current': { input: None, output: returns<OpenRound | null>() },
  'voting.close': { input: RoundId, output: returns<RoundView>() },
  'voting.listForWorkshop': { input: z.object({ workshopId: z.uuid() }), output: returns<RoundView[]>() },
  'voting.listForProcess': { input: z.object({ processId: z.uuid(), kind: z.enum(ROUND_KINDS).optional() }), output: returns<RoundView[]>() },
  /** The anonymous score sets of a self-evaluation round, one per phone. */
  'voting.scoreSets': { input: RoundId, output: returns<PhoneScores[]>() },
  /** Writes the round's mean per statement (rounded) as the agreed scores of an evaluation: only on the facilitator's click. */
  'voting.applyMeans': { input: RoundId.extend({ evaluationId: z.uuid() }), output: returns<{ written: number; replaced: number }>() },
  /** Adds each phone's score set to an evaluation as an anonymous participant's own scores: only on the facilitator's click. */
  'voting.takeScoreSets': { input: RoundId.extend({ evaluationId: z.uuid() }), output: returns<{ participants: number }>() },
} as const;

/** Statements ordered for the talk that follows: most disagreement first, then lowest mean. */
export function byDisagreement(items: readonly ItemResult[]): ItemResult[] {
  return items
    .filter((i) => i.type === 'rating' && i.count > 0)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || (a.mean ?? 0) - (b.mean ?? 0));
}

/** How often the facilitator's screen asks for the open round's results. */
export const FACILITATOR_POLL_MS = 500;
