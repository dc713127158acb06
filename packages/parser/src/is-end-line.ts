const END_LINE = /^\s*(?:ENDE|Ende|END|The End|THE END|Fin|FIN)\.?\s*$/;

/** Whether a line ends a piece and may start its trailer: `ENDE`, `Ende.`, `END`, `The End`, `Fin`. */
export function isEndLine(line: string): boolean {
  return END_LINE.test(line);
}
