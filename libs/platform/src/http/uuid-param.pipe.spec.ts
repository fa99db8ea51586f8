import { DomainValidationError } from '../errors/domain.errors';
import { UuidParam, UuidV4Param } from './uuid-param.pipe';

describe('UuidParam', () => {
  const pipe = new UuidParam();
  const id = '0b9d3f0e-3c7a-4f4e-9d43-6a1f1f7a2c11';

  it('passes a UUID through unchanged', () => {
    expect(pipe.transform(id, { type: 'param', data: 'applicationId' })).toBe(id);
  });

  it.each(['42', '', `${id} `, '{"$ne":null}', 'c40'])('refuses %j naming the parameter', (value) => {
    expect(() => pipe.transform(value, { type: 'param', data: 'applicationId' })).toThrow(new DomainValidationError('applicationId', 'must be a UUID'));
  });

  it('refuses what is not a string', () => {
    expect(() => pipe.transform(['a'], { type: 'param', data: 'eventId' })).toThrow(DomainValidationError);
  });

  it('as UuidV4Param, refuses a UUID of another version, naming the parameter', () => {
    const v4 = new UuidV4Param();
    expect(v4.transform(id, { type: 'param', data: 'subscriptionId' })).toBe(id);
    expect(() => v4.transform('886313e1-3b8a-5372-9b90-0c9aee199e5d', { type: 'param', data: 'subscriptionId' })).toThrow(
      new DomainValidationError('subscriptionId', 'must be a version 4 UUID'),
    );
    expect(pipe.transform('886313e1-3b8a-5372-9b90-0c9aee199e5d', { type: 'param', data: 'applicationId' })).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});
