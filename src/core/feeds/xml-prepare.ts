import { decodeHTML } from 'entities';

/**
 * Elements whose content Parley reads as text (titles and bodies). When a feed puts raw markup
 * in them (`<description><p>Talks in <b>Istanbul</b> ended</p></description>`, Atom xhtml), the
 * XML parser would split the words into child elements and lose their order; as escaped HTML
 * source they reach the HTML-to-text step whole, in document order.
 */
const TEXT_ELEMENTS = new Set(['title', 'description', 'content:encoded', 'content', 'summary']);

/** An `&` that does not start one of XML's own references: a bare ampersand or an HTML entity name. */
const NOT_XML_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)(?:([A-Za-z][A-Za-z0-9]{0,31});)?/g;

/**
 * HTML entities in XML text (`&nbsp;`, `&rsquo;`) become numeric references; an unknown name or a
 * bare `&` ("AT&T") becomes text. Strict XML parsers reject the whole feed for either, and
 * feeds write both all the time.
 */
function fixReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(NOT_XML_REFERENCE, (whole, name: string | undefined) => (name === undefined ? '&amp;' : numericReference(whole)));
}

/** HTML has some 2,000 entity names; a feed uses a handful, over and over. */
const numericReferences = new Map<string, string>();

function numericReference(entity: string): string {
  let out = numericReferences.get(entity);
  if (out === undefined) {
    const decoded = decodeHTML(entity);
    out = decoded === entity ? `&amp;${entity.slice(1)}` : Array.from(decoded, (ch) => `&#${ch.codePointAt(0)};`).join('');
    // Bounded: a hostile feed could invent names without end.
    if (numericReferences.size < 4_096) numericReferences.set(entity, out);
  }
  return out;
}

/** The HTML source of an element's content as XML text: the parser hands it back unchanged. */
function asText(inner: string): string {
  return fixReferences(inner).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `indexOf` with a memory: the scan only moves forward, so a search starting inside the span a
 * previous search covered has the same answer. Keeps hostile nesting (`<title><title>…`) linear.
 */
function forwardSearch(find: (from: number) => number): (from: number) => number {
  let lastFrom = -1;
  let lastAt = -1;
  return (from) => {
    if (lastFrom !== -1 && from >= lastFrom && (lastAt === -1 || from <= lastAt)) return lastAt;
    lastFrom = from;
    lastAt = find(from);
    return lastAt;
  };
}

/**
 * Makes a feed's XML readable by a strict parser without changing what it says: undeclared HTML
 * entities and bare ampersands are repaired (outside CDATA, comments and the DOCTYPE), and raw
 * markup inside titles and bodies is turned into the escaped HTML it stands for. One forward pass.
 */
export function prepareXml(xml: string): string {
  const out: string[] = [];
  const closers = new Map<string, (from: number) => number>();
  const closeOf = (name: string) => {
    let find = closers.get(name);
    if (find === undefined) {
      const re = new RegExp(`</${name.replace(/[.]/g, '\\.')}[\\s>]`, 'g');
      find = forwardSearch((from) => {
        re.lastIndex = from;
        return re.exec(xml)?.index ?? -1;
      });
      closers.set(name, find);
    }
    return find;
  };
  const nextDeclaration = forwardSearch((from) => xml.indexOf('<!', from));

  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      out.push(fixReferences(xml.slice(i)));
      break;
    }
    if (lt > i) out.push(fixReferences(xml.slice(i, lt)));
    let end: number;
    if (xml.startsWith('<![CDATA[', lt)) end = xml.indexOf(']]>', lt + 9) + 3;
    else if (xml.startsWith('<!--', lt)) end = xml.indexOf('-->', lt + 4) + 3;
    else if (xml.startsWith('<?', lt)) end = xml.indexOf('?>', lt + 2) + 2;
    else if (xml.startsWith('<!', lt)) {
      const gt = xml.indexOf('>', lt);
      const bracket = xml.indexOf('[', lt);
      end = bracket !== -1 && bracket < gt ? xml.indexOf('>', xml.indexOf(']', bracket)) + 1 : gt + 1;
    } else {
      end = -1;
    }
    if (end !== -1) {
      // CDATA, a comment, a processing instruction or the DOCTYPE: copied as written.
      if (end <= lt) {
        out.push(xml.slice(lt));
        break;
      }
      out.push(xml.slice(lt, end));
      i = end;
      continue;
    }

    const gt = xml.indexOf('>', lt);
    if (gt === -1) {
      // A document cut off inside its last end tag (`</rss`) lost only the `>`.
      const tail = xml.slice(lt);
      out.push(/^<\/[\w.:-]+\s*$/.test(tail) ? `${tail.trimEnd()}>` : fixReferences(tail));
      break;
    }
    const tag = xml.slice(lt, gt + 1);
    out.push(fixReferences(tag));
    i = gt + 1;
    const name = /^<([A-Za-z_][\w.:-]*)/.exec(tag)?.[1];
    if (name === undefined || !TEXT_ELEMENTS.has(name) || tag.endsWith('/>')) continue;
    const close = closeOf(name)(i);
    if (close === -1) continue;
    const markup = xml.indexOf('<', i) < close;
    const xhtml = /\stype\s*=\s*["']xhtml["']/i.test(tag);
    const declaration = nextDeclaration(i);
    // Content with CDATA or comments is left to the parser: CDATA is text already.
    if ((markup || xhtml) && (declaration === -1 || declaration > close)) {
      out.push(asText(xml.slice(i, close)));
      i = close;
    }
  }
  return out.join('');
}
