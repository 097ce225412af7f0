/** How commands speak: a line per thing done, or one JSON summary with `--json`. */
export interface Output {
  json: boolean;
  /** A human line (suppressed with --json). */
  say(line: string): void;
  /** The machine-readable result (printed only with --json). */
  result(value: unknown): void;
}

export function createOutput(json: boolean, stdout: NodeJS.WritableStream = process.stdout): Output {
  return {
    json,
    say: (line) => {
      if (!json) stdout.write(`${line}\n`);
    },
    result: (value) => {
      if (json) stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

/** Prints rows as an aligned plain-text table. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? '')].length)));
  return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd()).join('\n');
}
