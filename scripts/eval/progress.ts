// Progress on stderr, so stdout keeps only the tables: a `\r`-updated counter on a terminal,
// otherwise (CI logs, pipes) a line about every 10%.

export class Progress {
  private done = 0;
  private lastDecile = 0;
  private readonly tty: boolean;

  constructor(private readonly label: string, private readonly total: number) {
    this.tty = Boolean(process.stderr.isTTY);
    this.draw();
  }

  tick(): void {
    this.done++;
    this.draw();
  }

  /** Clears the counter line so the table that follows starts clean. */
  finish(): void {
    if (this.tty) process.stderr.write("\r\x1b[K");
  }

  private draw(): void {
    if (this.tty) {
      process.stderr.write(`\r\x1b[K${this.label} ${this.done}/${this.total}`);
      return;
    }
    // Short sets finish before anyone reads a log line; only report on longer ones.
    if (this.total < 20 || this.done === 0) return;
    const decile = Math.floor((this.done * 10) / this.total);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      process.stderr.write(`${this.label}: ${decile * 10}% (${this.done}/${this.total})\n`);
    }
  }
}
