/** Presenter keys inside an embed (src/lib/embed/keys.ts). */
import { describe, expect, it } from 'vitest';
import { isTextField, keyMessage } from '../../src/lib/embed/keys';

describe('keys an embed forwards to the deck around it', () => {
  it('forwards PageUp and PageDown always, Escape only when no text is being edited', () => {
    expect(keyMessage('PageDown', true)).toEqual({ type: 'smm:key', key: 'PageDown' });
    expect(keyMessage('PageUp', false)).toEqual({ type: 'smm:key', key: 'PageUp' });
    expect(keyMessage('Escape', false)).toEqual({ type: 'smm:key', key: 'Escape' });
    expect(keyMessage('Escape', true)).toBeNull();
    for (const key of ['ArrowRight', 'Enter', ' ', 'a', 'Tab']) expect(keyMessage(key, false)).toBeNull();
  });
  it('knows a text field from a radio button or a link', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTextField({ tagName: 'A' })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
