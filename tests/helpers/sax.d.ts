/** The part of sax (1.6, no types of its own) the Atom check uses. */
declare module 'sax' {
  interface SaxParser {
    onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    onerror: (error: Error) => void;
    write(xml: string): SaxParser;
    close(): SaxParser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean }): SaxParser };
  export default sax;
}
