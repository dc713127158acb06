import { ParserError } from '../src/parser-error';

/** Runs `run` and returns the ParserError it throws; any other error is rethrown, no error fails. */
export function errorOf(run: () => unknown): ParserError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParserError) return error;
    throw error;
  }
  throw new Error('no error');
}
