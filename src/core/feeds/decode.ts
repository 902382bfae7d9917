import { TextDecoder } from 'node:util';

/** A feed body decoded to text, with the character encoding that was used. */
export interface DecodedFeed {
  text: string;
  /** The WHATWG name of the encoding, e.g. `utf-8`, `windows-1251`, `utf-16le`. */
  charset: string;
}

const SUPPORTED_CHARSET = /^[A-Za-z0-9._:-]{1,40}$/;

function decoderFor(label: string | undefined): TextDecoder | null {
  if (label === undefined || !SUPPORTED_CHARSET.test(label)) return null;
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return null;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * XML's own detection (XML 1.0 appendix F) for documents without a BOM: the first `<` spelled
 * with NUL bytes beside it gives UTF-16 or UTF-32 and the byte order.
 */
function wideByNuls(b: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | null {
  if (b.length < 4) return null;
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] === 0x3c) return 'utf-32be';
  if (b[0] === 0x3c && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'utf-16le';
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] !== 0) return 'utf-16be';
  return null;
}

function utf32BomOf(b: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  return null;
}

/** UTF-32, which TextDecoder does not offer: four bytes per code point, invalid ones replaced. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    out.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd');
  }
  return out.join('').replace(/^\ufeff/, '');
}

function decodeWide(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'): DecodedFeed {
  const text = label.startsWith('utf-32') ? decodeUtf32(bytes, label.endsWith('le')) : new TextDecoder(label).decode(bytes);
  return { text, charset: label };
}

/**
 * Encodings a feed that declares none is guessed among, when its bytes are not UTF-8. Cyrillic
 * outlets still publish in windows-1251 and KOI8-R; Western ones in windows-1252 (which the
 * WHATWG decoder also uses for "iso-8859-1").
 */
const CYRILLIC_GUESSES = ['windows-1251', 'koi8-r', 'iso-8859-5'] as const;
const WESTERN_GUESS = 'windows-1252';
/** The commonest lower-case letters of Russian and Ukrainian prose: the right decoding is full of them. */
const FREQUENT_CYRILLIC = /[оеаинтсрвлкмдпуяі]/g;

/**
 * Guesses the encoding of a body that is not UTF-8 and names none. Cyrillic words are runs of
 * bytes above 0x7F; accented Latin letters are single bytes between ASCII ones. Among the
 * Cyrillic encodings, the one whose decoding has the most common lower-case letters wins
 * (prose is mostly lower case, and each encoding puts lower case at different bytes).
 */
function guessLegacy(bytes: Uint8Array): string {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] ?? 0) : 0;
    if (b >= 0x80) {
      high++;
      run++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  if (high === 0 || inRuns / high < 0.5) return WESTERN_GUESS;
  let best: string = CYRILLIC_GUESSES[0];
  let bestScore = -1;
  for (const label of CYRILLIC_GUESSES) {
    const score = new TextDecoder(label).decode(bytes).match(FREQUENT_CYRILLIC)?.length ?? 0;
    if (score > bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Decodes a feed's bytes, whether they came over HTTP or from a file: a BOM wins; then UTF-16 or
 * UTF-32 recognised by its NUL bytes; then the Content-Type charset (HTTP only); then the XML
 * declaration's encoding; then UTF-8 if the bytes are valid UTF-8; else a guess among the legacy
 * encodings feeds still use. Two real-world exceptions: servers that stamp `charset=utf-8` on a
 * windows-1251 file whose XML declaration is right, and files re-encoded to UTF-8 that still
 * declare `utf-16` (a UTF-16 label is only believed when the bytes are UTF-16).
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeed {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  }
  const wide =
    utf32BomOf(bytes) ??
    (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : wideByNuls(bytes));
  if (wide !== null) return decodeWide(bytes, wide);

  // Past this point the bytes are not UTF-16: a label saying so is a leftover of a re-encoding.
  const usable = (d: TextDecoder | null) => (d !== null && !d.encoding.startsWith('utf-16') ? d : null);
  const headerLabel = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
  const prolog = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const declLabel = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{1,40})["']/.exec(prolog)?.[1];
  const declared = usable(decoderFor(declLabel));
  let chosen = usable(decoderFor(headerLabel)) ?? declared;
  if (chosen?.encoding === 'utf-8' && declared !== null && declared.encoding !== 'utf-8' && !isValidUtf8(bytes)) {
    chosen = declared;
  }
  if (chosen === null) chosen = new TextDecoder(isValidUtf8(bytes) ? 'utf-8' : guessLegacy(bytes));
  return { text: chosen.decode(bytes), charset: chosen.encoding };
}
