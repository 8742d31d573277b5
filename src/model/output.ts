/** A file of the output, as every stage that makes one hands it to the writer. */
export interface OutputFile {
  /** Path inside the output folder, with "/" separators: "2020/09/30/barlamane/x/index.html". */
  path: string;
  contents: string | Uint8Array;
}
