import { describe, expect, it } from 'vitest';
import { inFileOrder } from '../../src/lib/in-file-order.ts';

describe('inFileOrder', () => {
  it('puts entries back in the order of their file and drops the index', () => {
    const entries = [{ data: { id: 'b', fileOrder: 2 } }, { data: { id: 'c', fileOrder: 0 } }, { data: { id: 'a', fileOrder: 1 } }];
    expect(inFileOrder(entries)).toEqual([{ id: 'c' }, { id: 'a' }, { id: 'b' }]);
  });
});
