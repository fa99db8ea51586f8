import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips a position', () => {
    const position = { name: 'Ørsted A/S "quoted"', id: '6a1c2d1e-0000-4000-8000-000000000000' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'rejects %p',
    (cursor) => {
      expect(decodeCursor(cursor)).toBeUndefined();
    },
  );
});
