import { extractCredentials } from './credentials';

describe('extractCredentials', () => {
  it('reads a bearer token, case-insensitively on the scheme', () => {
    expect(extractCredentials({ authorization: 'bearer abc.def.ghi' })).toEqual({ kind: 'bearer', token: 'abc.def.ghi' });
  });

  it('reads an API key', () => {
    expect(extractCredentials({ 'x-api-key': ' k1 ' })).toEqual({ kind: 'api-key', key: 'k1' });
  });

  it('reports no credentials', () => {
    expect(extractCredentials({})).toEqual({ kind: 'none' });
  });

  it.each([
    ['basic auth', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['bearer without token', { authorization: 'Bearer ' }],
    ['both schemes', { authorization: 'Bearer a.b.c', 'x-api-key': 'k' }],
    ['repeated api key', { 'x-api-key': ['a', 'b'] }],
    ['empty api key', { 'x-api-key': '' }],
  ])('flags %s as malformed', (_label, headers) => {
    expect(extractCredentials(headers).kind).toBe('malformed');
  });
});
