/** What a command needs from its surroundings, so tests can run commands in memory. */

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

/** The parsed options of a command. */
export type CliFlags = Record<string, string | boolean | undefined>;

/** A command-line mistake: printed with the command's help, exit code 2. */
export class UsageError extends Error {}

/** "1 article", "2 articles": the command line's messages count in English. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
