/**
 * Small hand-written validators for what the audit reads back (localStorage, imported files).
 * Why not `zod/mini`: the audit page has a 20 KB gzip budget for all its JavaScript, and the
 * zod/mini core alone weighs about 7 KB there; these checks are a few hundred bytes and are
 * covered by the storage and import unit tests. They narrow `unknown` and never throw.
 */
import { isAnswer, type Answers } from './types';

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An ISO 8601 timestamp as `Date.prototype.toISOString` writes it, and a real date. */
export function isTimestamp(v: unknown): v is string {
  return (
    typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(v) && !Number.isNaN(Date.parse(v))
  );
}

export function isPercent(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
}

export function isInt(v: unknown, min: number, max: number): v is number {
  return Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
}

/** Every value is a valid answer (keys are checked against the questions elsewhere). */
export function isAnswers(v: unknown): v is Answers {
  return isObject(v) && Object.values(v).every(isAnswer);
}

export function isPercentRecord(v: unknown): v is Record<string, number> {
  return isObject(v) && Object.values(v).every(isPercent);
}
