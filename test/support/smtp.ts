// A real SMTP server on loopback that keeps what it receives, parsed.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './ports';

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
}

export class LoopbackSmtp {
  readonly received: ReceivedMail[] = [];
  /** Makes the next N messages fail with a temporary error, as a busy server does. */
  rejectNext = 0;
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<LoopbackSmtp> {
    const port = await freePort();
    const holder: { self?: LoopbackSmtp } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            if (holder.self!.rejectNext > 0) {
              holder.self!.rejectNext -= 1;
              const error = Object.assign(new Error('Temporary local problem, try again'), { responseCode: 451 });
              return callback(error);
            }
            holder.self!.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
            callback();
          },
          (error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    holder.self = new LoopbackSmtp(server, port);
    return holder.self;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
