import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Sender } from '../../extension/messages';

interface TestProtocol {
  double: { data: { n: number }; reply: number };
  fail: { data: null; reply: never };
}
const handlers: Handlers<TestProtocol> = {
  double: ({ n }) => n * 2,
  fail: () => {
    throw new Error('nope');
  },
};
const sender = {} as Sender;

describe('dispatch', () => {
  it('routes an envelope to its handler and resolves with the reply', async () => {
    await expect(dispatch(handlers, { leaklens: 'double', data: { n: 21 } }, sender)).resolves.toBe(
      42,
    );
  });

  it('leaves messages that are not ours to other listeners', () => {
    expect(dispatch(handlers, { type: 'double' }, sender)).toBeUndefined();
    expect(dispatch(handlers, 'double', sender)).toBeUndefined();
    expect(dispatch(handlers, { leaklens: 'toString', data: null }, sender)).toBeUndefined();
  });

  it('turns a throwing handler into a rejected reply, not an uncaught error', async () => {
    await expect(dispatch(handlers, { leaklens: 'fail', data: null }, sender)).rejects.toThrow(
      'nope',
    );
  });
});
