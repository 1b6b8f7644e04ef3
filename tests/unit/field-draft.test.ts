import { describe, expect, it } from 'vitest';
import { fieldText } from '../../src/state/field-draft';

const titleOf = (id: string | null) => (id ? `Title of ${id}` : '');

describe('route field text', () => {
  it('shows the URL role, or the draft typed over that same role', () => {
    expect(fieldText(null, 'coder', titleOf)).toBe('Title of coder');
    expect(fieldText({ against: 'coder', text: 'regi' }, 'coder', titleOf)).toBe('regi');
    expect(fieldText({ against: null, text: 'med' }, null, titleOf)).toBe('med');
  });

  it('drops a draft typed against another URL value (back/forward moved the URL)', () => {
    expect(fieldText({ against: 'coder', text: 'regi' }, 'registrar', titleOf)).toBe('Title of registrar');
    expect(fieldText({ against: 'coder', text: 'regi' }, null, titleOf)).toBe('');
  });
});
