import { containsPattern } from './text-match';

describe('containsPattern', () => {
  it('matches the input literally and case-insensitively', () => {
    const { $regex } = containsPattern('wind (dk).*');
    const regex = new RegExp($regex, 'i');
    expect(regex.test('Offshore Wind (DK).* ApS')).toBe(true);
    expect(regex.test('Offshore Wind DK ApS')).toBe(false);
  });
});
