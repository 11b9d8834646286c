const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
// ( ) < > [ ] { } / %
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
/** PDF names are at most 127 bytes; anything longer is cut (it can only be a malformed name). */
const MAX_TOKEN = 256;

type State =
  'normal' | 'comment' | 'literal' | 'literal-escape' | 'less-than' | 'hex' | 'name' | 'keyword';

export type PdfSyntaxEvents = {
  /** A name object, `#xx` escapes decoded (`/J#61vaScript` arrives as `JavaScript`). */
  onName(name: string): void;
  /**
   * A bare keyword or number (`obj`, `endobj`, `stream`, `12`). Returning true stops the scan
   * right after the keyword's terminating byte; `write` then returns the next index.
   */
  onKeyword(keyword: string): boolean;
};

function isRegular(byte: number): boolean {
  return !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) {
    return byte - 0x30;
  }
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

function decodeName(bytes: number[]): string {
  const decoded: number[] = [];
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    const high = byte === 0x23 ? hexValue(bytes[index + 1] ?? -1) : -1;
    const low = byte === 0x23 ? hexValue(bytes[index + 2] ?? -1) : -1;
    if (high >= 0 && low >= 0) {
      decoded.push(high * 16 + low);
      index += 2;
    } else {
      decoded.push(byte);
    }
  }
  return Buffer.from(decoded).toString('latin1');
}

/**
 * A streaming tokenizer of PDF object syntax (ISO 32000 §7.2–7.3) that reports names and
 * keywords and skips comments and strings, so text such as `(see /JS)` is not taken for a name.
 * It holds its state between chunks; it knows nothing of streams (its user does).
 */
export class PdfSyntaxScanner {
  private state: State = 'normal';
  private depth = 0;
  private readonly token: number[] = [];

  constructor(private readonly events: PdfSyntaxEvents) {}

  /** Scans `chunk` from `start`; returns `chunk.length`, or the index after a keyword that stopped the scan. */
  write(chunk: Buffer, start = 0): number {
    for (let index = start; index < chunk.length; index += 1) {
      const byte = chunk[index]!;
      if (this.step(byte)) {
        return index + 1;
      }
    }
    return chunk.length;
  }

  /** Flushes a name or keyword that ends with the input. */
  end(): void {
    this.finishToken();
  }

  private step(byte: number): boolean {
    switch (this.state) {
      case 'comment':
        if (byte === 0x0a || byte === 0x0d) {
          this.state = 'normal';
        }
        return false;
      case 'literal':
        if (byte === 0x5c) {
          this.state = 'literal-escape';
        } else if (byte === 0x28) {
          this.depth += 1;
        } else if (byte === 0x29) {
          this.depth -= 1;
          if (this.depth === 0) {
            this.state = 'normal';
          }
        }
        return false;
      case 'literal-escape':
        this.state = 'literal';
        return false;
      case 'hex':
        if (byte === 0x3e) {
          this.state = 'normal';
        }
        return false;
      case 'less-than':
        if (byte === 0x3c) {
          this.state = 'normal';
          return false;
        }
        this.state = 'hex';
        return this.step(byte);
      case 'name':
      case 'keyword':
        if (isRegular(byte)) {
          if (this.token.length < MAX_TOKEN) {
            this.token.push(byte);
          }
          return false;
        }
        if (this.finishToken()) {
          return true;
        }
        return this.normal(byte);
      case 'normal':
        return this.normal(byte);
    }
  }

  private normal(byte: number): boolean {
    switch (byte) {
      case 0x25:
        this.state = 'comment';
        return false;
      case 0x28:
        this.state = 'literal';
        this.depth = 1;
        return false;
      case 0x3c:
        this.state = 'less-than';
        return false;
      case 0x2f:
        this.state = 'name';
        return false;
      default:
        if (isRegular(byte)) {
          this.state = 'keyword';
          this.token.push(byte);
        }
        return false;
    }
  }

  /** Ends the current name or keyword; true when the keyword asks to stop. */
  private finishToken(): boolean {
    const state = this.state;
    const bytes = this.token.splice(0);
    this.state = 'normal';
    if (state === 'name') {
      this.events.onName(decodeName(bytes));
      return false;
    }
    if (state === 'keyword') {
      return this.events.onKeyword(Buffer.from(bytes).toString('latin1'));
    }
    return false;
  }
}
