import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isIP } from 'node:net';

const TYPE_A = 1;
const TYPE_AAAA = 28;

/**
 * A tiny authoritative DNS server on 127.0.0.1 (UDP) whose answers a test changes at will, e.g. a
 * public address while a webhook is registered and a loopback one when it is delivered (DNS
 * rebinding). Answers A and AAAA with TTL 0; unknown names get NXDOMAIN.
 */
export class TestDnsServer {
  private readonly records = new Map<string, string[]>();
  /** Every question asked, `name/type`, so a test can see that a lookup really happened. */
  readonly questions: string[] = [];

  private constructor(
    private readonly socket: Socket,
    readonly address: string,
  ) {}

  static async start(): Promise<TestDnsServer> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    const server = new TestDnsServer(socket, `127.0.0.1:${socket.address().port}`);
    socket.on('message', (message, remote) => server.answer(message, remote));
    return server;
  }

  /** What `name` resolves to from now on. */
  set(name: string, addresses: string[]): void {
    this.records.set(name.toLowerCase(), addresses);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  private answer(query: Buffer, remote: RemoteInfo): void {
    if (query.length < 12) return;
    let offset = 12;
    const labels: string[] = [];
    while (offset < query.length && query[offset] !== 0) {
      const length = query[offset];
      labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
      offset += length + 1;
    }
    const questionEnd = offset + 5; // zero label, type, class
    if (questionEnd > query.length) return;
    const type = query.readUInt16BE(offset + 1);
    const name = labels.join('.').toLowerCase();
    this.questions.push(`${name}/${type === TYPE_AAAA ? 'AAAA' : type === TYPE_A ? 'A' : type}`);
    const known = this.records.get(name);
    const matching = (known ?? []).filter((address) => isIP(address) === (type === TYPE_AAAA ? 6 : 4) && (type === TYPE_A || type === TYPE_AAAA));
    const answers = matching.map((address) => {
      const rdata = type === TYPE_A ? Buffer.from(address.split('.').map(Number)) : ipv6Bytes(address);
      const record = Buffer.alloc(12);
      record.writeUInt16BE(0xc00c, 0); // pointer to the question's name
      record.writeUInt16BE(type, 2);
      record.writeUInt16BE(1, 4); // IN
      record.writeUInt32BE(0, 6); // TTL 0: nothing may be cached between registration and delivery
      record.writeUInt16BE(rdata.length, 10);
      return Buffer.concat([record, rdata]);
    });
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8580 | (known === undefined ? 3 : 0), 2); // response, authoritative, RD+RA; NXDOMAIN when unknown
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    this.socket.send(Buffer.concat([header, query.subarray(12, questionEnd), ...answers]), remote.port, remote.address);
  }
}

function ipv6Bytes(address: string): Buffer {
  const [head, tail = ''] = address.split('::');
  const groups = (text: string): string[] => (text === '' ? [] : text.split(':'));
  const headGroups = groups(head);
  const tailGroups = address.includes('::') ? groups(tail) : [];
  const all = [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  const bytes = Buffer.alloc(16);
  all.forEach((group, index) => bytes.writeUInt16BE(Number.parseInt(group, 16), index * 2));
  return bytes;
}
