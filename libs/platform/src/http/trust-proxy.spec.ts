import { BaseServiceConfig } from '../config/base-service.config';
import { ConfigValidationError } from '../config/config-validation.error';
import { loadConfig } from '../config/load-config';
import { parseTrustProxy } from './trust-proxy';

describe('parseTrustProxy (TRUST_PROXY)', () => {
  it('is off by default and for false/off/0', () => {
    for (const raw of ['', 'false', 'OFF', '0', ' false ']) expect(parseTrustProxy(raw)).toBe(false);
  });

  it('takes a hop count of 1 to 10', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10')).toBe(10);
    expect(parseTrustProxy('11')).toBeNull();
  });

  it('takes addresses, CIDR subnets and Express range names', () => {
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.7,loopback, fd00::/8')).toEqual(['10.0.0.0/8', '192.168.1.7', 'loopback', 'fd00::/8']);
  });

  it('refuses true (any client could pick its own address) and anything malformed', () => {
    for (const raw of ['true', 'yes', '*', '10.0.0.0/33', 'fd00::/129', '10.0.0/8', 'example.org', '10.0.0.1/8/2', 'loopback,']) {
      expect(parseTrustProxy(raw)).toBeNull();
    }
  });
});

describe('TRUST_PROXY in the service config', () => {
  const base = { MONGODB_DB: 'icn_test', JWT_SECRET: 'x'.repeat(32) };

  it('defaults to off and keeps a valid setting', () => {
    expect(loadConfig(BaseServiceConfig, base).TRUST_PROXY).toBe('false');
    expect(loadConfig(BaseServiceConfig, { ...base, TRUST_PROXY: '10.0.0.0/8,loopback' }).TRUST_PROXY).toBe('10.0.0.0/8,loopback');
  });

  it('stops the start naming the variable when it is true or malformed', () => {
    for (const raw of ['true', '10.0.0.0/33']) {
      expect(() => loadConfig(BaseServiceConfig, { ...base, TRUST_PROXY: raw })).toThrow(ConfigValidationError);
      expect(() => loadConfig(BaseServiceConfig, { ...base, TRUST_PROXY: raw })).toThrow(/TRUST_PROXY/);
    }
  });
});
