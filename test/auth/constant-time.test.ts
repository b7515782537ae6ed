import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../../src/auth/index.js';

// The one comparison of secrets the signer's verifier and the emulator's token check share.
const table: { given: string; a: string; b: string; want: boolean }[] = [
  { given: 'equal strings', a: 'tok-123', b: 'tok-123', want: true },
  { given: 'two empty strings', a: '', b: '', want: true },
  { given: 'a different last character', a: 'tok-123', b: 'tok-124', want: false },
  { given: 'a different first character', a: 'Tok-123', b: 'tok-123', want: false },
  { given: 'a prefix', a: 'tok-12', b: 'tok-123', want: false },
  { given: 'a longer string with the same start', a: 'tok-1234', b: 'tok-123', want: false },
  { given: 'one empty side', a: '', b: 'x', want: false },
  { given: 'non-ASCII that differs', a: 'clé', b: 'cle', want: false },
];

describe('constantTimeEqual', () => {
  it.each(table)('$given → $want', ({ a, b, want }) => {
    expect(constantTimeEqual(a, b)).toBe(want);
  });
});
