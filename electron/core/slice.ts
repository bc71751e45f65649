import type { Channel, ParsedRequest, Response } from '../api/contract';

/** One handler per contract channel. */
export type Handlers = { [C in Channel]: (input: ParsedRequest<C>) => Response<C> | Promise<Response<C>> };
/** The handlers of the channels whose names start with `prefix` (one slice of the contract). */
export type SliceHandlers<Prefix extends string> = { [C in Channel as C extends `${Prefix}.${string}` ? C : never]: Handlers[C] };
