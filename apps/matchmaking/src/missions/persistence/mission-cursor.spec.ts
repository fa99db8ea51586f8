import { decodeMissionCursor, encodeMissionCursor } from './mission-cursor';

describe('Mission cursor', () => {
  it('round-trips a position and rejects anything it did not issue', () => {
    const position = { from: '2027-05-10', id: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f' };
    expect(decodeMissionCursor(encodeMissionCursor(position))).toEqual(position);
    expect(decodeMissionCursor('forged')).toBeUndefined();
    expect(decodeMissionCursor(Buffer.from(JSON.stringify([1, 2])).toString('base64url'))).toBeUndefined();
  });
});
