/**
 * How a tool tells the page around it that its result changed. Islands call `announceResult`;
 * the embed page relays the event to the parent frame as `{ type: 'smm:result', ... }`
 * (see docs/CONTRACT.md, Embedding). On a normal page nobody listens and nothing happens.
 */
export const RESULT_EVENT = 'smm:result';

export interface ResultDetail {
  /** Tool id: a KPI id, `smart` or `audit`. */
  tool: string;
  /** The main result: a number (KPI, score) or null when none can be computed. */
  value: number | null;
  /** The inputs that produced it, as the URL parameters would carry them. */
  inputs: Record<string, string>;
  /** The audit only: the score of each dimension (0–100) by dimension id. Never the answers. */
  scores?: Record<string, number>;
}

export function announceResult(detail: ResultDetail, target: EventTarget = globalThis): void {
  target.dispatchEvent(new CustomEvent<ResultDetail>(RESULT_EVENT, { detail }));
}
