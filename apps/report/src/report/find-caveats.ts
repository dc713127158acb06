import { UNKNOWN_GROUP } from './group-documents.js';
import type { Caveat, Report } from './types.js';

/** Fewer mentions of a target than this make a stance cell thin. */
export const FEW_MENTIONS = 5;
/** Fewer own-text words than this make a group's style and keyness figures thin. */
export const FEW_WORDS = 500;

/**
 * Finds where a report's data is too thin to trust: a single group (nothing to compare), documents
 * without a value for the grouping key, groups of one document (figures describe a text, not an
 * author), groups with fewer than {@link FEW_WORDS} own-text words, and stance cells with fewer than
 * {@link FEW_MENTIONS} mentions.
 *
 * @param report - The report (groups, documents and options are read).
 * @returns Caveats in report order (corpus, then groups by name, then stance cells).
 */
export function findCaveats(report: Pick<Report, 'groups' | 'documents' | 'options'>): Caveat[] {
  const caveats: Caveat[] = [];
  const { groupBy } = report.options;
  if (report.groups.length < 2) {
    caveats.push({ code: 'few-groups', message: `Only ${report.groups.length} group (by ${groupBy}): there is nothing to compare.` });
  }
  const unknown = report.groups.find((group) => group.name === UNKNOWN_GROUP);
  if (unknown) {
    caveats.push({
      code: 'unknown-group',
      group: unknown.name,
      message: `${unknown.documents} document${unknown.documents === 1 ? ' has' : 's have'} no ${groupBy}; ${unknown.documents === 1 ? 'it forms' : 'they form'} the group "${UNKNOWN_GROUP}".`,
    });
  }
  for (const group of report.groups) {
    if (group.documents === 1) {
      caveats.push({
        code: 'single-document',
        group: group.name,
        message: `"${group.name}" has a single document: its figures describe one text, not a habit of writing.`,
      });
    }
    if (group.style.words < FEW_WORDS) {
      caveats.push({
        code: 'few-words',
        group: group.name,
        message: `"${group.name}" has only ${group.style.words} words of own text: style, keyness and topics rest on little data.`,
      });
    }
  }
  for (const group of report.groups) {
    for (const stance of group.stance) {
      if (stance.mentions < FEW_MENTIONS) {
        caveats.push({
          code: 'few-mentions',
          group: group.name,
          target: stance.target,
          message: `Stance of "${group.name}" toward ${stance.target} rests on ${stance.mentions} mention${stance.mentions === 1 ? '' : 's'}.`,
        });
      }
    }
  }
  return caveats;
}
