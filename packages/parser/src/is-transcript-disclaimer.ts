/**
 * Whether a block (at most 600 characters) is a transcript disclaimer: it mentions the transcript
 * (`Transkript`, `Abschrift`, `transcript`) and its accuracy (`wortgenau`, `möglicherweise`,
 * `may not`, `errors`, …).
 */
export function isTranscriptDisclaimer(block: string): boolean {
  return (
    block.length <= 600 &&
    /\b(?:Transkript\w*|Transcript\w*|Abschrift|transcription)\b/i.test(block) &&
    /\b(?:wortgenau|wörtlich|verbatim|Tonqualität|audio quality|möglicherweise|may not|may contain|Fehler|errors?|accuracy|accurate|genau)\b/i.test(block)
  );
}

