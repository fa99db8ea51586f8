import { Writable } from 'node:stream';
import { createLogger } from './create-logger';
import { RequestContext } from './request-context';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('createLogger', () => {
  it('writes JSON with the service, level label and the context ids', () => {
    const out = capture();
    const logger = createLogger('membership', 'info', out.stream);

    logger.info('outside');
    RequestContext.run({ correlationId: 'corr-1', causationId: 'evt-1' }, () => logger.info({ n: 1 }, 'inside'));
    logger.debug('below the level');

    const [outside, inside, ...rest] = out.lines();
    expect(rest).toEqual([]);
    expect(outside).toMatchObject({ service: 'membership', level: 'info', msg: 'outside' });
    expect(outside).not.toHaveProperty('correlationId');
    expect(inside).toMatchObject({ correlationId: 'corr-1', causationId: 'evt-1', n: 1, msg: 'inside' });
  });

  it('redacts credentials in serialised request headers', () => {
    const out = capture();
    const logger = createLogger('membership', 'info', out.stream);

    logger.info({ req: { headers: { authorization: 'Bearer secret', 'x-api-key': 'k', accept: 'json' } } }, 'req');

    expect(out.lines()[0]).toMatchObject({
      req: { headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', accept: 'json' } },
    });
  });
});
