/** The five SMART criteria and their statuses: what the page shows before the engine is loaded. */
export const CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'time-bound'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const STATUSES = ['met', 'partial', 'missing', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export interface Message {
  /** A key of the smart i18n dictionaries (`smart.…`). */
  key: string;
  /** Values for its `{placeholders}`, already formatted for the page's language. */
  vars?: Record<string, string>;
}
