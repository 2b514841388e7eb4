/**
 * One XML part read as a stream of elements with saxes (a pure-JS SAX parser that checks well-formedness and
 * expands only XML's five entities and character references), so no DOM is built and a part is never held whole.
 * A document type declaration, the only place entities can be declared, refuses the part before its root element.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DAMAGED, DocxRefusal, UNSAFE_XML } from "./refusal";

/** The namespaces the reader tells apart; WordprocessingML's transitional and strict namespaces alike are W. */
export enum Ns {
  Other = 0,
  W = 1,
  MC = 2,
  Rels = 3,
}

const NAMESPACES: Readonly<Record<string, Ns>> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": Ns.W,
  "http://purl.oclc.org/ooxml/wordprocessingml/main": Ns.W,
  "http://schemas.openxmlformats.org/markup-compatibility/2006": Ns.MC,
  "http://schemas.openxmlformats.org/package/2006/relationships": Ns.Rels,
};

/** The attributes of the element being opened, valid during `open` only. */
export interface Attributes {
  /** A WordprocessingML attribute (w:val and the like), whatever its prefix. */
  w(local: string): string | undefined;
  /** An attribute without a prefix (relationships' Type and Target). */
  plain(name: string): string | undefined;
}

export interface XmlHandler {
  open(ns: Ns, local: string, attributes: Attributes): void;
  close(ns: Ns, local: string): void;
  text(text: string): void;
}

interface Scope {
  depth: number;
  prefixes: Map<string, Ns>;
  /** Names already resolved in this scope: a part uses a few dozen names thousands of times. */
  names: Map<string, readonly [Ns, string]>;
}

/** A streaming reader for one part: `write` each chunk of bytes as it is inflated, then `end`. */
export class XmlPartReader implements Attributes {
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  private decoder: TextDecoder | undefined;
  private scopes: Scope[] = [{ depth: -1, prefixes: new Map([["xml", Ns.Other]]), names: new Map() }];
  private depth = 0;
  private attributes: Record<string, string> = {};

  constructor(private readonly handler: XmlHandler) {
    const parser = this.parser;
    parser.on("doctype", () => {
      throw new DocxRefusal(UNSAFE_XML);
    });
    parser.on("error", () => {
      throw new DocxRefusal(DAMAGED);
    });
    parser.on("opentag", (tag) => this.open(tag));
    parser.on("closetag", (tag) => this.close(tag));
    parser.on("text", (text) => handler.text(text));
    parser.on("cdata", (text) => handler.text(text));
  }

  write(chunk: Uint8Array): void {
    if (!this.decoder) {
      // Parts are UTF-8 or, with a byte-order mark, UTF-16 (Open Packaging Conventions).
      const encoding = chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8";
      this.decoder = new TextDecoder(encoding, { fatal: true });
    }
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new DocxRefusal(DAMAGED);
    }
    if (text) this.parser.write(text);
  }

  end(): void {
    try {
      const rest = this.decoder?.decode() ?? "";
      if (rest) this.parser.write(rest);
    } catch (error) {
      if (error instanceof DocxRefusal) throw error;
      throw new DocxRefusal(DAMAGED);
    }
    this.parser.close();
  }

  private resolve(name: string): readonly [Ns, string] {
    const scope = this.scopes[this.scopes.length - 1]!;
    let resolved = scope.names.get(name);
    if (!resolved) {
      const colon = name.indexOf(":");
      const prefix = colon < 0 ? "" : name.slice(0, colon);
      resolved = [scope.prefixes.get(prefix) ?? Ns.Other, colon < 0 ? name : name.slice(colon + 1)];
      scope.names.set(name, resolved);
    }
    return resolved;
  }

  private open(tag: SaxesTagPlain): void {
    const attributes = tag.attributes;
    let prefixes: Map<string, Ns> | undefined;
    for (const key in attributes) {
      if (key !== "xmlns" && !key.startsWith("xmlns:")) continue;
      prefixes ??= new Map(this.scopes[this.scopes.length - 1]!.prefixes);
      prefixes.set(key === "xmlns" ? "" : key.slice(6), NAMESPACES[attributes[key]!] ?? Ns.Other);
    }
    if (prefixes) this.scopes.push({ depth: this.depth, prefixes, names: new Map() });
    this.depth++;
    const [ns, local] = this.resolve(tag.name);
    this.attributes = attributes;
    this.handler.open(ns, local, this);
  }

  private close(tag: SaxesTagPlain): void {
    const [ns, local] = this.resolve(tag.name);
    this.handler.close(ns, local);
    this.depth--;
    if (this.scopes[this.scopes.length - 1]!.depth === this.depth) this.scopes.pop();
  }

  w(local: string): string | undefined {
    const attributes = this.attributes;
    for (const key in attributes) {
      const colon = key.indexOf(":");
      if (colon < 0) {
        if (key === local) return attributes[key];
      } else if (key.slice(colon + 1) === local && this.resolve(key)[0] === Ns.W) {
        return attributes[key];
      }
    }
    return undefined;
  }

  plain(name: string): string | undefined {
    return this.attributes[name];
  }
}

/** Reads a whole part into `handler`; `feed` writes the part's inflated chunks as they come. */
export function readXmlPart(feed: (write: (chunk: Uint8Array) => void) => void, handler: XmlHandler): void {
  const reader = new XmlPartReader(handler);
  try {
    feed((chunk) => reader.write(chunk));
    reader.end();
  } catch (error) {
    if (error instanceof DocxRefusal) throw error;
    throw new DocxRefusal(DAMAGED);
  }
}
