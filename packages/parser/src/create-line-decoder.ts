/** Receives one decoded line (without its line end) and whether it held invalid UTF-8. */
export type LineHandler = (line: string, invalidUtf8: boolean) => void;

/** Splits UTF-8 bytes into lines, chunk by chunk (see `createLineDecoder`). */
export interface LineDecoder {
  /** Decodes the complete lines of `chunk` (plus what was left over) and hands them to `onLine`. */
  push(chunk: Uint8Array, onLine: LineHandler): void;
  /** Decodes what is left over as the last line. */
  end(onLine: LineHandler): void;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Creates a streaming UTF-8 line decoder: drops a BOM, reads CRLF, CR and LF as line ends (also
 * across chunk boundaries), and replaces invalid UTF-8 by U+FFFD, flagging the line. Valid input
 * is decoded a block of lines at a time; only blocks with invalid bytes are decoded line by line.
 */
export function createLineDecoder(): LineDecoder {
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let carry: Uint8Array[] = [];
  let carryLength = 0;
  let atStart = true;
  let skipLineFeed = false;

  const decodeBlock = (block: Uint8Array, final: boolean, onLine: LineHandler): void => {
    let text: string | null = null;
    try {
      text = fatal.decode(block);
    } catch {
      text = null;
    }
    if (text !== null) {
      const lines = text.split(LINE_BREAK);
      const count = final && !endsWithBreak(block) ? lines.length : lines.length - 1;
      for (let index = 0; index < count; index += 1) onLine(lines[index]!, false);
      return;
    }
    let start = 0;
    let index = 0;
    while (index < block.length) {
      const byte = block[index]!;
      if (byte === 10 || byte === 13) {
        emitBytes(block.subarray(start, index), onLine);
        index += byte === 13 && block[index + 1] === 10 ? 2 : 1;
        start = index;
      } else {
        index += 1;
      }
    }
    if (start < block.length) emitBytes(block.subarray(start), onLine);
  };

  const emitBytes = (bytes: Uint8Array, onLine: LineHandler): void => {
    try {
      onLine(fatal.decode(bytes), false);
    } catch {
      onLine(lenient.decode(bytes), true);
    }
  };

  const take = (chunk: Uint8Array): Uint8Array => {
    if (carryLength === 0) return chunk;
    const bytes = new Uint8Array(carryLength + chunk.length);
    let offset = 0;
    for (const part of carry) {
      bytes.set(part, offset);
      offset += part.length;
    }
    bytes.set(chunk, offset);
    carry = [];
    carryLength = 0;
    return bytes;
  };

  return {
    push(chunk, onLine) {
      if (chunk.length === 0) return;
      if (skipLineFeed) {
        skipLineFeed = false;
        if (chunk[0] === 10) chunk = chunk.subarray(1);
      }
      let cut = lastBreak(chunk);
      if (cut === -1) {
        carry.push(chunk.slice());
        carryLength += chunk.length;
        return;
      }
      const before = carryLength;
      let bytes = take(chunk);
      cut += before;
      if (atStart) {
        if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
          bytes = bytes.subarray(3);
          cut -= 3;
        }
        atStart = false;
      }
      if (bytes[cut] === 13 && cut === bytes.length - 1) skipLineFeed = true;
      decodeBlock(bytes.subarray(0, cut + 1), false, onLine);
      if (cut + 1 < bytes.length) {
        carry.push(bytes.slice(cut + 1));
        carryLength = bytes.length - cut - 1;
      }
    },
    end(onLine) {
      if (carryLength === 0) return;
      let bytes = take(new Uint8Array(0));
      if (atStart && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bytes = bytes.subarray(3);
      }
      atStart = false;
      if (bytes.length > 0) decodeBlock(bytes, true, onLine);
    },
  };
}

function lastBreak(bytes: Uint8Array): number {
  return Math.max(bytes.lastIndexOf(10), bytes.lastIndexOf(13));
}

function endsWithBreak(bytes: Uint8Array): boolean {
  const last = bytes[bytes.length - 1];
  return last === 10 || last === 13;
}
