import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../src/lib/story/keys.ts';

describe('presentation keys', () => {
  it('map presenter-remote keys to commands', () => {
    const keys = {
      ArrowRight: 'next',
      PageDown: 'next',
      ' ': 'next',
      ArrowLeft: 'prev',
      PageUp: 'prev',
      Home: 'first',
      End: 'last',
      Escape: 'escape',
      f: 'fullscreen',
    };
    for (const [key, cmd] of Object.entries(keys)) expect(commandFor({ key }, 'other'), key).toBe(cmd);
    expect(commandFor({ key: 'x' }, 'other')).toBeNull();
  });

  it('never fire while typing in a text field or choosing in a select', () => {
    for (const key of ['ArrowRight', ' ', 'f', 'Home', 'Escape']) expect(commandFor({ key }, 'text')).toBeNull();
  });

  it('leave Space and Enter to a focused button, but arrows still navigate', () => {
    expect(commandFor({ key: ' ' }, 'button')).toBeNull();
    expect(commandFor({ key: 'Enter' }, 'button')).toBeNull();
    expect(commandFor({ key: 'PageDown' }, 'button')).toBe('next');
  });

  it('ignore browser shortcuts and keys a control already used', () => {
    expect(commandFor({ key: 'f', ctrlKey: true }, 'other')).toBeNull();
    expect(commandFor({ key: 'ArrowLeft', altKey: true }, 'other')).toBeNull();
    expect(commandFor({ key: 'ArrowRight', defaultPrevented: true }, 'other')).toBeNull();
  });
});
