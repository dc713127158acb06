const BOILERPLATE_WORDS: RegExp[] = [
  /\bIBAN\b/,
  /\bBIC\b/,
  /Kontoinhaber|Bankverbindung|Bankkonto|Spendenkonto|Verwendungszweck/i,
  /Spendenbescheinigung|Spendenquittung|steuerlich absetzbar|tax[- ]deductible/i,
  /\bPayPal\b/i,
  /\bPatreon\b/i,
  /\bbetterplace\b|\bSteady\b|\bKo-fi\b|Buy me a coffee|\bGoFundMe\b/i,
  /\bspenden\b|\bSpende\b|\bdonat(?:e|ion|ions)\b/i,
  /unterstützen Sie|unterstütze uns|support (?:us|our (?:work|journalism))|become a (?:patron|member|supporter)/i,
  /abonnieren Sie|jetzt abonnieren|Newsletter abonnieren|subscribe (?:to|now|here)|sign up for (?:our|the) newsletter/i,
  /gemeinnützig|non-?profit|mildtätig/i,
  /Abschrift gelesen|for reading this transcript|Vielen Dank fürs? (?:Lesen|Zuschauen)/i,
];
const IBAN_NUMBER = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/;

const BOILERPLATE_HINT =
  /iban|\bbic\b|konto|spende|paypal|patreon|betterplace|steady|ko-fi|coffee|gofundme|donat|unterstütz|support|patron|abonn|subscri|newsletter|gemeinnütz|profit|mildtät|abschrift|transcript|transkript|absetzbar|deductible|verwendungszweck|vielen dank f|[A-Z]{2}\d{2} ?[A-Z0-9]{4}/i;

/**
 * Whether a block has any boilerplate keyword at all (one regular expression; a cheap test before
 * `countBoilerplateWords` and `isTranscriptDisclaimer`).
 */
export function hasBoilerplateHint(block: string): boolean {
  return BOILERPLATE_HINT.test(block);
}

/**
 * Counts the distinct boilerplate keyword families in a block: bank details (IBAN, BIC, account
 * holder), donation (spenden, PayPal, Patreon, betterplace, Steady, …), support and subscription
 * calls, non-profit status, thanks for reading; an IBAN-like number counts as one more.
 */
export function countBoilerplateWords(block: string): number {
  if (!BOILERPLATE_HINT.test(block)) return 0;
  let count = 0;
  for (const word of BOILERPLATE_WORDS) if (word.test(block)) count += 1;
  if (IBAN_NUMBER.test(block)) count += 1;
  return count;
}

