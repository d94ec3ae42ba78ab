import { describe, expect, it } from 'vitest';
import { inFileOrder } from '../../src/lib/in-file-order.ts';

describe('inFileOrder', () => {
  it('puts entries back in the order of their file and drops the position', () => {
    const entries = [{ data: { id: 'b', position: 2 } }, { data: { id: 'c', position: 0 } }, { data: { id: 'a', position: 1 } }];
    expect(inFileOrder(entries)).toEqual([{ id: 'c' }, { id: 'a' }, { id: 'b' }]);
  });
});
