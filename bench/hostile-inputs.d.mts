// Types of hostile-inputs.mjs, for the TypeScript tests that build its inputs. Every generator
// writes one file into `dir` and resolves to its path.
export declare function goodMarkdown(dir: string): Promise<string>;
export declare function nestedBlockquotes(dir: string, depth?: number): Promise<string>;
export declare function nestedDivs(dir: string, depth?: number): Promise<string>;
export declare function nestedHtmlLists(dir: string, depth?: number): Promise<string>;
export declare function nestedMarkdownList(dir: string, depth?: number): Promise<string>;
export declare function docxNestedTables(dir: string, depth?: number): Promise<string>;
export declare function longWord(dir: string, bytes?: number): Promise<string>;
export declare function longWords(dir: string, bytes?: number): Promise<string>;
export declare function longBrackets(dir: string, count?: number): Promise<string>;
export declare function longStars(dir: string, count?: number): Promise<string>;
export declare function csvLongCell(dir: string, bytes?: number): Promise<string>;
export declare function csvWideRow(dir: string, columns?: number): Promise<string>;
export declare function markdownWideTable(dir: string, columns?: number): Promise<string>;
export declare function yamlNestedSequences(dir: string, depth?: number): Promise<string>;
export declare function yamlAliasBomb(dir: string, levels?: number): Promise<string>;
export declare function htmlUnclosedBold(dir: string, count?: number): Promise<string>;
export declare function htmlLongAttribute(dir: string, bytes?: number): Promise<string>;
export declare function htmlManyElements(dir: string, count?: number): Promise<string>;
export declare function bracketLines(dir: string, lines?: number): Promise<string>;
export declare function linkDefinitions(dir: string, count?: number): Promise<string>;
export declare function manyPagesPdf(dir: string, pages?: number): Promise<string>;
export declare function pdfManyItems(dir: string, count?: number): Promise<string>;
export declare function docxBomb(dir: string, bytes?: number): Promise<string>;
export declare function odtBomb(dir: string, bytes?: number): Promise<string>;
export declare function odsBomb(dir: string, bytes?: number): Promise<string>;
export declare function xlsxHugeDimension(dir: string, rows?: number, columns?: number): Promise<string>;
export declare function xlsxManySheets(dir: string, sheets?: number): Promise<string>;

export interface HostileInput {
  /** The name the bench reports and takes in --only. */
  name: string;
  build: (dir: string, ...size: number[]) => Promise<string>;
  /** The arguments after `dir` for the size. */
  full: number[];
  /** The arguments after `dir` for a quick one. */
  small: number[];
  /** What the input is, in a few words. */
  what: string;
}
export declare const HOSTILE_INPUTS: readonly HostileInput[];
