/**
 * Lists the file names in a ZIP archive without unpacking it, by reading the central directory
 * (APPNOTE.TXT §4.3.16 end of central directory record, §4.3.12 central directory headers). Used to
 * tell a DOCX from any other ZIP before choosing a reader. Falls back to scanning local file headers
 * (§4.3.7) when the end record is missing, as in a truncated download; returns what it could find.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
// The end record is 22 bytes plus a comment of at most 65535 bytes.
const EOCD_SEARCH = 22 + 0xffff;

export function listZipEntries(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  if (eocd !== undefined) {
    const names = readCentralDirectory(bytes, view, eocd);
    if (names !== undefined) return names;
  }
  return scanLocalHeaders(bytes, view);
}

function findEndRecord(view: DataView): number | undefined {
  const stop = Math.max(0, view.byteLength - EOCD_SEARCH);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return undefined;
}

function readCentralDirectory(bytes: Uint8Array, view: DataView, eocd: number): string[] | undefined {
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(decodeName(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function scanLocalHeaders(bytes: Uint8Array, view: DataView): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= view.byteLength && view.getUint32(at, true) === LOCAL_SIGNATURE) {
    const flags = view.getUint16(at + 6, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(decodeName(bytes.subarray(at + 30, at + 30 + nameLength)));
    // Bit 3: sizes follow the data in a descriptor, so the next header cannot be found from here.
    if ((flags & 0x08) !== 0) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

function decodeName(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}
